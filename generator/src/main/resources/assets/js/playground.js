/* playground: Step 5 in the page: a typed name's p and surprise per letter, attention, next-token bars, samples */
MG.register("playground", (box, d, fig) => {
  var M = MG.model(d.model), U = M.U, el = MG.el, F = MG.fixed, note = MG.live("summary-line"), out = el("div"), sm = el("div"), inp = MG.input(d.name, show);
  function show(s = 0) {
    var n = MG.clean(inp.value, U, note), ids = MG.encode(n, U), T = M.trace(ids), c = ids.slice(0, -1);
    MG.put(out, [el("div", {class: "pairs-wrap"}, el("table", {class: "pairs"}, [el("thead", {}, el("tr", {}, ["pair", "p", "−ln p"].map(h => el("th", {scope: "col"}, h)))),
      el("tbody", {}, T.slice(0, c.length).map((p, i, _, q = p.probs[ids[i + 1]]) => (s -= Math.log(q), el("tr", {}, [el("th", {scope: "row"},
        [MG.chip(ids[i], U), " → ", MG.chip(ids[i + 1], U)]), el("td", {}, F(q, 4)), el("td", {}, F(-Math.log(q), 4))]))))])),
      el("p", {class: "summary-line"}, "mean surprise, the loss of this name: " + F(s / Math.min(16, c.length), 4)),
      MG.attn(M, c, d.pe), MG.bars(M.next(c), U, `p(next | ${n})`)]);
  }
  box.append(el("label", {class: "controls"}, ["Name", inp]), note, out, MG.adopt(box, fig, ".hm-legend"), sm);
  show();
  MG.samples(sm, {live: [{key: d.model, title: d.title}], seed: 42, count: 10}, fig);
});
