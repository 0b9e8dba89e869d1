/*
 * attention: the attention weights of a typed name under a transformer rung, per head, as
 * triangles of cells (attention-table.js), computed in the page by models.js.
 */
"use strict";
MG.register("attention", (box, data, figure) => {
  const model = MG.model(data.model);
  const note = MG.liveRegion("summary-line");
  const tables = MG.element("div");
  const show = () => {
    const name = MG.cleanName(input.value, model.uchars, note);
    const context = MG.encode(name, model.uchars).slice(0, -1); // the closing BOS is never a query
    MG.replaceChildren(tables, MG.attentionTables(model, context, data.probEdges));
  };
  const input = MG.textInput(data.name, show);
  box.append(
    MG.element("label", { class: "controls" }, ["Name", input]),
    note,
    tables,
    MG.adopt(box, figure, ".hm-legend"),
  );
  show();
});
