/*
 * softmax: editable logits → exp → probabilities at a temperature, twice: as written, and with
 * the largest logit subtracted first, which changes nothing but keeps exp from overflowing.
 */
"use strict";
MG.register("softmax", (box, data, figure) => {
  const table = MG.find(MG.adopt(box, figure, ".scroll"), "table");
  const [plain, shifted] = table.tBodies; // three rows each: logits/T, exp, p
  const out = MG.liveRegion();
  // what the doubles hold, as SoftmaxWidget.value prints it: Infinity where e^x overflowed, NaN
  // for Infinity / Infinity, and a large value as 8.22e+307 so that it fits the column
  const format = v => {
    if (Number.isNaN(v)) {
      return "NaN";
    }
    if (!isFinite(v)) {
      return (v < 0 ? MG.MINUS : "") + "Infinity";
    }
    return Math.abs(v) >= 1e5 ? v.toExponential(2).replace("-", MG.MINUS) : MG.fixed(v, 4);
  };
  const sum = values => values.reduce((total, v) => total + v, 0);
  const logits = MG.findAll(table, "td[data-v]").map(cell => {
    const input = MG.element("input", {
      value: cell.textContent.replace(MG.MINUS, "-"),
      inputmode: "decimal",
      "aria-label": "logit " + cell.dataset.v,
      oninput: calculate,
    });
    MG.replaceChildren(cell, input);
    return input;
  });
  const temperature = MG.slider("Temperature", 1, 50, data.temperature * 10, calculate); // tenths
  box.append(MG.element("div", { class: "controls" }, temperature.row), out);

  // a row's cells after its head: the values, then the total column (empty when there is none)
  const fillRow = (row, values, total) =>
    [].forEach.call(row.cells, (cell, j) => {
      if (j === 0) {
        return;
      }
      if (j > values.length) {
        cell.textContent = total === undefined ? "" : format(total);
      } else {
        cell.textContent = format(values[j - 1]);
      }
    });

  function calculate() {
    const t = temperature.input.value / 10;
    const scaled = logits.map(input => input.value / t);
    const max = Math.max(...scaled);
    let plainTotal = 0;
    const plainExps = scaled.map(v => {
      plainTotal += Math.exp(v);
      return Math.exp(v);
    });
    const minusMax = scaled.map(v => v - max);
    let shiftedTotal = 0;
    const shiftedExps = minusMax.map(v => {
      shiftedTotal += Math.exp(v);
      return Math.exp(v);
    });
    fillRow(plain.rows[1], scaled);
    fillRow(plain.rows[2], plainExps, plainTotal);
    const plainProbabilities = plainExps.map(v => v / plainTotal);
    fillRow(plain.rows[3], plainProbabilities, sum(plainProbabilities));
    fillRow(shifted.rows[0], minusMax);
    fillRow(shifted.rows[1], shiftedExps, shiftedTotal);
    const shiftedProbabilities = shiftedExps.map(v => v / shiftedTotal);
    fillRow(shifted.rows[2], shiftedProbabilities, sum(shiftedProbabilities));
    temperature.out.textContent = MG.fixed(t, 2);
    MG.find(table, ".t").textContent = temperature.out.textContent;
    const probabilities = shiftedExps.map(v => MG.fixed(v / shiftedTotal, 4)).join(", ");
    const overflow = isFinite(plainTotal)
      ? ", with or without subtracting the max"
      : "; without subtracting the max, exp overflows to Infinity and p is " +
        [...new Set(plainProbabilities.map(format))].join(" or ");
    out.textContent = "p = (" + probabilities + ")" + overflow;
  }
  calculate();
});
