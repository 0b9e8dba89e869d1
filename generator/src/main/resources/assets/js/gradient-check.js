/*
 * gradient-check: the numerical against the analytic gradient of all 3,184 weights of Step 1
 * (step1.gradientCheck) as a scatter; the pointer or the arrow keys pick a weight for its name
 * and both values; a button jumps to the largest difference.
 */
"use strict";
MG.register("gradient-check", (box, data, figure) => {
  const analytic = MG.unpack(data.analytic);
  const numerical = MG.unpack(data.numerical);
  let picked = data.worst;
  let width = 0;
  let frame = null;
  let ring = null;
  const out = MG.liveRegion();
  const plot = MG.element("div");
  const built = MG.adopt(box, figure);
  const format = v => MG.fixed(v, 10);
  MG.findAll(built, "svg").forEach((svg, i) => (i ? svg.remove() : svg.replaceWith(plot)));
  built.prepend(
    out,
    MG.element(
      "div",
      { class: "controls" },
      MG.button("Largest difference", () => go(data.worst)),
    ),
  );

  /** A flat index as matrix[row][column], the matrices in order. */
  const weightName = index => {
    let rest = index;
    let m = 0;
    while (rest >= data.rows[m] * data.cols[m]) {
      rest -= data.rows[m] * data.cols[m];
      m++;
    }
    return `${data.matrices[m]}[${Math.floor(rest / data.cols[m])}][${rest % data.cols[m]}]`;
  };

  function go(index) {
    picked = Math.max(0, Math.min(analytic.length - 1, index));
    ring.setAttribute("cx", frame.x(analytic[picked]));
    ring.setAttribute("cy", frame.y(numerical[picked]));
    out.textContent =
      `${weightName(picked)} · numerical ${format(numerical[picked])} · analytic ` +
      `${format(analytic[picked])} · ` +
      `difference ${MG.scientific(numerical[picked] - analytic[picked], 2)}`;
  }

  const keyMoves = {
    ArrowLeft: -1,
    ArrowRight: 1,
    PageUp: -100,
    PageDown: 100,
    Home: -1e4,
    End: 1e4,
  };

  /** The weight whose dot is nearest the pointer. */
  const nearest = event => {
    const bounds = frame.svg.getBoundingClientRect();
    let best = Infinity;
    let bestIndex = picked;
    analytic.forEach((a, i) => {
      const dx = frame.x(a) + bounds.left - event.clientX;
      const dy = frame.y(numerical[i]) + bounds.top - event.clientY;
      const distance = dx ** 2 + dy ** 2;
      if (distance < best) {
        best = distance;
        bestIndex = i;
      }
    });
    return bestIndex;
  };

  function draw() {
    const low = Math.min(...analytic);
    const high = Math.max(...analytic);
    frame = MG.chart({
      id: figure.id,
      width,
      height: width < 480 ? 240 : 320,
      x0: low,
      x1: high,
      low,
      high,
      label:
        "Numerical against analytic gradient, a dot per weight; arrow keys move between weights",
    });
    frame.line(
      [
        [low, low],
        [high, high],
      ],
      "diag",
    );
    // one path of zero-length segments draws 3,184 dots far faster than 3,184 circles
    const dots = [...analytic].map(
      (a, i) => `M${frame.x(a).toFixed(1)} ${frame.y(numerical[i]).toFixed(1)}h0`,
    );
    MG.append(frame.svg, MG.element("@path", { class: "pts", d: dots.join("") }));
    ring = frame.dot("ring");
    frame.svg.tabIndex = 0;
    frame.svg.onkeydown = event => {
      const move = keyMoves[event.key];
      if (move) {
        go(picked + move);
        event.preventDefault();
      }
    };
    frame.svg.onpointermove = event => go(nearest(event));
    MG.replaceChildren(plot, frame.svg);
    go(picked);
  }
  MG.onWidth(plot, w => {
    width = w;
    draw();
  });
});
