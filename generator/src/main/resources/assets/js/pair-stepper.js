/*
 * pair-stepper: a name pair by pair under a rung after some steps: each pair's probability, its
 * surprise −ln p and the running mean, which at the last pair is the loss of the name. Rung 0
 * computes from the count snapshots; rungs 1–5 show the run's examples and, after the final
 * step (data.finalStep), run any typed name through the in-page model (models.js).
 */
"use strict";
MG.register("pair-stepper", (box, data) => {
  const uchars = data.uchars;
  const vocabularySize = uchars.length + 1;
  const counting = !data.rung; // rung 0: counts, not weights
  const saved = counting ? data.snapshots : data.examples;
  const steps = [...new Set(saved.map(entry => entry.step))];
  let step = data.step;
  let pairs = [];
  const note = MG.liveRegion("summary-line");
  const body = MG.element("tbody");
  const out = MG.liveRegion();

  const describe = (pair, k) => {
    const formula = counting
      ? `(${MG.integer(pair.count)} + 1) / (${MG.integer(pair.total)} + ${vocabularySize}) = `
      : "";
    const last = k === pairs.length - 1 ? " = the loss of this name" : "";
    return (
      `${MG.tokenLabel(pair.from, uchars)} → ${MG.tokenLabel(pair.to, uchars)}: p = ${formula}` +
      `${MG.fixed(pair.p, 4)}, −ln p = ${MG.fixed(pair.nll, 4)}; ` +
      `mean of ${k + 1} = ${MG.fixed(pair.mean, 4)}${last}`
    );
  };
  const stepper = MG.stepper(
    "Step through the pairs",
    () => pairs.length,
    (k, where) => {
      [...body.rows].forEach((row, i) => {
        row.className = i === k ? "current" : i > k ? "future" : "";
      });
      where.textContent = `pair ${k + 1} of ${pairs.length}`;
      out.textContent = describe(pairs[k], k);
    },
    true,
  );
  const input = MG.textInput(data.name, () => {
    stepper.stop();
    calculate();
  });
  const stepPicker = MG.select(
    steps.map(s => [s, MG.afterSteps(s)]),
    step,
    value => {
      step = +value;
      calculate();
    },
  );
  const headings = (counting ? ["pair", "count", "row total"] : ["pair"]).concat(
    "p",
    "−ln p",
    "running mean",
  );
  box.append(
    MG.element("div", { class: "controls" }, [
      MG.element("label", {}, ["Name", input]),
      MG.element("label", {}, [counting ? "Table" : "Weights", stepPicker]),
    ]),
    note,
    stepper.node,
    MG.element(
      "div",
      { class: "pairs-wrap" },
      MG.element("table", { class: "pairs" }, [
        MG.element(
          "thead",
          {},
          MG.element(
            "tr",
            {},
            headings.map(h => MG.element("th", { scope: "col" }, h)),
          ),
        ),
        body,
      ]),
    ),
    out,
  );

  /** Each pair's p, or nothing when the run has none for this name and step. */
  const probabilities = (ids, name) => {
    if (counting) {
      const counts = saved[steps.indexOf(step)].counts;
      return ids.slice(1).map((next, i) => {
        const row = counts[ids[i]];
        const total = row.reduce((sum, count) => sum + count);
        return { p: (row[next] + 1) / (total + vocabularySize), count: row[next], total };
      });
    }
    const example = saved.find(entry => entry.name === name && entry.step === step);
    if (example) {
      return example.probs.map(p => ({ p }));
    }
    if (step < data.finalStep) {
      return null; // only the final weights are in the page
    }
    const model = MG.model(data.model);
    const trace = model.transformer ? model.trace(ids) : null;
    // a transformer reads at most blockSize positions
    return ids.slice(1, data.blockSize + 1).map((next, i) => {
      const nextProbabilities = trace ? trace[i].probs : model.next(ids.slice(0, i + 1));
      return { p: nextProbabilities[next] };
    });
  };

  function calculate() {
    // a transformer reads blockSize positions: BOS and blockSize − 1 letters
    const limit = data.transformer ? data.blockSize - 1 : undefined;
    const typed = MG.readTyped(input.value, uchars, limit);
    const name = typed.name;
    note.textContent = typed.note;
    const ids = MG.encode(name, uchars);
    const found = probabilities(ids, name);
    if (!found) {
      const names = [...new Set(saved.map(entry => entry.name))].join(", ");
      note.textContent =
        `After ${MG.integer(step)} steps the run read only ${names}; ` +
        `any name works after ${MG.integer(data.finalStep)} steps.`;
      return;
    }
    let surprise = 0;
    pairs = found.map((pair, i) => {
      surprise -= Math.log(pair.p);
      return Object.assign(pair, {
        from: ids[i],
        to: ids[i + 1],
        nll: -Math.log(pair.p),
        mean: surprise / (i + 1),
      });
    });
    MG.replaceChildren(
      body,
      pairs.map(pair => {
        const numbers = (counting ? [MG.integer(pair.count), MG.integer(pair.total)] : []).concat(
          MG.fixed(pair.p, 4),
          MG.fixed(pair.nll, 4),
          MG.fixed(pair.mean, 4),
        );
        return MG.element("tr", {}, [
          MG.element("th", { scope: "row" }, [
            MG.tokenChip(pair.from, uchars),
            " → ",
            MG.tokenChip(pair.to, uchars),
          ]),
          ...numbers.map(value => MG.element("td", {}, value)),
        ]);
      }),
    );
    stepper.go(stepper.current());
  }
  calculate();
  stepper.go(0);
});
