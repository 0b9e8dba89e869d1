/* weights: the build's heatmaps of a rung's matrices, repainted for the step picked; a weight's
   value on hover or focus. */
MG.register("weights", (box, d, fig) => {
  var S = d.steps, k = S.findIndex(s => s.step == d.step), out = MG.live(), s = MG.adopt(box, fig), w;
  var G = MG.$$(s, "table").map((t, m) => MG.grid(t, (i, j) => out.textContent = `${d.names[m]}[${i}][${j}] = ${MG.fixed(G[m][i][j].v, 4)}`));
  box.prepend(MG.el("label", {class: "controls"}, ["Weights", MG.select(S.map((s, i) => [i, MG.steps(s.step)]), k, paint)]));
  box.append(out);
  MG.$(s, ".picked").remove();
  function paint(i) {
    var o = 0, v = MG.unpack(S[i].w);
    MG.$(s, ".hm-legend").outerHTML = S[i].legend;
    G.forEach(R => R.forEach(r => r.forEach(c => (c.v = v[o++], c.className = MG.dbin(c.v, S[i].edges), c.textContent = MG.fixed(c.v, 4)))));
  }
  paint(k);
});
