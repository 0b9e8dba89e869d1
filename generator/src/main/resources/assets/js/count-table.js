/* count-table: the build's heatmap of Step 0's counts, live: a slider over the kept snapshots, a
   readout of the cell under pointer or focus, the picked row's next-token bars. */
MG.register("count-table", (box, d, fig) => {
  var el = MG.el, U = d.uchars, S = d.snapshots, at = S.findIndex(s => s.step == d.step), row = d.row, out = MG.live(), L = i => MG.label(i, U);
  var sl = MG.slider("Snapshot", 0, S.length - 1, at, v => (at = v, paint()));
  sl.input.hidden = S.length < 2;                      // one snapshot: nothing to slide, so no control
  box.append(el("div", {class: "controls"}, sl.row), out);
  var split = MG.adopt(box, fig, ".hm-split"), leg = MG.$(split, ".hm-legend"), R = MG.grid(MG.$(split, "table"), say, i => (row = i, paint()));
  var C = i => S[at].counts[i], p = (i, j) => (C(i)[j] + 1) / C(i).reduce((a, b) => a + b, U.length + 1);
  function paint() {
    var e = S[at].edges, k = [el("span", {class: "swatch q0"}), " 0 "];
    sl.out.textContent = MG.steps(S[at].step);
    R.forEach((r, i) => r.forEach((td, j) => (td.className = MG.bin(C(i)[j], e) + (i == row ? " sel" : ""), td.textContent = C(i)[j])));
    e.forEach((v, i, _, to = i < 6 ? e[i + 1] - 1 : 1 / 0) => to >= v && k.push(el("span", {class: "swatch q" + (i + 1)}),
      ` ${MG.int(v)}${to > 1e9 ? "+" : to > v ? "–" + MG.int(to) : ""} `));
    MG.put(leg, k);
    say(...R.at());
    if (row >= 0) split.lastChild.replaceWith(MG.bars([...U, 0].map((_, j) => p(row, j)), U, `p(next | ${L(row)})`));
  }
  function say(i, j) {
    out.textContent = `after ${L(i)} → ${L(j)} · count ${MG.int(C(i)[j])} · row total ${MG.int(C(i).reduce((a, b) => a + b))} · p(${L(j)} | ${L(i)}) = ${MG.fixed(p(i, j), 4)}`;
  }
  paint();
});
