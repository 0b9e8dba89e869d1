/* Widget core: finds each <figure class="widget" data-widget="NAME">, reads the JSON the build
   embedded beside it, and hands both to the widget registered under NAME. Shared helpers for
   every widget live here once: elements, numbers, scales, heat bins, keyboard, live regions.
   Classic script on purpose: ES modules and fetch() do not work from file://. */
var MG = (function () {
  "use strict";
  var widgets = {}, SVGNS = "http://www.w3.org/2000/svg", MINUS = "\u2212";

  /* An element: el("button", {class: "btn", type: "button"}, "Next"). */
  function el(tag, attrs, kids) {
    var node = tag.charAt(0) === "@" ? document.createElementNS(SVGNS, tag.slice(1)) : document.createElement(tag);
    for (var k in attrs || {}) {
      if (attrs[k] === false || attrs[k] == null) continue;
      if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), attrs[k]);
      else node.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
    }
    [].concat(kids == null ? [] : kids).forEach(function (kid) {
      node.appendChild(typeof kid === "object" ? kid : document.createTextNode(String(kid)));
    });
    return node;
  }

  /* x with d decimals, half to even from the exact binary value (as the build and Python do),
     thousands grouped, a true minus sign. */
  function fixed(x, d) {
    var a = Math.abs(x), s = a.toFixed(d), exact = a.toFixed(100), cut = exact.indexOf(".") + d + (d ? 1 : 0);
    if (/^\.?50*$/.test(exact.slice(cut)) && /[02468]$/.test(exact.slice(0, cut).replace(".", ""))) {
      s = exact.slice(0, cut).replace(/\.$/, "");            // a tie, already even: keep it
    }
    var parts = s.split("."), whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    s = whole + (parts.length > 1 ? "." + parts[1] : "");
    return (x < 0 && /[1-9]/.test(s) ? MINUS : "") + s;
  }
  function int(n) { return fixed(n, 0); }

  /* A linear scale from [d0, d1] to [r0, r1]. */
  function scale(d0, d1, r0, r1) {
    var f = function (v) { return r0 + (v - d0) / ((d1 - d0) || 1) * (r1 - r0); };
    f.invert = function (p) { return d0 + (p - r0) / ((r1 - r0) || 1) * (d1 - d0); };
    return f;
  }

  /* Four or five round ticks covering [lo, hi]. */
  function ticks(lo, hi) {
    var raw = Math.max(hi - lo, 1e-9) / 4, mag = Math.pow(10, Math.floor(Math.log10(raw))), step = mag * 10;
    [1, 2, 2.5, 5, 10].some(function (m) { return m * mag >= raw && (step = m * mag); });
    var out = [];
    for (var t = Math.floor(lo / step) * step; t <= Math.ceil(hi / step) * step + step / 2; t += step) out.push(t);
    out.decimals = (String(+step.toFixed(10)).split(".")[1] || "").length;
    return out;
  }

  /* The heat bin of a count: 0 for zero, else the last of the build's edges it reaches. */
  function bin(v, edges) {
    var b = 0;
    for (var k = 0; k < edges.length; k++) if (v >= edges[k]) b = k + 1;
    return v > 0 ? b : 0;
  }

  /* Token helpers: label ("a" or "BOS"), a chip element, a name as ids wrapped in BOS. */
  function label(id, uchars) { return id === uchars.length ? "BOS" : uchars.charAt(id); }
  function chip(id, uchars, tag) {
    return el(tag || "span", {class: "tok" + (id === uchars.length ? " bos" : "")}, [label(id, uchars), el("sub", {}, id)]);
  }
  function encode(name, uchars) {
    var ids = [uchars.length];
    for (var i = 0; i < name.length; i++) ids.push(uchars.indexOf(name.charAt(i)));
    ids.push(uchars.length);
    return ids;
  }

  /* A polite live region: numbers that change are read out once, after the reader stops. */
  function live(cls) { return el("p", {class: cls || "readout", "aria-live": "polite"}); }
  function reducedMotion() { return window.matchMedia("(prefers-reduced-motion: reduce)").matches; }

  /* Calls fn(width) now and whenever the element's width changes. */
  function onWidth(node, fn) {
    var last = -1;
    function run() { var w = node.clientWidth; if (w && w !== last) { last = w; fn(w); } }
    if (window.ResizeObserver) new ResizeObserver(run).observe(node);
    run();
  }

  /* Play/pause stepping through frames, 500 ms a frame; reduced motion still steps, never tweens. */
  function player(button, step, done) {
    var timer = null;
    function stop() {
      clearInterval(timer); timer = null;
      button.setAttribute("aria-pressed", "false"); button.lastChild.textContent = " Play";
      button.firstChild.textContent = "\u25B6\uFE0E";
    }
    button.addEventListener("click", function () {
      if (timer) return stop();
      if (done()) step(true);
      button.setAttribute("aria-pressed", "true"); button.lastChild.textContent = " Pause";
      button.firstChild.textContent = "\u275A\u275A";
      timer = setInterval(function () { if (done()) stop(); else step(false); }, 500);
    });
    return stop;
  }
  function playButton() {
    return el("button", {class: "btn", type: "button", "aria-pressed": "false"},
      [el("span", {class: "glyph", "aria-hidden": "true"}, "\u25B6\uFE0E"), " Play"]);
  }

  /* A range slider with a label and an output, on one row. */
  function slider(text, min, max, value, oninput) {
    var input = el("input", {type: "range", min: min, max: max, value: value, step: 1});
    var out = el("output", {});
    var row = el("label", {class: "row"}, [text, input, out]);
    input.addEventListener("input", function () { oninput(+input.value, out); });
    return {row: row, input: input, out: out};
  }

  function register(name, fn) { widgets[name] = fn; }

  function hydrate(figure) {
    var fn = widgets[figure.getAttribute("data-widget")];
    var data = figure.querySelector("script.widget-data");
    if (!fn || !data) return;
    var liveBox = el("div", {class: "live"});
    figure.insertBefore(liveBox, figure.querySelector(":scope > figcaption"));
    fn(liveBox, JSON.parse(data.textContent), figure);
    figure.classList.add("is-live");
    figure.setAttribute("data-ready", "true");
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("figure.widget[data-widget]").forEach(function (figure) {
      try { hydrate(figure); } catch (e) {
        figure.classList.remove("is-live");                 // the static figure stays readable
        console.error("widget " + figure.getAttribute("data-widget") + " failed:", e);
      }
    });
  });

  return {register: register, el: el, fixed: fixed, int: int, scale: scale, ticks: ticks, bin: bin,
    label: label, chip: chip, encode: encode, live: live, reducedMotion: reducedMotion, onWidth: onWidth,
    player: player, playButton: playButton, slider: slider, MINUS: MINUS};
}());
