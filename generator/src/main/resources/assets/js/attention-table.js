/* attention: weights per head as triangles (query × key); a cell's q·k/√d arithmetic; typed names run in the page */
MG.attn = (M, ids, pe) => {
  var U = M.U, T = M.trace(ids), H = T[0].weights.length, hd = 16 / H, el = MG.el, F = MG.fixed, out = MG.live(), L = i => MG.label(T[i].token, U);
  var th = (i, s) => el("th", {scope: s}, ids[i] == U.length ? "•" : U[ids[i]]);
  out.textContent = "Point at a cell, or focus one and use the arrow keys, for its arithmetic.";
  return el("div", {}, [el("div", {class: "tris"}, T[0].weights.map((_, h) => {
    var t = el("table", {class: "hm tri" + (T.length < 9 ? " show-values" : ""), style: "--n:" + (T.length + 1), "aria-label": `head ${h + 1}: attention weights, a row per query, a column per key`},
      [el("thead", {}, el("tr", {}, [el("th", {scope: "col"}, el("span", {class: "sr-only"}, "query")), ...T.map((_, i) => th(i, "col"))])), el("tbody", {}, T.map((p, i) => el("tr", {}, [th(i, "row"),
        ...p.weights[h].map(w => el("td", {class: MG.bin(w, pe)}, F(w, 2)))])))]);
    MG.grid(t, (i, j, q = T[i].q, k = T[j].k, a = h * hd) => out.textContent = `${H > 1 ? `head ${h + 1} · ` : ""}${L(i)} (${i}) looks at ${L(j)} (${j}): q·k = ${
      q.slice(a, a + hd).map((v, c) => F(v, 2) + "×" + F(k[a + c], 2)).join(" + ")} = ${F(T[i].logits[h][j] * hd ** .5, 4)}; ÷ √${hd} = ${F(T[i].logits[h][j], 4)}; softmax over the row: weight ${F(T[i].weights[h][j], 4)}`);
    return el("div", {}, [el("p", {class: "chart-title"}, H > 1 ? "head " + (h + 1) : "attention"), t]);
  })), out]);
};
