/* attention */
MG.register("attention", (box, d, fig) => {
  var M = MG.model(d.model), note = MG.live("summary-line"), out = MG.el("div"), inp = MG.input(d.name, show);
  box.append(MG.el("label", {class: "controls"}, ["Name", inp]), note, out, MG.adopt(box, fig, ".hm-legend"));
  function show() { MG.put(out, MG.attn(M, MG.encode(MG.clean(inp.value, M.U, note), M.U).slice(0, -1), d.pe)); }
  show();
});
