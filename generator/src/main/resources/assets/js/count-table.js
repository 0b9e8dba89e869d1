/*
 * count-table: Step 0's 27×27 bigram counts as the build's heatmap, with a slider over the kept
 * snapshots; a cell's readout on hover or focus; a picked row's smoothed probabilities as bars.
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
  const legend = MG.find(split, ".hm-legend");
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

  const legendItems = edges => {
    const items = [MG.element("span", { class: "swatch q0" }), " 0 "];
    edges.forEach((from, i) => {
      const to = i < 6 ? edges[i + 1] - 1 : Infinity; // the last bin is open
      if (to < from) {
        return; // an empty bin
      }
      const range = to > 1e9 ? "+" : to > from ? "–" + MG.integer(to) : "";
      items.push(
        MG.element("span", { class: "swatch q" + (i + 1) }),
        ` ${MG.integer(from)}${range} `,
      );
    });
    return items;
  };

  function paint() {
    const edges = snapshots[shown].edges;
    slider.out.textContent = MG.afterSteps(snapshots[shown].step);
    cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        cell.className = MG.heatClass(counts(i)[j], edges) + (i === pickedRow ? " sel" : "");
        cell.textContent = counts(i)[j];
      }),
    );
    MG.replaceChildren(legend, legendItems(edges));
    say(...cells.focused());
    if (pickedRow >= 0) {
      const probabilities = [...uchars, "BOS"].map((_, j) => probability(pickedRow, j));
      split.lastChild.replaceWith(MG.bars(probabilities, uchars, `p(next | ${label(pickedRow)})`));
    }
  }
  paint();
});
