/*
 * slope: the real loss along one weight (step1.lossSlice). An ε slider shows the secant from the
 * chosen point approaching the tangent, whose slope is the analytic gradient, and marks the row
 * of that secant in the build's table.
 */
"use strict";
MG.register("slope", (box, data, figure) => {
  const secants = data.secants; // [ε, slope] pairs
  const points = data.points; // [weight value, loss] along the slice
  let shown = data.shown;
  let width = 0;
  const out = MG.liveRegion();
  const plot = MG.element("div");
  const built = MG.adopt(box, figure);
  const table = MG.find(built, "tbody");
  const formatEpsilon = e => (e < 0.01 ? MG.scientific(e, 0) : e);
  const slider = MG.slider("ε", 0, secants.length - 1, shown, value => {
    shown = value;
    draw();
  });
  MG.findAll(built, "svg").forEach((svg, i) => (i ? svg.remove() : svg.replaceWith(plot)));
  built.prepend(out);
  plot.after(MG.element("div", { class: "controls" }, slider.row));

  function draw() {
    const [epsilon, slope] = secants[shown];
    const x = data.value;
    const loss = data.loss;
    const gradient = data.gradient;
    const losses = points.map(point => point[1]);
    out.textContent =
      `ε = ${formatEpsilon(epsilon)} · secant slope ${MG.fixed(slope, 6)} · ` +
      `analytic gradient ${MG.fixed(gradient, 6)} · ` +
      `difference ${MG.scientific(slope - gradient, 2)}`;
    const frame = MG.chart({
      id: figure.id,
      width,
      height: width < 480 ? 208 : 256,
      x0: points[0][0],
      x1: points.at(-1)[0],
      low: Math.min(...losses),
      high: Math.max(...losses),
      label: out.textContent,
    });
    const group = frame.group("slope");
    frame.line(points, "curve", 0, group);
    frame.line(
      [
        [x - 0.4, loss - 0.4 * gradient],
        [x + 0.4, loss + 0.4 * gradient],
      ],
      "tangent",
      0,
      group,
    );
    frame.line(
      [
        [x - 0.2, loss - 0.2 * slope],
        [x + epsilon + 0.2, loss + (epsilon + 0.2) * slope],
      ],
      "secant",
      0,
      group,
    );
    const ends = [
      [x, loss],
      [x + epsilon, loss + epsilon * slope],
    ];
    MG.append(
      group,
      ends.map(([px, py], i) =>
        MG.element("@circle", {
          class: i ? "dot q" : "dot",
          r: 4,
          cx: frame.x(px),
          cy: frame.y(py),
        }),
      ),
    );
    MG.replaceChildren(plot, frame.svg);
    [...table.rows].forEach((row, i) => {
      row.className = i === shown ? "current" : "";
    });
    slider.out.textContent = formatEpsilon(epsilon);
  }
  MG.onWidth(plot, w => {
    width = w;
    draw();
  });
});
