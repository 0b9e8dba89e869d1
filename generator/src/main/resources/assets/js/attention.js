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
    // a transformer reads maxTokens positions: BOS and maxTokens − 1 letters
    const typed = MG.readTyped(input.value, model.uchars, MG.shared(data.model).maxTokens - 1);
    const name = typed.name;
    note.textContent = typed.note;
    const context = MG.encode(name, model.uchars).slice(0, -1); // the closing BOS is never a query
    MG.replaceChildren(tables, MG.attentionTables(model, context, data.probEdges));
  };
  const input = MG.nameInput(data.name, show);
  box.append(
    MG.element("label", { class: "controls" }, ["Name", input]),
    note,
    tables,
    MG.adopt(box, figure, ".hm-legend"),
  );
  show();
});
