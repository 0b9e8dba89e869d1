/* loss-curve (and training-replay, d.replay: drawn up to a step, 10 steps a frame) */
MG.lossCurve = (box, d, fig) => {
  var el = MG.el, S = d.series, n = S[0].loss.length, w = d.window, R = d.replay, log, at = n, D = n, W, c, dots, rule, avg, on = S.map(() => 1), out = MG.live(), plot = el("div");
  var check = (t, v, fn) => el("label", {class: t[1]}, [el("input", {type: "checkbox", checked: v, onchange: e => (fn(e.target.checked), draw())}), t[0]]);
  var st = R && MG.stepper("Replay the training", () => n / 10 + 1, (k, w) => (D = at = Math.max(1, k * 10), w.textContent = "step " + MG.int(at), sl.input.value = k, draw()), 1);
  var sl = R ? MG.slider("Step", 0, n / 10, n / 10, v => st.go(v)) : MG.slider("Step", 1, n, n, v => (at = v, cursor()));
  box.append(el("div", {class: "controls"}, [...S.length > 1 ? S.map((s, i) => check([s.title, "rung-" + s.rung], 1, v => on[i] = v)) : [],
    check(["Log scale"], null, v => log = v)]), out, el("p", {class: "chart-title"}, "loss, nats"), plot, el("div", {class: "controls"}, sl.row),
    ...R ? [st.node] : [], ...MG.$$(fig, ".static .chart-note").map(p => p.cloneNode(1)));
  function draw() {
    var lo = 1 / 0, hi = d.baseline, r = W >= 448 ? 130 : 12, ends = [], m = R ? D : n;
    avg = S.map(s => MG.average(s.loss, w));
    avg.forEach((v, i) => on[i] && v.forEach(a => (lo = Math.min(lo, a), hi = Math.max(hi, a))));
    c = MG.chart({id: fig.id, w: W, h: W < 480 ? 208 : 256, x0: 1, x1: n, lo: lo < hi ? lo : hi - 1, hi, r, log, xt: [1, n / 4, n / 2, 3 * n / 4, n],
      fx: t => MG.int(t == 1 ? 0 : t), label: "Loss per step of " + S.map(s => s.title).join(", ")});
    var y = c.y(d.baseline);
    MG.add(c.svg, [el("@line", {class: "baseline", x1: c.L, x2: c.R, y1: y, y2: y}), el("@text", {x: c.R - 4, y: y - 5, "text-anchor": "end"}, "uniform guess")]);
    S.forEach((s, i) => {
      if (!on[i]) return;
      var g = c.g("series rung-" + s.rung);
      if (w > 1) c.line(s.loss.slice(0, m), "raw", 1, g);
      c.line(avg[i].slice(0, m), "line", 1, g);
      ends.push({y: c.y(avg[i][m - 1]) + 4, t: s.title});
    });
    if (r > 12) ends.sort((a, b) => a.y - b.y).forEach((e, i) => {
      if (i && e.y - ends[i - 1].y < 14) e.y = ends[i - 1].y + 14;
      c.svg.append(el("@text", {class: "end-label", x: c.R + 6, y: e.y}, e.t));
    });
    rule = c.track(1, m, v => (R || (sl.input.value = v), at = v, cursor()));
    dots = S.map((s, i) => on[i] && c.dot("rung-" + s.rung));
    MG.put(plot, c.svg);
    cursor();
  }
  function cursor() {
    var p = ["step " + MG.int(at)];
    rule(at);
    d.names?.[at - 1] && p.push(d.names[at - 1]);
    S.forEach((s, i) => on[i] && (dots[i].setAttribute("cx", c.x(at)), dots[i].setAttribute("cy", c.y(avg[i][at - 1])),
      p.push(s.title + " " + MG.fixed(s.loss[at - 1], 4) + (w > 1 ? ` (mean ${MG.fixed(avg[i][at - 1], 4)})` : ""))));
    if (d.gap && S.every((s, i) => on[i] || ![1, 2].includes(s.rung))) p.push("gap " + (d.gap[at - 1] ? MG.sci(d.gap[at - 1], 2) : "0, identical"));
    sl.out.textContent = MG.int(at);
    out.textContent = p.join(" · ");
  }
  MG.onWidth(plot, v => (W = v, draw()));
  R && st.go(n / 10);
  return {set: s => (D = at = s, W && draw())};
};
