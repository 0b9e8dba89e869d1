/* slope: the loss along one weight with the tangent (analytic gradient) and the secant over ε
   (numerical gradient); an ε slider walks the run's steps down to 10⁻⁵. */
MG.register("slope", (box, d, fig) => {
  var S = d.sec, k = d.k, W, out = MG.live(), plot = MG.el("div"), P = d.pts, s = MG.adopt(box, fig), T = MG.$(s, "tbody"), E = e => e < .01 ? MG.sci(e, 0) : e;
  var sl = MG.slider("ε", 0, S.length - 1, k, v => (k = v, draw()));
  MG.$$(s, "svg").forEach((v, i) => i ? v.remove() : v.replaceWith(plot));
  s.prepend(out);
  plot.after(MG.el("div", {class: "controls"}, sl.row));
  function draw() {
    var [e, m] = S[k], v = d.value, l = d.l0, g = d.g, y = P.map(p => p[1]);
    var c = MG.chart({id: fig.id, w: W, h: W < 480 ? 208 : 256, x0: P[0][0], x1: P.at(-1)[0], lo: Math.min(...y), hi: Math.max(...y), label: out.textContent = `ε = ${E(e)} · secant slope ${MG.fixed(m, 6)} · analytic gradient ${MG.fixed(g, 6)} · difference ${MG.sci(m - g, 2)}`});
    var G = c.g("slope");
    c.line(P, "curve", 0, G);
    c.line([[v - .4, l - .4 * g], [v + .4, l + .4 * g]], "tangent", 0, G);
    c.line([[v - .2, l - .2 * m], [v + e + .2, l + (e + .2) * m]], "secant", 0, G);
    MG.add(G, [[v, l], [v + e, l + e * m]].map(([x, y], i) => MG.el("@circle", {class: i ? "dot q" : "dot", r: 4, cx: c.x(x), cy: c.y(y)})));
    MG.put(plot, c.svg);
    [...T.rows].forEach((r, i) => r.className = i == k ? "current" : "");
    sl.out.textContent = E(e);
  }
  MG.onWidth(plot, w => (W = w, draw()));
});
