/* softmax: editable logits, temperature; the max subtracted changes nothing */
MG.register("softmax", (box, d, f) => {
  var t = MG.$(MG.adopt(box, f, ".scroll"), "table"), R = t.tBodies, out = MG.live(), z = MG.$$(t, "td[data-v]").map(c => {
    var i = MG.el("input", {value: c.textContent.replace(MG.M, "-"), inputmode: "decimal", "aria-label": "logit " + c.dataset.v, oninput: calc});
    MG.put(c, i);
    return i;
  });
  var T = MG.slider("Temperature", 1, 50, d.t * 10, calc);
  box.append(MG.el("div", {class: "controls"}, T.row), out);
  function calc() {
    var T_ = T.input.value / 10, s = z.map(i => i.value / T_), m = Math.max(...s), a = 0, b = 0;
    var e = s.map(v => (a += Math.exp(v), Math.exp(v))), h = s.map(v => v - m), g = h.map(v => (b += Math.exp(v), Math.exp(v)));
    [[s], [e, a], [e.map(v => v / a), 1], [h], [g, b], [g.map(v => v / b), 1]].forEach((r, k) => {
      [].forEach.call((k < 3 ? R[0] : R[1]).rows[k < 3 ? k + 1 : k - 3].cells, (c, j) => {
        if (j) c.textContent = j > s.length ? (r[1] == null ? "" : F(r[1])) : F(r[0][j - 1]);
      });
    });
    T.out.textContent = MG.fixed(T_, 2);
    MG.$(t, ".t").textContent = T.out.textContent;
    out.textContent = "p = (" + g.map(v => MG.fixed(v / b, 4)).join(", ") + ")" + (isFinite(a) ? ", with or without subtracting the max" : "; without subtracting the max, exp overflows");
  }
  function F(v) { return isFinite(v) ? MG.fixed(v, 4) : "overflow"; }
  calc();
});
