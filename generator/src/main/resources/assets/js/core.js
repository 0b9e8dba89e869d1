/* Widget core: hydrates each figure.widget from the JSON beside it, mostly by adopting the build's
   static figure; shared helpers. A classic script (modules and fetch() fail on file://). */
"use strict";
var MG = (() => {
  var reg = {}, store = {}, D = document, M = "−", mx = Math.max, mn = Math.min;
  var el = (tag, a, kids) => {   /* "@svg": SVG; "on…": listeners */
    var n = tag[0] == "@" ? D.createElementNS("http://www.w3.org/2000/svg", tag.slice(1)) : D.createElement(tag);
    for (var k in a) if (a[k] != null && a[k] !== false) k[0] == "o" && k[1] == "n" ? n.addEventListener(k.slice(2), a[k]) : n.setAttribute(k, a[k]);
    return add(n, kids);
  };
  var add = (n, kids) => ([].concat(kids).forEach(c => c != null && c !== false && n.append(c)), n);
  var put = (n, kids) => (n.textContent = "", add(n, kids));
  var $ = (n, s) => n.querySelector(s), $$ = (n, s) => [...n.querySelectorAll(s)];

  /* half to even from the exact binary value, as Python and the build print */
  var fixed = (x, d) => {
    var a = Math.abs(x), s = a.toFixed(d), ex = a.toFixed(99), cut = ex.indexOf(".") + d + (d ? 1 : 0);
    if (/^\.?50*$/.test(ex.slice(cut)) && /[02468]$/.test(ex.slice(0, cut).replace(".", ""))) s = ex.slice(0, cut).replace(/\.$/, "");
    s = s.replace(/^\d+/, w => w.replace(/\B(?=(\d{3})+$)/g, ","));
    return (x < 0 && /[1-9]/.test(s) ? M : "") + s;
  };
  var int = n => fixed(n, 0);
  var sci = (x, d) => {
    var [m, e] = x.toExponential(d).split("e");
    return x ? m.replace("-", M) + "\u00a0×\u00a010" + String(+e).replace(/./g, c => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)]) : fixed(0, d);
  };
  var scale = (d0, d1, r0, r1) => {
    var f = v => r0 + (v - d0) / (d1 - d0 || 1) * (r1 - r0);
    f.inv = p => d0 + (p - r0) / (r1 - r0 || 1) * (d1 - d0);
    return f;
  };
  var ticks = (lo, hi) => {
    var raw = mx(hi - lo, 1e-9) / 4, m = 10 ** Math.floor(Math.log10(raw)), st = m * 10, out = [];
    [1, 2, 2.5, 5].some(k => k * m >= raw && (st = k * m));
    for (var t = Math.floor(lo / st) * st; t <= Math.ceil(hi / st) * st + st / 2; t += st) out.push(+t.toFixed(12));
    out.d = (String(+st.toFixed(10)).split(".")[1] || "").length;
    return out;
  };
  /* heat classes from the build's edges: q0 … q7; signed d-n4 … d-0 … d-p4 */
  var bin = (v, e) => "q" + (v > 0 ? e.filter(x => v >= x).length : 0);
  var dbin = (v, e, k = e.filter(x => Math.abs(v) >= x).length) => k ? (v < 0 ? "d-n" : "d-p") + k : "d-0";

  var label = (id, U) => id == U.length ? "BOS" : U[id];
  var chip = (id, U) => el("span", {class: id == U.length ? "tok bos" : "tok"}, [label(id, U), el("sub", {}, id)]);
  var encode = (s, U) => [U.length, ...[...s].map(c => U.indexOf(c)), U.length];
  var clean = (s, U, note) => {   /* a typed name: lower case, letters of U only */
    var t = s.toLowerCase(), k = [...t].filter(c => U.includes(c)).join("");
    if (note) note.textContent = k == t ? "" : "Only the letters a–z are tokens here; the rest is skipped.";
    return k;
  };

  var live = cls => el("p", {class: cls || "readout", "aria-live": "polite"});
  var onWidth = (n, fn, last) => {
    var run = () => { var w = n.clientWidth; if (w && w != last) fn(last = w); };
    new ResizeObserver(run).observe(n);
    run();
  };
  var btn = (t, fn) => el("button", {class: "btn", type: "button", onclick: fn}, t);
  var input = (v, fn, max) => el("input", {type: "text", value: v, maxlength: max || 15, spellcheck: "false", autocomplete: "off", oninput: fn});
  var select = (opts, v, fn) => el("select", {onchange: e => fn(e.target.value)}, opts.map(o => el("option", {value: o[0], selected: o[0] == v || null}, o[1])));
  var slider = (t, min, max, v, fn, step = 1) => {
    var i = el("input", {type: "range", min, max, value: v, step}), o = el("output");
    i.oninput = () => fn(+i.value, o);
    return {row: el("label", {class: "row"}, [t, i, o]), input: i, out: o};
  };
  /* « First ‹ Prev "3 of 7" Next › Last » [Play: 500 ms a frame, never a tween] */
  var stepper = (name, count, show, play) => {
    var k = 0, timer, where = el("span", {class: "where", "aria-live": "polite"}), pb = play && btn("");
    var go = i => show(k = mx(0, mn(count() - 1, i)), where), end = () => k >= count() - 1;
    var set = on => (pb.setAttribute("aria-pressed", on), put(pb, [el("span", {class: "glyph", "aria-hidden": "true"}, on ? "❚❚" : "▶\ufe0e"), on ? " Pause" : " Play"]));
    var stop = () => (clearInterval(timer), timer = 0, pb && set(false));
    if (pb) {
      set(false);
      pb.onclick = () => timer ? stop() : (end() && go(0), set(true), timer = setInterval(() => end() ? stop() : go(k + 1), 500));
    }
    return {go, stop, k: () => k, node: el("div", {class: "stepper controls", role: "group", "aria-label": name}, [
      btn("« First", () => go(0)), btn("‹ Prev", () => go(k - 1)), where, btn("Next ›", () => go(k + 1)), btn("Last »", () => go(count() - 1)), pb])};
  };

  /* a built table.hm as a grid: one roving tabindex, arrows, Home/End (+Ctrl); Enter/Space/click pick */
  var grid = (t, on, pick) => {
    var R = $$(t, "tbody tr").map(r => $$(r, "td")), a = [0, 0], H = $$(t, "thead th+th");
    var show = (i, j) => {
      H.forEach((h, k) => h.classList.toggle("sel", k == j));
      R.forEach((r, k) => r[0].parentNode.cells[0].classList.toggle("sel", k == i));
      on && on(i, j);
    };
    var go = (i, j) => {
      i = mx(0, mn(R.length - 1, i));
      j = mx(0, mn(R[i].length - 1, j));
      R[a[0]][a[1]].tabIndex = -1;
      R[i][j].tabIndex = 0;
      R[i][j].focus();
      show(...a = [i, j]);
    };
    var at = e => (e = e.target.closest("td")) && e.ij;
    t.setAttribute("role", "grid");
    R.forEach((r, i) => r.forEach((c, j) => (c.setAttribute("role", "gridcell"), c.tabIndex = i + j ? -1 : 0, c.ij = [i, j])));
    t.onkeydown = e => {
      var [i, j] = a, K = e.key, c = e.ctrlKey, m = {ArrowUp: [i - 1, j], ArrowDown: [i + 1, j], ArrowLeft: [i, j - 1],
        ArrowRight: [i, j + 1], Home: [c ? 0 : i, 0], End: [c ? 99 : i, 99]}[K];
      if (m) go(...m); else if (pick && (K == "Enter" || K == " ")) pick(i, j); else return;
      e.preventDefault();
    };
    t.onclick = e => (e = at(e)) && (go(...e), pick && pick(...e));
    t.onmouseover = e => (e = at(e)) && show(...e);
    R.at = () => a;
    return R;
  };

  var bars = (p, U, title, hit) => {
    var m = mx(...p), s = el("@svg", {class: "bars", viewBox: `0 0 320 ${p.length * 16 + 4}`, role: "img",
      "aria-label": title + ": " + p.map((v, j) => label(j, U) + " " + fixed(v, 4)).join(", ")});
    p.forEach((v, j, _, w = 226 * v / m, y = j * 16 + 2) => add(s, [el("@text", {x: 28, y: y + 12, "text-anchor": "end"}, label(j, U)),
      el("@rect", {class: j == hit ? "bar hit" : "bar", x: 34, y: y + 2, width: w, height: 12}), el("@text", {x: 38 + w, y: y + 12}, fixed(v, 4))]));
    return el("div", {class: "bars-live"}, [el("p", {class: "chart-title"}, title), s]);
  };

  /* a chart frame at real pixel width. o: id, w, h, x0, x1, lo, hi, r (right margin), xt, log, fx, fy, label */
  var chart = o => {
    var f = o.log ? Math.log : Number, ts = ticks(o.lo, o.hi), L = 44, T = 10, B = o.h - 24, R = o.w - (o.r || 12);
    if (o.log) ts = ts.filter(t => t > 0);
    var yl = scale(f(mn(o.lo, ts[0])), f(mx(o.hi, ts.at(-1))), B, T), x = scale(o.x0, o.x1, L, R), y = v => yl(f(v));
    var s = el("@svg", {class: "chart", viewBox: `0 0 ${o.w} ${o.h}`, width: o.w, height: o.h, role: "img", "aria-label": o.label});
    var c = {x, y, L, R, T, B, svg: s};
    ts.forEach(t => add(s, [el("@line", {class: "grid", x1: L, x2: R, y1: y(t), y2: y(t)}), el("@text", {x: L - 6, y: y(t) + 4, "text-anchor": "end"}, (o.fy || fixed)(t, ts.d))]));
    add(s, el("@line", {class: "axis", x1: L, x2: R, y1: B, y2: B}));
    var xt = o.xt || ticks(o.x0, o.x1), id = o.id + "-c";
    xt.forEach(t => t >= o.x0 && t <= o.x1 && add(s, el("@text", {x: x(t), y: o.h - 6, "text-anchor": "middle"}, (o.fx || fixed)(t, xt.d))));
    add(s, el("@clipPath", {id}, el("@rect", {x: L, y: 0, width: R - L, height: B})));
    c.g = cls => add(s, el("@g", {class: cls, "clip-path": `url(#${id})`})).lastChild;   /* marks clipped to the plot */
    c.path = (v, x0 = 0) => [...v].map((p, i) => (i ? "L" : "M") + x(p.length ? p[0] : x0 + i).toFixed(1) + " " + y(p.length ? p[1] : p).toFixed(1)).join("");
    c.line = (v, cls, x0, into) => add(into || s, el("@path", {class: cls, d: c.path(v, x0)})).lastChild;   /* v[i] at x0 + i, or [x, y] */
    c.track = (a, b, set) => {   /* a rule the pointer moves */
      var r = el("@line", {class: "cursor", y1: T, y2: B});
      s.append(r);
      s.addEventListener("pointermove", e => set(Math.round(mx(a, mn(b, x.inv(e.clientX - s.getBoundingClientRect().left))))));
      return v => (r.setAttribute("x1", x(v)), r.setAttribute("x2", x(v)));
    };
    c.dot = cls => add(s, el("@g", {class: cls}, el("@circle", {class: "dot", r: 4}))).lastChild.firstChild;
    return c;
  };
  var average = (v, w, s = 0) => v.map((x, i) => (s += x - (i >= w ? v[i - w] : 0)) / mn(i + 1, w));

  /* Json.f64 / Json.fixed4: "f8:" doubles, "i2:"/"i4:" × 10⁻⁴ */
  var unpack = s => {
    var u = Uint8Array.from(atob(s.slice(3)), c => c.charCodeAt(0)).buffer;
    return s[0] == "f" ? new Float64Array(u) : [...s[1] == "2" ? new Int16Array(u) : new Int32Array(u)].map(k => k / 1e4);
  };
  var rows = (f, r, c, o) => Array.from({length: r}, (_, i) => [...f.slice(o + i * c, o + i * c + c)]);
  var shared = k => store[k] || (store[k] = JSON.parse(D.getElementById("mg-" + k).textContent));
  /* frames the build drew: [data-f] (first frame) [data-t] (last) is .off outside; .now at data-n (or its first) */
  var frames = (box, name, unit, say, play) => {
    var out = live(), F = $$(box, "[data-f],[data-n]"), G = $$(box, "[data-go]"), s = stepper(name, () => say.length, (k, w) => {
      F.forEach(e => {
        var {f, t, n = f} = e.dataset;
        e.classList.toggle("off", f > k || t != null && k > t);
        e.classList.toggle("now", n == k);
      });
      G.forEach(b => b.setAttribute("aria-pressed", b.dataset.go == k));
      w.textContent = `${unit} ${k + 1} of ${say.length}`;
      out.textContent = say[k];
    }, play);
    G.forEach(b => (b.hidden = 0, b.onclick = () => s.go(+b.dataset.go)));
    box.prepend(s.node);
    box.append(out);
    s.go(0);
    return s;
  };
  var adopt = (box, f, s = "") => box.appendChild($(f, ".static " + s).cloneNode(true));

  /* A very large fallback arrives as <noscript> text (WidgetExtension.heavy): made HTML after the first paint */
  D.addEventListener("DOMContentLoaded", () => $$(D, "figure.widget[data-widget]").forEach(f => {
    var n = $(f, ":scope>noscript.static");
    n ? requestAnimationFrame(() => setTimeout(() => (n.outerHTML = `<div class="static">${n.textContent}</div>`, hydrate(f)))) : hydrate(f);
  }));
  var hydrate = f => {
    var fn = reg[f.dataset.widget], d = $(f, "script.widget-data"), box = el("div", {class: "live"});
    try {
      if (d && fn) {
        f.insertBefore(box, $(f, ":scope>figcaption"));
        fn(box, JSON.parse(d.textContent), f);
        f.classList.add("is-live");
      }
      if (!d || fn) f.dataset.ready = "true";
    } catch (e) {
      box.remove();
      console.error(`widget ${f.dataset.widget} failed:`, e);
    }
  };

  return {register: (n, fn) => reg[n] = fn, el, add, put, $, $$, fixed, int, sci, steps: s => `after ${int(s)} step${s == 1 ? "" : "s"}`,
    scale, ticks, bin, dbin, label, chip, encode, clean, live,
    onWidth, btn, input, select, slider, stepper, grid, bars, chart, average, unpack, rows, shared, adopt, frames, M};
})();
