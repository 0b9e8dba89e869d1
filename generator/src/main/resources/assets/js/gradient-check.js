/* gradient-check: numerical vs analytic gradient of every weight */
MG.register("gradient-check", (box, d, fig) => {
  var A = MG.unpack(d.a), N = MG.unpack(d.n), k = d.worst, W, c, ring, out = MG.live(), plot = MG.el("div"), s = MG.adopt(box, fig), F = v => MG.fixed(v, 10);
  MG.$$(s, "svg").forEach((v, i) => i ? v.remove() : v.replaceWith(plot));
  s.prepend(out, MG.el("div", {class: "controls"}, MG.btn("Largest difference", () => go(d.worst))));
  var name = (i, m = 0) => { for (; i >= d.rows[m] * d.cols[m]; m++) i -= d.rows[m] * d.cols[m]; return `${d.names[m]}[${i / d.cols[m] | 0}][${i % d.cols[m]}]`; };
  function go(i) {
    k = Math.max(0, Math.min(A.length - 1, i));
    ring.setAttribute("cx", c.x(A[k]));
    ring.setAttribute("cy", c.y(N[k]));
    out.textContent = `${name(k)} · numerical ${F(N[k])} · analytic ${F(A[k])} · difference ${MG.sci(N[k] - A[k], 2)}`;
  }
  function draw() {
    var lo = Math.min(...A), hi = Math.max(...A), r;
    c = MG.chart({id: fig.id, w: W, h: W < 480 ? 240 : 320, x0: lo, x1: hi, lo, hi, label: "Numerical against analytic gradient, a dot per weight; arrow keys move between weights"});
    c.line([[lo, lo], [hi, hi]], "diag");
    MG.add(c.svg, MG.el("@path", {class: "pts", d: [...A].map((a, i) => `M${c.x(a).toFixed(1)} ${c.y(N[i]).toFixed(1)}h0`).join("")}));
    ring = c.dot("ring");
    c.svg.tabIndex = 0;
    c.svg.onkeydown = e => (r = {ArrowLeft: -1, ArrowRight: 1, PageUp: -100, PageDown: 100, Home: -1e4, End: 1e4}[e.key]) && (go(k + r), e.preventDefault());
    c.svg.onpointermove = (e, b = 1e9, j) => {
      r = c.svg.getBoundingClientRect();
      A.forEach((a, i, _, q = (c.x(a) + r.left - e.clientX) ** 2 + (c.y(N[i]) + r.top - e.clientY) ** 2) => q < b && (b = q, j = i));
      go(j);
    };
    MG.put(plot, c.svg);
    go(k);
  }
  MG.onWidth(plot, w => (W = w, draw()));
});
