/*
 * attention: the attention weights of a typed name under a transformer rung, per head, as
 * triangles of cells (attention-table.js), computed in the page by models.js. A second colouring
 * shows each weight against an even split of its row, so heads near 1/n can be told apart.
 */
"use strict";
MG.register("attention", (box, data, figure) => {
  const model = MG.model(data.model);
  const note = MG.liveRegion("summary-line");
  const tables = MG.element("div");
  const view = { evenSplit: false };
  const weightLegend = MG.adopt(box, figure, ".hm-legend");
  const show = () => {
    // a transformer reads maxTokens positions: BOS and maxTokens − 1 letters
    const typed = MG.readTyped(input.value, model.uchars, MG.shared(data.model).maxTokens - 1);
    const name = typed.name;
    note.textContent = typed.note;
    const context = MG.encode(name, model.uchars).slice(0, -1); // the closing BOS is never a query
    MG.replaceChildren(tables, MG.attentionTables(model, context, data.probEdges, view));
    weightLegend.hidden = view.evenSplit; // the even-split colouring brings its own legend
  };
  const input = MG.textInput(data.name, show);
  const colouring = MG.select(
    [
      [0, "the weight"],
      [1, "weight − even split"],
    ],
    0,
    value => {
      view.evenSplit = value === "1";
      show();
    },
  );
  box.append(
    MG.element("div", { class: "controls" }, [
      MG.element("label", {}, ["Name", input]),
      MG.element("label", {}, ["Colour by", colouring]),
    ]),
    note,
    tables,
    weightLegend,
  );
  show();
});
