/*
 * Attention tables, shared by the attention and playground widgets: for a token sequence run
 * through a transformer rung, one triangle of cells per head (a row per query position, a column
 * per key position, each cell the attention weight), and a readout that writes out the q·k/√d
 * arithmetic of the cell pointed at or focused. With view.evenSplit the cells are coloured by
 * how far each weight is from an even split of its row (1 / the keys it may see), on one
 * diverging scale for all heads, with its own legend: heads that all stay near 1/n look alike
 * on the weights' scale, and this shows which way each one leans.
 */
"use strict";
MG.attentionTables = (model, ids, probEdges, view) => {
  const evenSplit = view && view.evenSplit;
  const uchars = model.uchars;
  const trace = model.trace(ids);
  const headCount = trace[0].attentionWeights.length;
  const headSize = trace[0].q.length / headCount; // each head owns its slice of q and k
  const out = MG.liveRegion();
  const label = position => MG.tokenLabel(trace[position].token, uchars);
  const headCell = (position, scope) =>
    MG.element("th", { scope }, ids[position] === uchars.length ? "•" : uchars[ids[position]]);
  out.textContent = "Point at a cell, or focus one and use the arrow keys, for its arithmetic.";
  // query q may see q + 1 keys; an even split gives each 1 / (q + 1)
  const lean = (weight, query) => weight - 1 / (query + 1);
  const largestLean = Math.max(
    ...trace.flatMap((step, query) =>
      step.attentionWeights.flatMap(row => row.map(weight => Math.abs(lean(weight, query)))),
    ),
  );
  // an eighth, a quarter, a half and three quarters of the largest, as Heat.signedEdges
  const leanEdges = [0.125, 0.25, 0.5, 0.75].map(
    share => +(largestLean * share || share).toPrecision(2),
  );
  const cellClass = (weight, query) =>
    evenSplit
      ? MG.signedHeatClass(lean(weight, query), leanEdges)
      : MG.heatClass(weight, probEdges);

  const arithmetic = (head, query, key) => {
    const start = head * headSize;
    const q = trace[query].q;
    const k = trace[key].k;
    const products = q
      .slice(start, start + headSize)
      .map((value, c) => MG.fixed(value, 2) + "×" + MG.fixed(k[start + c], 2))
      .join(" + ");
    const scaled = trace[query].attentionLogits[head][key];
    const which = headCount > 1 ? `head ${head + 1} · ` : "";
    out.textContent =
      `${which}${label(query)} (${query}) looks at ${label(key)} (${key}): ` +
      `q·k = ${products} = ${MG.fixed(scaled * headSize ** 0.5, 4)}; ` +
      `÷ √${headSize} = ${MG.fixed(scaled, 4)}; ` +
      `softmax over the row: weight ${MG.fixed(trace[query].attentionWeights[head][key], 4)}`;
  };

  const table = head => {
    const header = MG.element("tr", {}, [
      MG.element("th", { scope: "col" }, MG.element("span", { class: "sr-only" }, "query")),
      ...trace.map((_, position) => headCell(position, "col")),
    ]);
    const body = trace.map((step, query) =>
      MG.element("tr", {}, [
        headCell(query, "row"),
        ...step.attentionWeights[head].map(weight =>
          MG.element("td", { class: cellClass(weight, query) }, MG.fixed(weight, 2)),
        ),
        // the keys after the query: the future it may not look at, empty so every row is whole
        ...trace.slice(query + 1).map(() => MG.element("td", { class: "masked" })),
      ]),
    );
    const node = MG.element(
      "table",
      {
        // short names leave room to print the weights in the cells
        class: "hm tri" + (trace.length < 9 ? " show-values" : ""),
        style: "--n:" + (trace.length + 1),
        "aria-label": `head ${head + 1}: attention weights, a row per query, a column per key`,
      },
      [MG.element("thead", {}, header), MG.element("tbody", {}, body)],
    );
    MG.grid(node, (query, key) => arithmetic(head, query, key));
    const title = headCount > 1 ? "head " + (head + 1) : "attention";
    return MG.element("div", {}, [MG.element("p", { class: "chart-title" }, title), node]);
  };

  const tables = trace[0].attentionWeights.map((_, head) => table(head));
  const swatch = bin => MG.element("span", { class: "swatch " + bin });
  const printed = value => MG.fixed(value, 4).replace(/0+$/, "");
  const leanLegend = evenSplit
    ? [
        MG.element("p", { class: "hm-legend lean" }, [
          swatch("d-n4"),
          ` ≤ ${MG.fixed(-leanEdges[3], 4).replace(/0+$/, "")} `,
          ...["d-n3", "d-n2", "d-n1", "d-0"].map(swatch),
          " 0 ",
          ...["d-p1", "d-p2", "d-p3", "d-p4"].map(swatch),
          ` ≥ +${printed(leanEdges[3])} `,
          MG.element(
            "span",
            { class: "edges" },
            `(steps at ±${leanEdges.map(printed).join(", ")})`,
          ),
        ]),
        MG.element(
          "p",
          { class: "hm-bound" },
          "Weight minus an even split of its row (1 / the keys the query sees); blue above, " +
            `red below. Largest |difference| here: ${MG.fixed(largestLean, 4)}.`,
        ),
      ]
    : [];
  return MG.element("div", {}, [MG.element("div", { class: "tris" }, tables), ...leanLegend, out]);
};
