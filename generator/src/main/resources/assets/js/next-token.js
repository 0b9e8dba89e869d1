/* next-token: bars for the token after a typed context, from each rung's final model in the page;
   rungs 0–2 read the last token only, transformers the whole prefix. */
MG.register("next-token", (box, d) => {
  var U = d.uchars, note = MG.live("summary-line"), out = MG.el("div", {class: "bars-grid"}), inp = MG.input(d.context, show);
  box.append(MG.el("label", {class: "controls"}, ["Context", inp]), note, out);
  function show() {
    var ids = MG.encode(MG.clean(inp.value, U, note), U).slice(0, -1);
    MG.put(out, d.rungs.map((r, _, __, M = MG.model(r.key)) => MG.bars(M.next(ids), U, `${r.title}: p(next | ${(M.rung > 2 ? ids : ids.slice(-1)).map(t => MG.label(t, U)).join(" ")})`)));
  }
  show();
});
