/* count-table: Step 0's 27x27 counts as a heatmap grid (rows: current token, columns: next),
   a slider over the snapshots the run kept, and the selected row's next-token probabilities.
   Keyboard: arrows, Home/End, Ctrl+Home/End move; Enter or Space selects the row. */
MG.register("count-table", function (box, data) {
  "use strict";
  var el = MG.el, U = data.uchars, V = U.length + 1, snaps = data.snapshots;
  var at = Math.max(0, snaps.map(function (s) { return s.step; }).indexOf(data.step));
  var row = data.row >= 0 ? data.row : -1, fr = 0, fc = 0, cells = [];
  var name = function (id) { return id === U.length ? "BOS" : U.charAt(id); };
  var head = function (id) { return id === U.length ? el("abbr", {title: "BOS, id " + id}, "\u2022") : U.charAt(id); };

  var picked = el("output", {});
  var slide = MG.slider("Snapshot", 0, snaps.length - 1, at, function (v) { at = v; paint(); });
  slide.row.replaceChild(picked, slide.out);
  box.appendChild(el("div", {class: "controls"}, slide.row));

  var table = el("table", {class: "hm" + (data.values ? " show-values" : ""), role: "grid",
    "aria-label": "Counts: rows are the current token, columns the next token"});
  var tr = el("tr", {}, el("th", {scope: "col"}, el("span", {class: "sr-only"}, "current token")));
  var colHeads = [];
  for (var j = 0; j < V; j++) tr.appendChild(colHeads[j] = el("th", {scope: "col"}, head(j)));
  table.appendChild(el("thead", {}, tr));
  var body = el("tbody");
  for (var i = 0; i < V; i++) {
    var r = el("tr", {}, el("th", {scope: "row"}, head(i)));
    cells[i] = [];
    for (j = 0; j < V; j++) r.appendChild(cells[i][j] = el("td", {role: "gridcell", tabindex: "-1", "data-r": i, "data-c": j}));
    body.appendChild(r);
  }
  table.appendChild(body);
  var legend = el("p", {class: "hm-legend"}), readout = MG.live(), bars = el("div", {class: "bars-live"});
  box.appendChild(readout);
  box.appendChild(el("div", {class: "hm-split"}, [el("div", {}, [el("div", {class: "hm-wrap"}, table), legend]), bars]));

  function counts() { return snaps[at].counts; }
  function total(i) { return counts()[i].reduce(function (a, b) { return a + b; }, 0); }
  function prob(i, j) { return (counts()[i][j] + 1) / (total(i) + V); }

  function paint() {
    var s = snaps[at], edges = s.edges;
    picked.textContent = "after " + MG.int(s.step) + (s.step === 1 ? " step" : " steps");
    for (var i = 0; i < V; i++) {
      for (var j = 0; j < V; j++) {
        var c = s.counts[i][j], td = cells[i][j];
        td.className = "q" + MG.bin(c, edges) + (i === row ? " sel" : "");
        td.textContent = c;
        td.setAttribute("aria-label", name(i) + " then " + name(j) + ": " + MG.int(c));
      }
      body.rows[i].className = i === row ? "sel" : "";
    }
    legend.textContent = "";
    legend.appendChild(el("span", {class: "swatch q0"}));
    legend.appendChild(document.createTextNode(" 0 "));
    edges.forEach(function (e, k) {
      var to = k + 1 < edges.length ? edges[k + 1] - 1 : Infinity;
      if (to < e) return;
      legend.appendChild(el("span", {class: "swatch q" + (k + 1)}));
      legend.appendChild(document.createTextNode(" " + (to === Infinity ? MG.int(e) + "+" : e === to ? MG.int(e)
        : MG.int(e) + "\u2013" + MG.int(to)) + " "));
    });
    describe(fr, fc);
    drawBars();
  }

  function describe(i, j) {
    for (var k = 0; k < V; k++) colHeads[k].className = k === j ? "sel" : "";
    readout.textContent = "after " + name(i) + " \u2192 " + name(j) + " \u00b7 count " + MG.int(counts()[i][j])
      + " \u00b7 row total " + MG.int(total(i)) + " \u00b7 p(" + name(j) + " | " + name(i) + ") = " + MG.fixed(prob(i, j), 4);
  }

  function drawBars() {
    bars.textContent = "";
    if (row < 0) return;
    var probs = [], max = 0;
    for (var j = 0; j < V; j++) { probs[j] = prob(row, j); max = Math.max(max, probs[j]); }
    var svg = el("@svg", {class: "bars", viewBox: "0 0 320 " + (V * 16 + 4), role: "img",
      "aria-label": "Next-token probabilities after " + name(row)});
    probs.forEach(function (p, j) {
      var w = 234 * p / max, y = j * 16 + 2;
      svg.appendChild(el("@text", {x: 28, y: y + 12, "text-anchor": "end"}, name(j)));
      svg.appendChild(el("@rect", {class: "bar", x: 34, y: y + 2, width: w.toFixed(1), height: 12}));
      svg.appendChild(el("@text", {x: (38 + w).toFixed(1), y: y + 12}, MG.fixed(p, 4)));
    });
    bars.appendChild(el("p", {class: "chart-title"}, "p(next | " + name(row) + ")"));
    bars.appendChild(svg);
  }

  function focus(i, j) {
    cells[fr][fc].setAttribute("tabindex", "-1");
    fr = Math.max(0, Math.min(V - 1, i)); fc = Math.max(0, Math.min(V - 1, j));
    var td = cells[fr][fc];
    td.setAttribute("tabindex", "0");
    td.focus();
    describe(fr, fc);
  }
  function select(i) { row = i; paint(); }

  table.addEventListener("keydown", function (e) {
    var keys = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]};
    if (keys[e.key]) focus(fr + keys[e.key][0], fc + keys[e.key][1]);
    else if (e.key === "Home") focus(e.ctrlKey ? 0 : fr, 0);
    else if (e.key === "End") focus(e.ctrlKey ? V - 1 : fr, V - 1);
    else if (e.key === "Enter" || e.key === " ") select(fr);
    else return;
    e.preventDefault();
  });
  table.addEventListener("click", function (e) {
    var td = e.target.closest("td");
    if (td) { focus(+td.getAttribute("data-r"), +td.getAttribute("data-c")); select(fr); }
  });
  table.addEventListener("mouseover", function (e) {
    var td = e.target.closest("td");
    if (td) describe(+td.getAttribute("data-r"), +td.getAttribute("data-c"));
  });
  cells[0][0].setAttribute("tabindex", "0");
  paint();
});
