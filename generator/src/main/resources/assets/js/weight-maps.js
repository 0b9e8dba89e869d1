/* weights: a rung's matrices as heatmaps at a kept step; scrubber (d.loss): a slider, the loss so far and the names */
MG.weightMaps = (box, d, fig) => {
  var S = d.steps, k = S.findIndex(s => s.step == d.step), L = d.loss, out = MG.live(), s = MG.adopt(box, fig), W, plot = MG.el("div");
  var G = MG.$$(s, "table.hm").map((t, m) => MG.grid(t, (i, j) => out.textContent = `${d.names[m]}[${i}][${j}] = ${MG.fixed(G[m][i][j].v, 4)}`));
  var sl = L && MG.slider("Step", 0, S.length - 1, k, paint);
  if (S[1]) MG.$(s, ".picked").remove(), box.prepend(L ? MG.el("div", {class: "controls"}, sl.row) : MG.el("label", {class: "controls"}, ["Weights", MG.select(S.map((s, i) => [i, MG.steps(s.step)]), k, paint)]));
  box.append(out);
  if (L) MG.$$(s, ".curve svg").forEach((v, i) => i ? v.remove() : v.replaceWith(plot)), MG.onWidth(plot, w => (W = w, draw()));
  function draw(n = S[k].step || 1) {
    var c = MG.chart({id: fig.id, w: W, h: 180, x0: 1, x1: L.length, lo: Math.min(...L), hi: Math.max(...L), label: "loss so far"}), g = c.g("series rung-" + d.rung), y = c.y(d.baseline);
    c.svg.append(MG.el("@line", {class: "baseline", x1: c.L, x2: c.R, y1: y, y2: y}));
    c.line(L.slice(0, n), "raw", 1, g);
    c.line(MG.average(L, d.window).slice(0, n), "line", 1, g);
    MG.put(plot, c.svg);
  }
  function paint(i) {
    var o = 0, v = MG.unpack(S[k = i].w);
    MG.$(s, ".hm-legend").outerHTML = S[i].legend;
    G.forEach(R => R.forEach(r => r.forEach(c => (c.v = v[o++], c.className = MG.dbin(c.v, S[i].edges), c.textContent = MG.fixed(c.v, 4)))));
    if (L) sl.out.textContent = MG.steps(S[i].step), MG.put(MG.$(s, "ul.names"), S[i].names.map(n => MG.el("li", {}, n))), W && draw();
  }
  paint(k);
};
