/*
 * count-table: Step 0's 27×27 bigram counts as the build's heatmap, with a slider over the kept
 * snapshots; a cell's readout on hover or focus; a picked row's smoothed probabilities as bars.
 * The build's one colour scale serves every snapshot, so the legend never changes.
 */
"use strict";
MG.register("count-table", (box, data, figure) => {
  const uchars = data.uchars;
  const snapshots = data.snapshots;
  let shown = snapshots.findIndex(snapshot => snapshot.step === data.step);
  let pickedRow = data.row; // −1: no row picked
  const out = MG.liveRegion();
  const label = id => MG.tokenLabel(id, uchars);
  const slider = MG.slider("Snapshot", 0, snapshots.length - 1, shown, value => {
    shown = value;
    paint();
  });
  slider.input.hidden = snapshots.length < 2; // one snapshot: nothing to slide, so no control
  box.append(MG.element("div", { class: "controls" }, slider.row), out);

  const split = MG.adopt(box, figure, ".hm-split");
  const edges = data.edges;
  const counts = i => snapshots[shown].counts[i];
  const rowTotal = i => counts(i).reduce((sum, count) => sum + count);
  // add-one smoothing: (count + 1) / (row total + vocabulary size)
  const probability = (i, j) =>
    (counts(i)[j] + 1) / counts(i).reduce((sum, count) => sum + count, uchars.length + 1);

  const say = (i, j) => {
    out.textContent =
      `after ${label(i)} → ${label(j)} · count ${MG.integer(counts(i)[j])} · ` +
      `row total ${MG.integer(rowTotal(i))} · ` +
      `p(${label(j)} | ${label(i)}) = ${MG.fixed(probability(i, j), 4)}`;
  };
  const cells = MG.grid(MG.find(split, "table"), say, i => {
    pickedRow = i;
    paint();
  });

  function paint() {
    slider.out.textContent = MG.afterSteps(snapshots[shown].step);
    cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        cell.className = MG.heatClass(counts(i)[j], edges) + (i === pickedRow ? " sel" : "");
        cell.textContent = counts(i)[j];
      }),
    );
    say(...cells.focused());
    if (pickedRow >= 0) {
      const probabilities = [...uchars, "BOS"].map((_, j) => probability(pickedRow, j));
      split.lastChild.replaceWith(MG.bars(probabilities, uchars, `p(next | ${label(pickedRow)})`));
    }
  }
  paint();
});
