/* loss-curve: loss per training step of one or more rungs, faint per step under a bold moving
   average, the uniform guess ln 27 dashed. Hover, touch or the Step slider reads every series at
   one step; series toggles, the averaging window and a log scale change the view. */
MG.register("loss-curve", function (box, data, fig) {
  var el = MG.el, S = data.series, n = S[0].loss.length, win = data.window, log = false, at = n, width, c, dots, rule, avg;
  var shown = S.map(function () { return true; }), ctl = el("div", {class: "controls"});
  function box_(t, on, fn) { return el("label", {class: t[1]}, [el("input", {type: "checkbox", checked: on || null, onchange: function (e) { fn(e.target.checked); draw(); }}), t[0]]); }
  if (S.length > 1) S.forEach(function (s, i) { ctl.append(box_([s.title, "rung-" + s.rung], 1, function (v) { shown[i] = v; })); });
  ctl.append(el("label", {}, ["Moving average", MG.select([1, 10, 50, 100].map(function (w) {
    return [w, w == 1 ? "none" : w + " steps"];
  }), win, function (v) { win = +v; draw(); })]), box_(["Log scale"], 0, function (v) { log = v; }));
  var readout = MG.live(), plot = el("div"), slide = MG.slider("Step", 1, n, n, function (v) { at = v; cursor(); });
  MG.add(box, [ctl, readout, el("p", {class: "chart-title"}, "loss, nats"), plot, el("div", {class: "controls"}, slide.row)]
    .concat([].map.call(fig.querySelectorAll(".static .chart-note"), function (p) { return p.cloneNode(true); })));

  function draw() {
    if (!width) return;
    var lo = Infinity, hi = data.baseline, h = width < 480 ? 208 : 256, r = width >= 448 ? 110 : 12, ends = [];
    avg = S.map(function (s) { return MG.average(s.loss, win); });
    avg.forEach(function (v, i) { if (shown[i]) v.forEach(function (a) { lo = Math.min(lo, a); hi = Math.max(hi, a); }); });
    c = MG.chart({w: width, h: h, x0: 1, x1: n, lo: lo === Infinity ? hi - 1 : lo, hi: hi, r: r, log: log, xt: [1, n / 4, n / 2, 3 * n / 4, n],
      fx: function (t) { return MG.int(t === 1 ? 0 : t); }, label: "Loss per step of " + S.map(function (s) { return s.title; }).join(", ")});
    var y = c.y(data.baseline), clip = fig.id + "-clip";
    MG.add(c.svg, [el("@line", {class: "baseline", x1: c.L, x2: c.R, y1: y, y2: y}),
      el("@text", {x: c.R - 4, y: y - 5, "text-anchor": "end"}, "uniform guess"),
      el("@clipPath", {id: clip}, el("@rect", {x: c.L, y: 0, width: c.R - c.L, height: c.B}))]);
    S.forEach(function (s, i) {
      if (!shown[i]) return;
      var g = c.svg.appendChild(el("@g", {class: "series rung-" + s.rung, "clip-path": "url(#" + clip + ")"}));
      if (win > 1) c.line(s.loss, "raw", 1, g);
      c.line(avg[i], "line", 1, g);
      ends.push({y: c.y(avg[i][n - 1]) + 4, t: s.title});
    });
    if (r > 12) ends.sort(function (a, b) { return a.y - b.y; }).forEach(function (e, i) {
      if (i && e.y - ends[i - 1].y < 14) e.y = ends[i - 1].y + 14;
      c.svg.appendChild(el("@text", {class: "end-label", x: c.R + 6, y: e.y}, e.t));
    });
    rule = c.track(1, n, function (v) { at = slide.input.value = v; cursor(); });
    dots = S.map(function (s, i) { return shown[i] && c.dot("rung-" + s.rung); });
    MG.put(plot, c.svg);
    cursor();
  }
  function cursor() {
    if (!c) return;
    rule(at);
    var parts = ["step " + MG.int(at)];
    S.forEach(function (s, i) {
      if (!shown[i]) return;
      dots[i].setAttribute("cx", c.x(at)); dots[i].setAttribute("cy", c.y(avg[i][at - 1]));
      parts.push(s.title + " " + MG.fixed(s.loss[at - 1], 4) + (win > 1 ? " (mean " + MG.fixed(avg[i][at - 1], 4) + ")" : ""));
    });
    if (data.gap && S.every(function (s, i) { return shown[i] || s.rung > 2 || !s.rung; })) {
      parts.push("gap " + (data.gap[at - 1] ? MG.sci(data.gap[at - 1], 2) : "0, identical"));
    }
    slide.out.textContent = MG.int(at);
    readout.textContent = parts.join(" \u00b7 ");
  }
  MG.onWidth(plot, function (w) { width = w; draw(); });
});
