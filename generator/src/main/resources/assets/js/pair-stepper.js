/* pair-stepper: a name pair by pair: p, surprise −ln p and the running mean, at the end the name's
   loss. Rung 0 works p out of the counts; rungs 1–5 replay the run's examples or, after 1,000
   steps, run a typed name through the model in the page. */
MG.register("pair-stepper", (box, d) => {
  var el = MG.el, F = MG.fixed, U = d.uchars, V = U.length + 1, zero = !d.rung, P = [], L = zero ? d.snapshots : d.examples;
  var steps = [...new Set(L.map(s => s.step))], step = d.step, note = MG.live("summary-line"), body = el("tbody"), out = MG.live();
  var inp = MG.input(d.name, () => (st.stop(), calc()));
  var st = MG.stepper("Step through the pairs", () => P.length, (k, where) => {
    [...body.rows].forEach((r, i) => r.className = i == k ? "current" : i > k ? "future" : "");
    var q = P[k];
    where.textContent = `pair ${k + 1} of ${P.length}`;
    out.textContent = `${MG.label(q.from, U)} → ${MG.label(q.to, U)}: p = ${zero ? `(${MG.int(q.c)} + 1) / (${MG.int(q.t)} + ${V}) = ` : ""}${F(q.p, 4)}, −ln p = ${F(q.nll, 4)}; mean of ${k + 1} = ${F(q.mean, 4)}${k == P.length - 1 ? " = the loss of this name" : ""}`;
  }, 1);
  box.append(el("div", {class: "controls"}, [el("label", {}, ["Name", inp]), el("label", {}, [zero ? "Table" : "Weights",
    MG.select(steps.map(s => [s, MG.steps(s)]), step, v => (step = +v, calc()))])]), note, st.node,
    el("div", {class: "pairs-wrap"}, el("table", {class: "pairs"}, [el("thead", {}, el("tr", {}, (zero ? ["pair", "count", "row total"] : ["pair"])
      .concat("p", "−ln p", "running mean").map(h => el("th", {scope: "col"}, h)))), body])), out);
  function probs(ids, name, M, T) {   /* each pair's p, or nothing when the run has none for this name and step */
    if (zero) return ids.slice(1).map((j, i, _, r = L[steps.indexOf(step)].counts[ids[i]], t = r.reduce((a, b) => a + b)) => ({p: (r[j] + 1) / (t + V), c: r[j], t}));
    var ex = L.find(e => e.name == name && e.step == step);
    if (ex) return ex.p.map(p => ({p}));
    if (step < 1000) return;
    M = MG.model(d.model);
    return ids.slice(1, 17).map((j, i) => ({p: (M.rung > 2 ? (T = T || M.trace(ids))[i].probs : M.next(ids.slice(0, i + 1)))[j]}));
  }
  function calc() {
    var name = MG.clean(inp.value, U, note), ids = MG.encode(name, U), ps = probs(ids, name), sum = 0;
    if (!ps) return note.textContent = `After ${MG.int(step)} steps the run read only ${[...new Set(L.map(e => e.name))].join(", ")}; any name works after 1,000 steps.`;
    P = ps.map((q, i) => Object.assign(q, {from: ids[i], to: ids[i + 1], nll: -Math.log(q.p), mean: (sum -= Math.log(q.p)) / (i + 1)}));
    MG.put(body, P.map(q => el("tr", {}, [el("th", {scope: "row"}, [MG.chip(q.from, U), " → ", MG.chip(q.to, U)]),
      ...(zero ? [MG.int(q.c), MG.int(q.t)] : []).concat(F(q.p, 4), F(q.nll, 4), F(q.mean, 4)).map(v => el("td", {}, v))])));
    st.go(st.k());
  }
  calc();
  st.go(0);
});
