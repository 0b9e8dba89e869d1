/*
 * next-token: probability bars for the token after a typed context, one chart per rung, from
 * the final weights in the page (models.js). Rungs 0–2 read only the last token; the
 * transformer rungs read the whole prefix.
 */
"use strict";
MG.register("next-token", (box, data) => {
  const uchars = data.uchars;
  const note = MG.liveRegion("summary-line");
  const charts = MG.element("div", { class: "bars-grid" });
  // a transformer reads maxTokens positions: BOS and maxTokens − 1 letters
  const positions = data.rungs
    .map(rung => MG.model(rung.key).transformer && MG.shared(rung.key).maxTokens)
    .filter(Boolean);
  const limit = positions.length ? Math.min(...positions) - 1 : undefined;
  const show = () => {
    const typed = MG.readTyped(input.value, uchars, limit);
    note.textContent = typed.note;
    const context = MG.encode(typed.name, uchars).slice(0, -1);
    MG.replaceChildren(
      charts,
      data.rungs.map(rung => {
        const model = MG.model(rung.key);
        const read = model.transformer ? context : context.slice(-1);
        const given = read.map(token => MG.tokenLabel(token, uchars)).join(" ");
        return MG.bars(model.next(context), uchars, `${rung.title}: p(next | ${given})`);
      }),
    );
  };
  const input = MG.textInput(data.context, show);
  box.append(MG.element("label", { class: "controls" }, ["Context", input]), note, charts);
  show();
});
