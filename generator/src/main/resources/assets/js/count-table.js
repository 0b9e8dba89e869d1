/* count-table: the build's 27×27 heatmap of Step 0's counts brought to life: a slider over the
   snapshots the run kept, a readout of the cell under the pointer or focus, and the picked row's
   smoothed next-token probabilities as bars. */
MG.register("count-table", function (box, data, fig) {
  var el = MG.el, U = data.uchars, V = U.length + 1, S = data.snapshots, at = S.map(function (s) { return s.step; }).indexOf(data.step);
  var row = data.row, sl = MG.slider("Snapshot", 0, S.length - 1, at, function (v) { at = v; paint(); }), out = MG.live();
  box.append(el("div", {class: "controls"}, sl.row), out);
  var split = MG.adopt(box, fig, ".hm-split"), leg = MG.$(split, ".hm-legend"), bars = split.lastChild;
  var R = MG.grid(MG.$(split, "table"), say, function (i) { row = i; paint(); });
  function C(i, j) { return S[at].counts[i][j]; }
  function tot(i) { return S[at].counts[i].reduce(function (a, b) { return a + b; }); }
  function p(i, j) { return (C(i, j) + 1) / (tot(i) + V); }
  function L(i) { return MG.label(i, U); }
  function paint() {
    var e = S[at].edges, k = [el("span", {class: "swatch q0"}), " 0 "];
    sl.out.textContent = MG.steps(S[at].step);
    R.forEach(function (r, i) {
      r.forEach(function (td, j) { td.className = MG.bin(C(i, j), e) + (i == row ? " sel" : ""); td.textContent = C(i, j); });
    });
    e.forEach(function (v, i) {
      var to = i < 6 ? e[i + 1] - 1 : 1 / 0;
      if (to >= v) k.push(el("span", {class: "swatch q" + (i + 1)}), " " + MG.int(v) + (to > 1e9 ? "+" : to > v ? "\u2013" + MG.int(to) : "") + " ");
    });
    MG.put(leg, k);
    say.apply(null, R.at());
    if (row >= 0) bars = split.replaceChild(MG.bars(U.split("").concat(0).map(function (c, j) { return p(row, j); }), U, "p(next | " + L(row) + ")"), bars) && split.lastChild;
  }
  function say(i, j) {
    out.textContent = "after " + L(i) + " \u2192 " + L(j) + " \u00b7 count " + MG.int(C(i, j)) + " \u00b7 row total " + MG.int(tot(i))
      + " \u00b7 p(" + L(j) + " | " + L(i) + ") = " + MG.fixed(p(i, j), 4);
  }
  paint();
});
