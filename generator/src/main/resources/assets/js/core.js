/* Widget core: hydrates each figure.widget[data-widget] from the JSON beside it; the helpers all
   widgets share. A widget mostly adopts the build's static figure and brings it to life. Classic
   script: modules and fetch() fail on file://. Strict for every widget: they all follow in one file. */
"use strict";
var MG = (function () {
  var reg = {}, store = {}, D = document, M = "\u2212";

  function el(tag, a, kids) {   /* "@svg" is an SVG element; "on…" attributes are listeners */
    var n = tag[0] == "@" ? D.createElementNS("http://www.w3.org/2000/svg", tag.slice(1)) : D.createElement(tag);
    for (var k in a) if (a[k] != null && a[k] !== false) {
      if (k.slice(0, 2) == "on") n.addEventListener(k.slice(2), a[k]); else n.setAttribute(k, a[k]);
    }
    return add(n, kids);
  }
  function add(n, kids) {
    [].concat(kids).forEach(function (c) { if (c != null && c !== false) n.append(c); });
    return n;
  }
  function put(n, kids) { n.textContent = ""; return add(n, kids); }
  function $(n, s) { return n.querySelector(s); }
  function $$(n, s) { return [].slice.call(n.querySelectorAll(s)); }

  /* d decimals rounded half to even from the exact binary value, as Python and the build print. */
  function fixed(x, d) {
    var a = Math.abs(x), s = a.toFixed(d), ex = a.toFixed(99), cut = ex.indexOf(".") + d + (d ? 1 : 0);
    if (/^\.?50*$/.test(ex.slice(cut)) && /[02468]$/.test(ex.slice(0, cut).replace(".", ""))) s = ex.slice(0, cut).replace(/\.$/, "");
    s = s.replace(/^\d+/, function (w) { return w.replace(/\B(?=(\d{3})+$)/g, ","); });
    return (x < 0 && /[1-9]/.test(s) ? M : "") + s;
  }
  function int(n) { return fixed(n, 0); }
  function sci(x, d) {   /* 2.03 × 10⁻⁹ */
    var p = x.toExponential(d).split("e");
    return x ? p[0].replace("-", M) + " \u00d7 10" + String(+p[1]).replace(/./g, function (c) {
      return "\u207b\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"["-0123456789".indexOf(c)];
    }) : fixed(0, d);
  }
  function steps(s) { return "after " + int(s) + (s == 1 ? " step" : " steps"); }

  function scale(d0, d1, r0, r1) {
    var f = function (v) { return r0 + (v - d0) / (d1 - d0 || 1) * (r1 - r0); };
    f.inv = function (p) { return d0 + (p - r0) / (r1 - r0 || 1) * (d1 - d0); };
    return f;
  }
  function ticks(lo, hi) {   /* 4-5 round values covering [lo, hi]; .d decimals print them */
    var raw = Math.max(hi - lo, 1e-9) / 4, m = Math.pow(10, Math.floor(Math.log10(raw))), st = m * 10, out = [];
    [1, 2, 2.5, 5].some(function (k) { return k * m >= raw && (st = k * m); });
    for (var t = Math.floor(lo / st) * st; t <= Math.ceil(hi / st) * st + st / 2; t += st) out.push(+t.toFixed(12));
    out.d = (String(+st.toFixed(10)).split(".")[1] || "").length;
    return out;
  }
  /* Heat classes from the build's edges: q0 (zero) … q7; d-n4 … d-0 … d-p4 for signed values. */
  function bin(v, e) {
    for (var k = 0; k < e.length && v >= e[k];) k++;
    return "q" + (v > 0 ? k : 0);
  }
  function dbin(v, e) {
    for (var k = 0; k < 4 && Math.abs(v) >= e[k];) k++;
    return k ? (v < 0 ? "d-n" : "d-p") + k : "d-0";
  }

  function label(id, U) { return id == U.length ? "BOS" : U[id]; }
  function chip(id, U) { return el("span", {class: id == U.length ? "tok bos" : "tok"}, [label(id, U), el("sub", {}, id)]); }
  function encode(s, U) { return [U.length].concat(s.split("").map(function (c) { return U.indexOf(c); }), U.length); }
  function clean(s, U, note) {   /* a typed name: lower case, letters of U only; the note says what went */
    var t = s.toLowerCase(), k = t.split("").filter(function (c) { return U.indexOf(c) >= 0; }).join("");
    if (note) note.textContent = k == t ? "" : "Only the letters a\u2013z are tokens here; the rest is skipped.";
    return k;
  }

  function live(cls) { return el("p", {class: cls || "readout", "aria-live": "polite"}); }
  function onWidth(n, fn) {   /* fn(width) now and whenever it changes */
    var last;
    function run() { var w = n.clientWidth; if (w && w != last) fn(last = w); }
    if (window.ResizeObserver) new ResizeObserver(run).observe(n);
    run();
  }
  function btn(t, fn) { return el("button", {class: "btn", type: "button", onclick: fn}, t); }
  function input(v, fn, max) { return el("input", {type: "text", value: v, maxlength: max || 15, spellcheck: "false", autocomplete: "off", oninput: fn}); }
  function select(opts, v, fn) {   /* opts: [value, text] pairs */
    return el("select", {onchange: function (e) { fn(e.target.value); }}, opts.map(function (o) { return el("option", {value: o[0], selected: o[0] == v || null}, o[1]); }));
  }
  function slider(t, min, max, v, fn, st) {   /* <label>t <range> <output></label>; fn(value, output) */
    var i = el("input", {type: "range", min: min, max: max, value: v, step: st || 1}), o = el("output");
    i.oninput = function () { fn(+i.value, o); };
    return {row: el("label", {class: "row"}, [t, i, o]), input: i, out: o};
  }
  /* « First ‹ Prev "3 of 7" Next › Last » and, if asked, Play/Pause (500 ms a frame; frames step, never tween). */
  function stepper(name, count, show, play) {
    var k = 0, timer, where = el("span", {class: "where", "aria-live": "polite"}), pb = play && btn("");
    function go(i) { k = Math.max(0, Math.min(count() - 1, i)); show(k, where); }
    function set(on) {
      pb.setAttribute("aria-pressed", on);
      put(pb, [el("span", {class: "glyph", "aria-hidden": "true"}, on ? "\u275a\u275a" : "\u25b6\ufe0e"), on ? " Pause" : " Play"]);
    }
    function stop() { clearInterval(timer); timer = 0; if (pb) set(false); }
    if (pb) {
      set(false);
      pb.onclick = function () {
        if (timer) return stop();
        if (k >= count() - 1) go(0);
        set(true);
        timer = setInterval(function () { if (k >= count() - 1) stop(); else go(k + 1); }, 500);
      };
    }
    return {go: go, stop: stop, k: function () { return k; }, node: el("div", {class: "stepper controls", role: "group", "aria-label": name}, [
      btn("\u00ab First", function () { go(0); }), btn("\u2039 Prev", function () { go(k - 1); }), where,
      btn("Next \u203a", function () { go(k + 1); }), btn("Last \u00bb", function () { go(count() - 1); }), pb])};
  }

  /* Makes a build-rendered table.hm a grid: one roving tabindex; arrows, Home/End (Ctrl: corners)
     move; Enter, Space or a click picks. on(i, j) on hover or focus; returns the cells by row. */
  function grid(t, on, pick) {
    var R = $$(t, "tbody tr").map(function (r) { return $$(r, "td"); }), a = [0, 0], H = $$(t, "thead th+th");   /* after the corner */
    t.setAttribute("role", "grid");
    R.forEach(function (r, i) { r.forEach(function (c, j) { c.setAttribute("role", "gridcell"); c.tabIndex = i + j ? -1 : 0; c.ij = [i, j]; }); });
    function show(i, j) {
      H.forEach(function (h, k) { h.classList.toggle("sel", k == j); });
      R.forEach(function (r, k) { r[0].parentNode.cells[0].classList.toggle("sel", k == i); });
      if (on) on(i, j);
    }
    function go(i, j, f) {
      i = Math.max(0, Math.min(R.length - 1, i));
      j = Math.max(0, Math.min(R[i].length - 1, j));
      R[a[0]][a[1]].tabIndex = -1;
      R[i][j].tabIndex = 0;
      a = [i, j];
      if (f) R[i][j].focus();
      show(i, j);
    }
    t.onkeydown = function (e) {
      var i = a[0], j = a[1], K = e.key, c = e.ctrlKey, m = {ArrowUp: [i - 1, j], ArrowDown: [i + 1, j],
        ArrowLeft: [i, j - 1], ArrowRight: [i, j + 1], Home: [c ? 0 : i, 0], End: [c ? 99 : i, 99]}[K];
      if (m) go(m[0], m[1], 1); else if (pick && (K == "Enter" || K == " ")) pick(i, j); else return;
      e.preventDefault();
    };
    t.onclick = function (e) { var c = e.target.closest("td"); if (c && c.ij) { go(c.ij[0], c.ij[1], 1); if (pick) pick(c.ij[0], c.ij[1]); } };
    t.onmouseover = function (e) { var c = e.target.closest("td"); if (c && c.ij) show(c.ij[0], c.ij[1]); };
    R.at = function () { return a; };
    R.go = go;
    return R;
  }

  /* Next-token probabilities as bars in token order, each value printed; hit marks one bar. */
  function bars(p, U, title, hit) {
    var mx = Math.max.apply(null, p), s = el("@svg", {class: "bars", viewBox: "0 0 320 " + (p.length * 16 + 4), role: "img",
      "aria-label": title + ": " + p.map(function (v, j) { return label(j, U) + " " + fixed(v, 4); }).join(", ")});
    p.forEach(function (v, j) {
      var w = 234 * v / mx, y = j * 16 + 2;
      add(s, [el("@text", {x: 28, y: y + 12, "text-anchor": "end"}, label(j, U)), el("@rect", {class: j == hit ? "bar hit" : "bar",
        x: 34, y: y + 2, width: w.toFixed(1), height: 12}), el("@text", {x: (38 + w).toFixed(1), y: y + 12}, fixed(v, 4))]);
    });
    return el("div", {class: "bars-live"}, [el("p", {class: "chart-title"}, title), s]);
  }

  /* A chart frame at real pixel width: gridlines and y ticks, bottom axis and x ticks.
     o: w, h, x0, x1, lo, hi, r (right margin), xt (x ticks), log, fx, fy (tick formats), label. */
  function chart(o) {
    var f = o.log ? Math.log : Number, ts = ticks(o.lo, o.hi), L = 44, T = 10, B = o.h - 24, R = o.w - (o.r || 12);
    if (o.log) ts = ts.filter(function (t) { return t > 0; });
    var yl = scale(f(Math.min(o.lo, ts[0])), f(Math.max(o.hi, ts[ts.length - 1])), B, T);
    var c = {x: scale(o.x0, o.x1, L, R), y: function (v) { return yl(f(v)); }, L: L, R: R, T: T, B: B};
    var s = c.svg = el("@svg", {class: "chart", viewBox: "0 0 " + o.w + " " + o.h, width: o.w, height: o.h, role: "img", "aria-label": o.label});
    ts.forEach(function (t) {
      add(s, [el("@line", {class: "grid", x1: L, x2: R, y1: c.y(t), y2: c.y(t)}),
        el("@text", {x: L - 6, y: c.y(t) + 4, "text-anchor": "end"}, (o.fy || fixed)(t, ts.d))]);
    });
    add(s, el("@line", {class: "axis", x1: L, x2: R, y1: B, y2: B}));
    (o.xt || ticks(o.x0, o.x1)).forEach(function (t) {
      add(s, el("@text", {x: c.x(t), y: o.h - 6, "text-anchor": "middle"}, (o.fx || int)(t)));
    });
    c.line = function (v, cls, x0, into) {   /* through v[i] at x = x0 + i, or through [x, y] points */
      add(into || s, el("@path", {class: cls, d: v.map(function (p, i) {
        return (i ? "L" : "M") + c.x(p.length ? p[0] : x0 + i).toFixed(1) + " " + c.y(p.length ? p[1] : p).toFixed(1);
      }).join("")}));
    };
    c.track = function (a, b, set) {   /* a rule the pointer moves; set(nearest whole x in [a, b]) */
      var r = el("@line", {class: "cursor", y1: T, y2: B});
      s.append(r);
      s.addEventListener("pointermove", function (e) {
        set(Math.round(Math.max(a, Math.min(b, c.x.inv(e.clientX - s.getBoundingClientRect().left)))));
      });
      return function (v) { r.setAttribute("x1", c.x(v)); r.setAttribute("x2", c.x(v)); };
    };
    c.dot = function (cls) { var d = el("@circle", {class: "dot", r: 4}); s.append(el("@g", {class: cls}, d)); return d; };
    return c;
  }
  function average(v, w) {
    var s = 0;
    return v.map(function (x, i) { s += x - (i >= w ? v[i - w] : 0); return s / Math.min(i + 1, w); });
  }

  /* Numbers the build packed (Json.f64, Json.fixed4): "f8:" doubles, "i2:"/"i4:" integers × 10⁻⁴. */
  function unpack(s) {
    var u = Uint8Array.from(atob(s.slice(3)), function (c) { return c.charCodeAt(0); }).buffer;
    return s[0] == "f" ? new Float64Array(u) : [].map.call(s[1] == "2" ? new Int16Array(u) : new Int32Array(u), function (k) { return k / 1e4; });
  }
  function rows(f, r, c, o) {   /* r rows of c from a flat array, from offset o */
    for (var m = [], i = 0; i < r; i++) m.push([].slice.call(f, o + i * c, o + i * c + c));
    return m;
  }
  function shared(k) { return store[k] || (store[k] = JSON.parse(D.getElementById("mg-" + k).textContent)); }
  /* Frames the build drew: an element with data-f (its first frame) and data-t (its last) is "off"
     outside them and "now" in its first; say[k] is frame k's readout. */
  function frames(box, name, unit, say, play) {
    var out = live(), F = $$(box, "[data-f]"), s = stepper(name, function () { return say.length; }, function (k, w) {
      F.forEach(function (e) {
        var f = +e.dataset.f, t = e.dataset.t;
        e.classList.toggle("off", f > k || t != null && k > t);
        e.classList.toggle("now", f == k);
      });
      w.textContent = unit + " " + (k + 1) + " of " + say.length;
      out.textContent = say[k];
    }, play);
    box.prepend(s.node);
    box.append(out);
    s.go(0);
    return s;
  }
  function adopt(box, f, s) {   /* a copy of the build's static figure (or of its part s) for the live one */
    return box.appendChild($(f, ".static " + (s || "")).cloneNode(true));
  }

  D.addEventListener("DOMContentLoaded", function () {
    $$(D, "figure.widget[data-widget]").forEach(function (f) {
      var fn = reg[f.dataset.widget], d = $(f, "script.widget-data"), box = el("div", {class: "live"});
      try {
        if (d && fn) {
          f.insertBefore(box, $(f, ":scope>figcaption"));
          fn(box, JSON.parse(d.textContent), f);
          f.classList.add("is-live");
        }
        if (!d || fn) f.dataset.ready = "true";
      } catch (e) {
        box.remove();   /* the static figure stays */
        console.error("widget " + f.dataset.widget + " failed:", e);
      }
    });
  });

  return {register: function (n, fn) { reg[n] = fn; }, el: el, add: add, put: put, $: $, $$: $$, fixed: fixed, int: int,
    sci: sci, steps: steps, scale: scale, ticks: ticks, bin: bin, dbin: dbin, label: label, chip: chip, encode: encode,
    clean: clean, live: live, still: function () { return matchMedia("(prefers-reduced-motion: reduce)").matches; },
    onWidth: onWidth, btn: btn, input: input, select: select, slider: slider, stepper: stepper, grid: grid, bars: bars,
    chart: chart, average: average, unpack: unpack, rows: rows, shared: shared, adopt: adopt, frames: frames, MINUS: M};
}());
