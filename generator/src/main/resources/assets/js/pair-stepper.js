/* pair-stepper: a name read pair by pair: each pair's probability, surprise -ln p and the running
   mean, which after the last pair is the name's loss. Rung 0 works each p out of the count table
   ((c + 1) / (total + 27)); rungs 1-5 replay the run's examples, or after 1,000 steps run any typed
   name through the model in the page. */
MG.register("pair-stepper", function (box, data) {
  var el = MG.el, U = data.uchars, V = U.length + 1, zero = !data.rung, pairs = [];
  var list = zero ? data.snapshots : data.examples, steps = [];
  list.forEach(function (s) { if (steps.indexOf(s.step) < 0) steps.push(s.step); });
  var step = data.step, note = el("p", {class: "summary-line", "aria-live": "polite"});
  var input = MG.input(data.name, function () { st.stop(); compute(); });
  var pick = MG.select(steps.map(function (s) { return [String(s), MG.steps(s)]; }), String(step), function (v) { step = +v; compute(); });
  var st = MG.stepper("Step through the pairs", function () { return pairs.length; }, go, true);
  var head = zero ? ["pair", "count", "row total", "p", "\u2212ln p", "running mean"] : ["pair", "p", "\u2212ln p", "running mean"];
  var tbody = el("tbody"), readout = MG.live();
  MG.add(box, [el("div", {class: "controls"}, [el("label", {}, ["Name", input]), el("label", {}, [zero ? "Table" : "Model", pick])]),
    note, st.node, el("div", {class: "pairs-wrap"}, el("table", {class: "pairs"}, [el("thead", {}, el("tr", {}, head.map(function (h) {
      return el("th", {scope: "col"}, h);
    }))), tbody])), readout]);

  /* The probability of each pair, or null when the run has nothing for this name and step. */
  function probs(ids, name) {
    if (zero) {
      var c = list[steps.indexOf(step)].counts;
      return ids.slice(1).map(function (t, i) {
        var r = c[ids[i]], tot = r.reduce(function (a, b) { return a + b; }, 0);
        return {p: (r[t] + 1) / (tot + V), count: r[t], total: tot};
      });
    }
    var ex = list.filter(function (e) { return e.name === name && e.step === step; })[0];
    if (ex) return ex.p.map(function (p) { return {p: p}; });
    if (step !== 1000 || !data.model) return null;
    var M = MG.model(data.model), out = [];
    if (data.transformer) M.trace(ids).slice(0, ids.length - 1).forEach(function (q, i) { out.push({p: q.probs[ids[i + 1]]}); });
    else for (var i = 0; i + 1 < ids.length; i++) out.push({p: M.next(ids.slice(0, i + 1))[ids[i + 1]]});
    return out;
  }
  function compute() {
    var name = MG.clean(input.value, U, note), ids = MG.encode(name, U), ps = probs(ids, name), sum = 0;
    if (!ps) {
      note.textContent = "After " + MG.int(step) + " steps the run read only " + list.map(function (e) { return e.name; })
        .filter(function (n, i, a) { return a.indexOf(n) === i; }).join(", ") + "; any name works after 1,000 steps.";
      return;
    }
    pairs = ps.map(function (q, i) {
      sum += -Math.log(q.p);
      return Object.assign(q, {from: ids[i], to: ids[i + 1], nll: -Math.log(q.p), mean: sum / (i + 1)});
    });
    MG.put(tbody, pairs.map(function (q) {
      return el("tr", {}, [el("th", {scope: "row"}, [MG.chip(q.from, U), " \u2192 ", MG.chip(q.to, U)])].concat(
        (zero ? [MG.int(q.count), MG.int(q.total)] : []).concat([MG.fixed(q.p, 4), MG.fixed(q.nll, 4), MG.fixed(q.mean, 4)])
          .map(function (v) { return el("td", {}, v); })));
    }));
    st.go(Math.min(st.k(), pairs.length - 1));
  }
  function go(k, where) {
    [].forEach.call(tbody.rows, function (tr, r) { tr.className = r === k ? "current" : r > k ? "future" : ""; });
    var q = pairs[k];
    where.textContent = "pair " + (k + 1) + " of " + pairs.length;
    readout.textContent = MG.label(q.from, U) + " \u2192 " + MG.label(q.to, U) + ": p = " + (zero ? "(" + MG.int(q.count)
      + " + 1) / (" + MG.int(q.total) + " + " + V + ") = " : "") + MG.fixed(q.p, 4) + ", \u2212ln p = " + MG.fixed(q.nll, 4)
      + "; mean of " + (k + 1) + " = " + MG.fixed(q.mean, 4) + (k === pairs.length - 1 ? " = the loss of this name" : "");
  }
  compute();
  st.go(0);
});
