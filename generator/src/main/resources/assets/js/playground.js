/*
 * playground: the final model (Step 5) in the page. A typed name as pairs with each letter's
 * probability and surprise, the attention of every head, the next-token bars, and names drawn
 * with a temperature and a seed.
 */
"use strict";
MG.register("playground", (box, data, figure) => {
  const model = MG.model(data.model);
  const uchars = model.uchars;
  const note = MG.liveRegion("summary-line");
  const out = MG.element("div");
  const sampler = MG.element("div");

  const pairRow = (ids, i, p) =>
    MG.element("tr", {}, [
      MG.element("th", { scope: "row" }, [
        MG.tokenChip(ids[i], uchars),
        " → ",
        MG.tokenChip(ids[i + 1], uchars),
      ]),
      MG.element("td", {}, MG.fixed(p, 4)),
      MG.element("td", {}, MG.fixed(-Math.log(p), 4)),
    ]);

  const show = () => {
    // the model reads blockSize positions: BOS and blockSize − 1 letters
    const typed = MG.readTyped(input.value, uchars, data.blockSize - 1);
    const name = typed.name;
    note.textContent = typed.note;
    const ids = MG.encode(name, uchars);
    const trace = model.trace(ids);
    const context = ids.slice(0, -1);
    let surprise = 0;
    const rows = trace.slice(0, context.length).map((step, i) => {
      const p = step.probs[ids[i + 1]];
      surprise -= Math.log(p);
      return pairRow(ids, i, p);
    });
    const head = MG.element(
      "tr",
      {},
      ["pair", "p", "−ln p"].map(h => MG.element("th", { scope: "col" }, h)),
    );
    const pairs = MG.element("table", { class: "pairs" }, [
      MG.element("thead", {}, head),
      MG.element("tbody", {}, rows),
    ]);
    const loss = surprise / context.length;
    MG.replaceChildren(out, [
      MG.element("div", { class: "pairs-wrap" }, pairs),
      MG.element(
        "p",
        { class: "summary-line" },
        "mean surprise, the loss of this name: " + MG.fixed(loss, 4),
      ),
      MG.attentionTables(model, context, data.probEdges),
      MG.bars(model.next(context), uchars, `p(next | ${name})`),
    ]);
  };
  const input = MG.textInput(data.name, show);

  box.append(
    MG.element("label", { class: "controls" }, ["Name", input]),
    note,
    out,
    MG.adopt(box, figure, ".hm-legend"),
    sampler,
  );
  show();
  MG.nameSampler(
    sampler,
    { live: [{ key: data.model, title: data.title }], seed: data.seed, count: 10 },
    figure,
  );
});
