/*
 * mlp-flow: the MLP of rungs 1–2 on a picked input token, layer by layer: its embedding, the
 * pre-activations, ReLU, the logits and the probabilities, each a strip of cells the build drew,
 * recoloured on a scale fixed across inputs (data.edges), a value on hover or focus.
 */
"use strict";
MG.register("mlp-flow", (box, data, figure) => {
  const model = MG.model(data.model);
  const uchars = model.uchars;
  const built = MG.adopt(box, figure);
  const out = MG.liveRegion();
  const layerNames = ["x", "sum", "h", "logit", "p"];
  const CELLS_PER_ROW = 16;
  let layers = []; // the picked token's values, one array per layer

  const say = (layer, n) => {
    const index = layer > 2 ? MG.tokenLabel(n, uchars) : n; // logits and p are per token
    out.textContent = `${layerNames[layer]}[${index}] = ${MG.fixed(layers[layer][n], 4)}`;
  };
  const tokenButtons = MG.findAll(built, "button[data-t]");
  const title = MG.findAll(built, ".chart-title")[0];
  const strips = MG.findAll(built, "table").map((table, layer) =>
    MG.grid(table, (i, j) => say(layer, i * CELLS_PER_ROW + j)),
  );

  const pick = token => {
    const pass = model.mlp(token);
    layers = [pass.x, pass.hPre, pass.h, pass.logits, model.softmax(pass.logits)];
    tokenButtons.forEach(button => button.setAttribute("aria-pressed", button.dataset.t == token));
    title.textContent = title.textContent.replace(/\[.*?\]/, `[${MG.tokenLabel(token, uchars)}]`);
    strips.forEach((cells, layer) =>
      cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          const value = layers[layer][i * CELLS_PER_ROW + j];
          // probabilities on the probability scale; the signed layers on a diverging one
          cell.className =
            layer < 4
              ? MG.signedHeatClass(value, data.edges[layer])
              : MG.heatClass(value, data.probEdges);
          cell.textContent = MG.fixed(value, 4);
        }),
      ),
    );
    const probabilities = layers[4];
    const likeliest = probabilities.indexOf(Math.max(...probabilities));
    out.textContent =
      `input ${MG.tokenLabel(token, uchars)}: ` +
      `most likely next ${MG.tokenLabel(likeliest, uchars)}, ` +
      `p = ${MG.fixed(probabilities[likeliest], 4)}`;
  };

  tokenButtons.forEach(button => {
    button.hidden = false;
    button.onclick = () => pick(+button.dataset.t);
  });
  box.append(out);
  pick(data.token);
});
