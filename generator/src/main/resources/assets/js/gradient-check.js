/*
 * gradient-check: the numerical against the analytic gradient of all 3,184 weights of Step 1
 * (step1.gradientCheck) as a scatter on equal scales, so the diagonal is the 45° line; under it
 * the |difference| of each weight on a log axis, where a 10⁻⁹ disagreement is visible; the
 * pointer or the arrow keys pick a weight for its name and both values; a button jumps to the
 * largest difference.
 */
"use strict";
MG.register("gradient-check", (box, data, figure) => {
  const analytic = MG.unpack(data.analytic);
  const numerical = MG.unpack(data.numerical);
  let picked = data.worst;
  let width = 0;
  let frame = null;
  let ring = null;
  let differenceFrame = null;
  let differenceRing = null;
  const out = MG.liveRegion();
  const plot = MG.element("div", { class: "gradient-plots" });
  const difference = i => Math.abs(numerical[i] - analytic[i]);
  const exact = analytic.filter((a, i) => !difference(i)).length;
  const differenceNote = MG.element(
    "p",
    { class: "chart-note" },
    `|numerical − analytic| per weight, on a log axis; ${MG.integer(exact)} of ` +
      `${MG.integer(analytic.length)} weights have a difference of exactly 0 and no dot here.`,
  );
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
    const gap = difference(picked);
    differenceRing.parentNode.style.display = gap ? "" : "none";
    if (gap) {
      differenceRing.setAttribute("cx", differenceFrame.x(analytic[picked]));
      differenceRing.setAttribute("cy", differenceFrame.y(Math.log10(gap)));
    }
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

  // tick-aligned ends that MG.chart keeps as they are, so both axes span exactly this range
  const sharedRange = values => {
    let low = Math.min(...values);
    let high = Math.max(...values);
    for (;;) {
      const axis = MG.ticks(low, high);
      if (axis[0] === low && axis.at(-1) === high) {
        return axis;
      }
      low = Math.min(low, axis[0]);
      high = Math.max(high, axis.at(-1));
    }
  };
  const axis = sharedRange([...analytic, ...numerical]);
  const superscript = n =>
    String(n).replace(/./g, c => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)]);
  const gaps = analytic.map((a, i) => difference(i)).filter(gap => gap > 0);
  // whole decades, at least four, so the log axis is labelled 10⁻¹⁴, 10⁻¹², …
  const decadeLow = Math.floor(Math.log10(Math.min(...gaps)));
  const decadeHigh = Math.max(Math.ceil(Math.log10(Math.max(...gaps))), decadeLow + 4);

  const interact = (svg, label) => {
    svg.tabIndex = 0;
    svg.setAttribute("aria-label", label);
    svg.onkeydown = event => {
      const move = keyMoves[event.key];
      if (move) {
        go(picked + move);
        event.preventDefault();
      }
    };
  };

  function draw() {
    // the plot area of MG.chart is width − 56 by height − 34: a square one has equal scales;
    // 420 px at most, as style.css caps these charts, so they draw at real pixels
    const size = Math.min(width, 420);
    frame = MG.chart({
      id: figure.id,
      width: size,
      height: size - 22,
      x0: axis[0],
      x1: axis.at(-1),
      low: axis[0],
      high: axis.at(-1),
      xTicks: axis,
      formatX: MG.fixed,
      label: "",
    });
    frame.line(
      [
        [axis[0], axis[0]],
        [axis.at(-1), axis.at(-1)],
      ],
      "diag",
    );
    // one path of zero-length segments draws 3,184 dots far faster than 3,184 circles
    const dots = [...analytic].map(
      (a, i) => `M${frame.x(a).toFixed(1)} ${frame.y(numerical[i]).toFixed(1)}h0`,
    );
    MG.append(frame.svg, MG.element("@path", { class: "pts", d: dots.join("") }));
    ring = frame.dot("ring");
    interact(
      frame.svg,
      "Numerical against analytic gradient, a dot per weight, equal scales on both axes; " +
        "arrow keys move between weights",
    );
    frame.svg.onpointermove = event => go(nearest(event));

    differenceFrame = MG.chart({
      id: figure.id + "-d",
      width: size,
      height: Math.round(size / 2),
      x0: axis[0],
      x1: axis.at(-1),
      low: decadeLow,
      high: decadeHigh,
      xTicks: axis,
      formatY: tick => (Number.isInteger(tick) ? "10" + superscript(tick) : ""),
      label: "",
    });
    const gapDots = [...analytic]
      .map((a, i) => [a, difference(i)])
      .filter(([, gap]) => gap > 0)
      .map(([a, gap]) => `M${differenceFrame.x(a).toFixed(1)} ` +
        `${differenceFrame.y(Math.log10(gap)).toFixed(1)}h0`);
    MG.append(
      differenceFrame.svg,
      MG.element("@path", { class: "pts", d: gapDots.join("") }),
    );
    differenceRing = differenceFrame.dot("ring");
    interact(
      differenceFrame.svg,
      "The difference between the two gradients, a dot per weight, on a log axis; " +
        "arrow keys move between weights",
    );
    MG.replaceChildren(plot, [
      frame.svg,
      MG.element("p", { class: "chart-title" }, "|numerical − analytic| (up, log) against " +
        "analytic gradient (across)"),
      differenceFrame.svg,
      differenceNote,
    ]);
    go(picked);
  }
  MG.onWidth(plot, w => {
    width = w;
    draw();
  });
});
