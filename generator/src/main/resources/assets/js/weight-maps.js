/*
 * Weight heatmaps, shared by weights and scrubber: a rung's matrices as the build's heatmaps in
 * a diverging palette, repainted for a saved step picked from a list; a value on hover or focus.
 * Each matrix keeps the build's one scale for every step, so colour changes only where weights
 * do; a second view shows each weight's change since the first saved step, on its own scale.
 * With data.loss (the scrubber) one slider drives the heatmaps, the loss so far and the names
 * the weights made up at that step.
 */
"use strict";
MG.weightMaps = (box, data, figure) => {
  const steps = data.steps;
  const loss = data.loss; // the scrubber's loss per step, or undefined
  let shown = steps.findIndex(step => step.step === data.step);
  let width = 0;
  let change = false; // showing weight − weight at the first saved step
  const base = MG.unpack(steps[0].weights);
  const out = MG.liveRegion();
  const built = MG.adopt(box, figure);
  const plot = MG.element("div");
  const heatmaps = MG.findAll(built, "table.hm").map((table, m) =>
    MG.grid(table, (i, j) => {
      const what = change ? ` − at step ${MG.integer(data.base)}` : "";
      const value = MG.fixed(heatmaps[m][i][j].value, 4);
      out.textContent = `${data.matrices[m]}[${i}][${j}]${what} = ${value}`;
    }),
  );
  const slider = loss ? MG.slider("Step", 0, steps.length - 1, shown, paint) : null;
  const mats = MG.findAll(built, ".mat");
  const viewOptions = [
    [0, "the weights"],
    [1, "change since step " + MG.integer(data.base)],
  ];
  const view = MG.element("label", {}, [
    "Show",
    MG.select(viewOptions, 0, value => {
      change = value === "1";
      paint(shown);
    }),
  ]);

  if (steps.length > 1) {
    MG.find(built, ".picked").remove(); // the static figure's "at step N" line: the control says it
    const stepOptions = steps.map((step, i) => [i, MG.afterSteps(step.step)]);
    box.prepend(
      loss
        ? MG.element("div", { class: "controls" }, [slider.row, view])
        : MG.element("div", { class: "controls" }, [
            MG.element("label", {}, ["Weights", MG.select(stepOptions, shown, paint)]),
            view,
          ]),
    );
  }
  box.append(out);
  if (loss) {
    MG.findAll(built, ".curve svg").forEach((svg, i) => (i ? svg.remove() : svg.replaceWith(plot)));
    MG.onWidth(plot, w => {
      width = w;
      drawLoss();
    });
  }

  function drawLoss() {
    const upTo = steps[shown].step || 1; // step 0 still shows the first loss
    const frame = MG.chart({
      id: figure.id,
      width,
      height: 180,
      x0: 1,
      x1: loss.length,
      low: Math.min(...loss),
      high: Math.max(...loss),
      label: "loss so far",
    });
    const group = frame.group("series rung-" + data.rung);
    frame.baseline(data.baseline);
    frame.line(loss.slice(0, upTo), "raw", 1, group);
    frame.line(MG.movingAverage(loss, data.window).slice(0, upTo), "line", 1, group);
    MG.replaceChildren(plot, frame.svg);
  }

  function paint(index) {
    shown = +index;
    const step = steps[shown];
    const values = MG.unpack(step.weights);
    let next = 0; // the weights come packed matrix after matrix, row after row
    heatmaps.forEach((cells, m) => {
      const scale = data.scales[m];
      const edges = change ? scale.changeEdges : scale.edges;
      MG.find(mats[m], ".hm-legend").outerHTML = change ? scale.changeLegend : scale.legend;
      MG.find(mats[m], ".hm-bound").textContent = change ? scale.changeBound : scale.bound;
      cells.forEach(row =>
        row.forEach(cell => {
          // four decimals, as the weights came, so a weight that never moved shows 0.0000
          cell.value = change ? +(values[next] - base[next]).toFixed(4) : values[next];
          next++;
          cell.className = MG.signedHeatClass(cell.value, edges);
          cell.textContent = MG.fixed(cell.value, 4);
        }),
      );
    });
    if (loss) {
      slider.out.textContent = MG.afterSteps(step.step);
      MG.replaceChildren(
        MG.find(built, "ul.names"),
        step.samples.map(name => MG.element("li", {}, name)),
      );
      if (width) {
        drawLoss();
      }
    }
  }
  paint(shown);
};
