/*
 * linear: a small linear layer with editable weights and inputs; each output is a dot product,
 * written out as its sum and computed live.
 */
"use strict";
MG.register("linear", (box, data, figure) => {
  const table = MG.find(MG.adopt(box, figure, ".scroll"), "table");
  const out = MG.liveRegion();
  const inputs = {}; // "x0", "w01" … → the input element of that number

  // at most four decimals, no trailing zeros, the typographic minus
  const format = x => String(+x.toFixed(4)).replace("-", MG.MINUS);
  const operand = x => (x < 0 ? "(" + format(x) + ")" : format(x));

  MG.findAll(table, "td[data-v]").forEach(cell => {
    const key = cell.dataset.v;
    const label = key[0] === "x" ? "input " + key[1] : "weight " + key[1] + ", " + key[2];
    const input = MG.element("input", {
      value: cell.textContent.replace(MG.MINUS, "-"),
      inputmode: "decimal",
      pattern: " *-?[0-9]*[.]?[0-9]+ *",
      "aria-label": label,
      oninput: calculate,
    });
    inputs[key] = input;
    MG.replaceChildren(cell, input);
  });

  function calculate() {
    const outputs = [];
    MG.findAll(table, "td.sum").forEach((cell, i) => {
      let y = 0;
      const terms = [];
      for (let j = 0; inputs["x" + j]; j++) {
        const weight = +inputs["w" + i + j].value;
        const x = +inputs["x" + j].value;
        y += weight * x;
        terms.push(operand(weight) + " \u00d7 " + operand(x));
      }
      MG.replaceChildren(cell, [
        MG.element("span", {}, "y"),
        MG.element("sub", {}, i),
        " = " + terms.join(" + ") + " = ",
        MG.element("b", {}, format(y)),
      ]);
      outputs.push(format(y));
    });
    out.textContent = "y = (" + outputs.join(", ") + ")";
  }
  box.append(out);
  calculate();
});
