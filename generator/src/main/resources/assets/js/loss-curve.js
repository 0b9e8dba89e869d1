/* loss-curve: loss per training step for one or more rungs, faint per step under a bold moving
   average, the uniform guess ln(vocabulary) dashed. Hover, touch or the Step slider reads every
   series out at one step; series toggles, average window and a log scale change the view. */
MG.register("loss-curve", function (box, data, figure) {
  "use strict";
  var el = MG.el, series = data.series, n = series[0].loss.length, window_ = data.window, log = false, at = n;
  var shown = series.map(function () { return true; });
  var controls = el("div", {class: "controls"});
  if (series.length > 1) series.forEach(function (s, i) {
    var box_ = el("input", {type: "checkbox", checked: true});
    box_.addEventListener("change", function () { shown[i] = box_.checked; draw(); });
    controls.appendChild(el("label", {class: "rung-" + s.rung}, [box_, s.title]));
  });
  var avg = el("select", {}, [1, 10, 50, 100].map(function (w) {
    return el("option", {value: w, selected: w === window_}, w === 1 ? "none" : w + " steps");
  }));
  avg.addEventListener("change", function () { window_ = +avg.value; draw(); });
  var logBox = el("input", {type: "checkbox"});
  logBox.addEventListener("change", function () { log = logBox.checked; draw(); });
  controls.appendChild(el("label", {}, ["Moving average", avg]));
  controls.appendChild(el("label", {}, [logBox, "Log scale"]));
  var title = el("p", {class: "chart-title"}, "loss, nats"), readout = MG.live(), plot = el("div");
  var slide = MG.slider("Step", 1, n, n, function (v) { at = v; cursor(); });
  box.appendChild(controls);
  box.appendChild(readout);
  box.appendChild(title);
  box.appendChild(plot);
  box.appendChild(el("div", {class: "controls"}, slide.row));

  function average(values, w) {
    var out = [], sum = 0;
    for (var i = 0; i < values.length; i++) {
      sum += values[i];
      if (i >= w) sum -= values[i - w];
      out.push(sum / Math.min(i + 1, w));
    }
    return out;
  }
  var x, y, svg, width, right, dots = [], rule, smooth = [];

  function draw() {
    if (!width) return;
    var height = width < 480 ? 208 : 256, top = 10, bottom = 24, left = 40;
    right = width >= 448 ? 110 : 12;
    smooth = series.map(function (s) { return average(s.loss, window_); });
    var lo = Infinity, hi = data.baseline;
    smooth.forEach(function (v, i) { if (shown[i]) v.forEach(function (a) { lo = Math.min(lo, a); hi = Math.max(hi, a); }); });
    if (lo === Infinity) lo = hi - 1;
    var f = log ? Math.log : function (v) { return v; }, ts = MG.ticks(lo, hi);
    if (log) ts = ts.filter(function (t) { return t > 0; });
    lo = Math.min(lo, ts[0]); hi = Math.max(hi, ts[ts.length - 1]);
    x = MG.scale(1, n, left, width - right);
    var yl = MG.scale(f(lo), f(hi), height - bottom, top);
    y = function (v) { return yl(f(v)); };
    svg = el("@svg", {class: "chart", viewBox: "0 0 " + width + " " + height, width: width, height: height,
      role: "img", "aria-label": "Loss per step of " + series.map(function (s) { return s.title; }).join(", ")});
    ts.forEach(function (t) {
      svg.appendChild(el("@line", {class: "grid", x1: left, x2: width - right, y1: y(t), y2: y(t)}));
      svg.appendChild(el("@text", {x: left - 6, y: y(t) + 4, "text-anchor": "end"}, MG.fixed(t, ts.decimals)));
    });
    svg.appendChild(el("@line", {class: "axis", x1: left, x2: width - right, y1: height - bottom, y2: height - bottom}));
    for (var s = 0; s <= n; s += n / 4) svg.appendChild(el("@text", {x: x(Math.max(s, 1)), y: height - 6, "text-anchor": "middle"}, MG.int(s)));
    svg.appendChild(el("@line", {class: "baseline", x1: left, x2: width - right, y1: y(data.baseline), y2: y(data.baseline)}));
    svg.appendChild(el("@text", {x: width - right - 4, y: y(data.baseline) - 5, "text-anchor": "end"}, "uniform guess"));
    var ends = [], clip = figure.id + "-clip";
    svg.appendChild(el("@clipPath", {id: clip}, el("@rect", {x: left, y: 0, width: width - right - left, height: height - bottom})));
    series.forEach(function (s, i) {
      if (!shown[i]) return;
      var g = el("@g", {class: "series rung-" + s.rung, "clip-path": "url(#" + clip + ")"});
      if (window_ > 1) g.appendChild(el("@path", {class: "raw", d: path(s.loss)}));
      g.appendChild(el("@path", {class: "line", d: path(smooth[i])}));
      svg.appendChild(g);
      ends.push({y: y(smooth[i][n - 1]) + 4, text: s.title});
    });
    if (right > 12) {
      ends.sort(function (a, b) { return a.y - b.y; });
      ends.forEach(function (e, i) {
        if (i && e.y - ends[i - 1].y < 14) e.y = ends[i - 1].y + 14;
        svg.appendChild(el("@text", {class: "end-label", x: width - right + 6, y: e.y}, e.text));
      });
    }
    rule = el("@line", {class: "cursor", y1: top, y2: height - bottom});
    svg.appendChild(rule);
    dots = series.map(function (s, i) {
      var d = el("@circle", {class: "dot", r: 4});
      if (shown[i]) svg.appendChild(el("@g", {class: "rung-" + s.rung}, d));
      return d;
    });
    svg.addEventListener("pointermove", function (e) {
      var r = svg.getBoundingClientRect();
      at = Math.round(Math.max(1, Math.min(n, x.invert(e.clientX - r.left))));
      slide.input.value = at;
      cursor();
    });
    plot.textContent = "";
    plot.appendChild(svg);
    cursor();
  }
  function path(values) {
    return values.map(function (v, i) { return (i ? "L" : "M") + x(i + 1).toFixed(1) + " " + y(v).toFixed(1); }).join("");
  }
  function cursor() {
    if (!rule) return;
    rule.setAttribute("x1", x(at)); rule.setAttribute("x2", x(at));
    var parts = ["step " + MG.int(at)];
    series.forEach(function (s, i) {
      if (!shown[i]) return;
      dots[i].setAttribute("cx", x(at)); dots[i].setAttribute("cy", y(smooth[i][at - 1]));
      parts.push(s.title + " " + MG.fixed(s.loss[at - 1], 4) + (window_ > 1 ? " (mean " + MG.fixed(smooth[i][at - 1], 4) + ")" : ""));
    });
    slide.out.textContent = MG.int(at);
    readout.textContent = parts.join(" \u00b7 ");
  }
  MG.onWidth(plot, function (w) { width = w; draw(); });
});
