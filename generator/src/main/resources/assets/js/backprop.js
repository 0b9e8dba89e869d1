/*
 * backprop: one pair's gradient stepped back through the MLP of Step 1, a stage at a time: the
 * guess, (p − one-hot) / n at the logits, mlp_fc2, the ReLU gates, mlp_fc1 into wte. The build
 * drew every stage (BackpropWidget); the script reveals them in turn (MG.frames), says each
 * stage's sentence in the live region, and reads a cell's value on hover or focus.
 */
"use strict";
MG.register("backprop", (box, data, figure) => {
  const built = MG.adopt(box, figure);
  const stages = MG.findAll(built, "li.stage");
  const sentences = stages.map(stage => MG.find(stage, ".say").textContent.trim());
  const cellSays = MG.liveRegion();
  const CELLS_PER_ROW = 16;
  stages.forEach((stage, k) => {
    const table = MG.find(stage, "table");
    const rows = MG.findAll(table, "tbody tr");
    MG.grid(table, (i, j) => {
      const index = i * CELLS_PER_ROW + j;
      const place = k < 2 ? data.tokens[index] : index; // p and dlogits: one per next token
      cellSays.textContent = `${data.names[k]}[${place}] = ${rows[i].cells[j + 1].textContent}`;
    });
  });
  MG.frames(built, data.label, data.unit, sentences, data.play);
  // the stage's sentence is printed under its strip: its announcement need not be shown twice
  built.lastElementChild.classList.add("sr-only");
  box.append(cellSays);
});
