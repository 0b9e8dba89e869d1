/* pair-stepper: read a name pair by pair under the count table as it stood after some steps:
   each pair's count, row total, probability (c + 1) / (total + 27), surprise -ln p and the running
   mean, which after the last pair is the name's loss. Type another name, pick another step. */
MG.register("pair-stepper", function (box, data) {
  "use strict";
  var el = MG.el, U = data.uchars, V = U.length + 1, snaps = data.snapshots, k = 0, pairs = [];
  var steps = snaps.map(function (s) { return s.step; }), snap = snaps[Math.max(0, steps.indexOf(data.step))];
  var input = el("input", {type: "text", value: data.name, spellcheck: "false", autocomplete: "off", maxlength: 16});
  var select = el("select", {}, steps.map(function (s) {
    return el("option", {value: s, selected: s === snap.step}, "after " + MG.int(s) + (s === 1 ? " step" : " steps"));
  }));
  var note = el("p", {class: "summary-line", "aria-live": "polite"});
  box.appendChild(el("div", {class: "controls"}, [el("label", {}, ["Name", input]), el("label", {}, ["Table", select])]));
  box.appendChild(note);

  var where = el("span", {class: "where", "aria-live": "polite"});
  var btn = function (text, fn) { return el("button", {class: "btn", type: "button", onclick: fn}, text); };
  var play = MG.playButton();
  box.appendChild(el("div", {class: "stepper controls", role: "group", "aria-label": "Step through the pairs"}, [
    btn("\u00ab First", function () { go(0); }), btn("\u2039 Prev", function () { go(k - 1); }), where,
    btn("Next \u203a", function () { go(k + 1); }), btn("Last \u00bb", function () { go(pairs.length - 1); }), play]));
  var stop = MG.player(play, function (restart) { go(restart ? 0 : k + 1); }, function () { return k >= pairs.length - 1; });
  var tbody = el("tbody"), readout = MG.live();
  box.appendChild(el("div", {class: "pairs-wrap"}, el("table", {class: "pairs"}, [
    el("thead", {}, el("tr", {}, ["pair", "count", "row total", "p", "\u2212ln p", "running mean"].map(function (h) {
      return el("th", {scope: "col"}, h);
    }))), tbody])));
  box.appendChild(readout);

  function compute() {
    var name = input.value.toLowerCase().replace(/[^a-z]/g, ""), ids = MG.encode(name, U), sum = 0;
    note.textContent = name === input.value.toLowerCase() ? "" : "Only the letters a\u2013z are tokens here; the rest is skipped.";
    pairs = [];
    for (var i = 0; i + 1 < ids.length; i++) {
      var row = snap.counts[ids[i]], total = row.reduce(function (a, b) { return a + b; }, 0);
      var p = (row[ids[i + 1]] + 1) / (total + V), nll = -Math.log(p);
      sum += nll;
      pairs.push({from: ids[i], to: ids[i + 1], count: row[ids[i + 1]], total: total, p: p, nll: nll, mean: sum / (i + 1)});
    }
    tbody.textContent = "";
    pairs.forEach(function (q) {
      tbody.appendChild(el("tr", {}, [el("th", {scope: "row"}, [MG.chip(q.from, U), " \u2192 ", MG.chip(q.to, U)]),
        el("td", {}, MG.int(q.count)), el("td", {}, MG.int(q.total)), el("td", {}, MG.fixed(q.p, 4)),
        el("td", {}, MG.fixed(q.nll, 4)), el("td", {}, MG.fixed(q.mean, 4))]));
    });
    go(Math.min(k, pairs.length - 1));
  }

  function go(i) {
    k = Math.max(0, Math.min(pairs.length - 1, i));
    [].forEach.call(tbody.rows, function (tr, r) { tr.className = r === k ? "current" : r > k ? "future" : ""; });
    var q = pairs[k], a = MG.label(q.from, U), b = MG.label(q.to, U);
    where.textContent = "pair " + (k + 1) + " of " + pairs.length;
    readout.textContent = a + " \u2192 " + b + ": p = (" + MG.int(q.count) + " + 1) / (" + MG.int(q.total) + " + " + V
      + ") = " + MG.fixed(q.p, 4) + ", \u2212ln p = " + MG.fixed(q.nll, 4) + "; mean of " + (k + 1) + " = " + MG.fixed(q.mean, 4)
      + (k === pairs.length - 1 ? " = the loss of this name" : "");
  }

  input.addEventListener("input", function () { stop(); compute(); });
  select.addEventListener("change", function () { snap = snaps[steps.indexOf(+select.value)]; compute(); });
  compute();
  go(0);
});
