/*
 * The loss chart, shared by loss-curve and training-replay: the loss per step of one or more
 * rungs with its moving average, the ln 27 baseline, a pointer or slider readout, series toggles
 * and a log scale. With data.replay it draws itself up to a step, ten steps a frame, with each
 * step's training name; with data.gap it reads out the measured gap between rungs 1 and 2.
 */
"use strict";
MG.lossChart = (box, data, figure) => {
  const series = data.series;
  const stepCount = series[0].loss.length;
  const windowSize = data.window;
  const replay = data.replay;
  const STEPS_PER_FRAME = 10;
  let logScale = false;
  let current = stepCount; // the step read out
  let drawnUpTo = stepCount; // replay: the last step drawn
  let width = 0;
  let frame = null;
  let dots = [];
  let moveRule = () => {};
  let averages = [];
  const visible = series.map(() => true);
  const out = MG.liveRegion();
  const plot = MG.element("div");

  const checkbox = (label, className, checked, onChange) =>
    MG.element("label", { class: className }, [
      MG.element("input", {
        type: "checkbox",
        checked,
        onchange: event => {
          onChange(event.target.checked);
          draw();
        },
      }),
      label,
    ]);

  const frameCount = stepCount / STEPS_PER_FRAME;
  const stepper = replay
    ? MG.stepper(
        "Replay the training",
        () => frameCount + 1,
        (k, where) => {
          current = Math.max(1, k * STEPS_PER_FRAME);
          drawnUpTo = current;
          where.textContent = "step " + MG.integer(current);
          slider.input.value = k;
          draw();
        },
        true,
      )
    : null;
  const slider = replay
    ? MG.slider("Step", 0, frameCount, frameCount, value => stepper.go(value))
    : MG.slider("Step", 1, stepCount, stepCount, value => {
        current = value;
        readOut();
      });

  const toggles =
    series.length > 1
      ? series.map((s, i) =>
          checkbox(s.title, "rung-" + s.rung, true, on => {
            visible[i] = on;
          }),
        )
      : [];
  box.append(
    MG.element("div", { class: "controls" }, [
      ...toggles,
      checkbox("Log scale", undefined, null, on => {
        logScale = on;
      }),
    ]),
    out,
    MG.element("p", { class: "chart-title" }, "loss, nats"),
    plot,
    MG.element("div", { class: "controls" }, slider.row),
    ...(replay ? [stepper.node] : []),
    ...MG.findAll(figure, ".static .chart-note").map(note => note.cloneNode(true)),
  );

  function draw() {
    let low = Infinity;
    let high = data.baseline;
    const rightMargin = width >= 448 ? 130 : 12; // room for the series' names at the line ends
    const shownSteps = replay ? drawnUpTo : stepCount;
    const endLabels = [];
    averages = series.map(s => MG.movingAverage(s.loss, windowSize));
    // the range holds every line drawn, the faint per-step losses too, so none is clipped
    series.forEach((s, i) => {
      if (visible[i]) {
        (windowSize > 1 ? [s.loss, averages[i]] : [averages[i]]).forEach(values =>
          values.forEach(value => {
            low = Math.min(low, value);
            high = Math.max(high, value);
          }),
        );
      }
    });
    frame = MG.chart({
      id: figure.id,
      width,
      height: width < 480 ? 208 : 256,
      x0: 1,
      x1: stepCount,
      low: low < high ? low : high - 1,
      high,
      right: rightMargin,
      log: logScale,
      xTicks: [1, stepCount / 4, stepCount / 2, (3 * stepCount) / 4, stepCount],
      formatX: tick => MG.integer(tick), // the first step is step 1
      label: "Loss per step of " + series.map(s => s.title).join(", "),
    });
    frame.baseline(data.baseline, "uniform guess");
    series.forEach((s, i) => {
      if (!visible[i]) {
        return;
      }
      const group = frame.group("series rung-" + s.rung);
      if (windowSize > 1) {
        frame.line(s.loss.slice(0, shownSteps), "raw", 1, group);
      }
      frame.line(averages[i].slice(0, shownSteps), "line", 1, group);
      endLabels.push({ y: frame.y(averages[i][shownSteps - 1]) + 4, title: s.title });
    });
    if (rightMargin > 12) {
      endLabels
        .sort((a, b) => a.y - b.y)
        .forEach((label, i) => {
          if (i && label.y - endLabels[i - 1].y < 14) {
            label.y = endLabels[i - 1].y + 14; // no two labels on top of each other
          }
          frame.svg.append(
            MG.element(
              "@text",
              { class: "end-label", x: frame.right + 6, y: label.y },
              label.title,
            ),
          );
        });
    }
    moveRule = frame.track(1, shownSteps, value => {
      if (!replay) {
        slider.input.value = value;
      }
      current = value;
      readOut();
    });
    dots = series.map((s, i) => visible[i] && frame.dot("rung-" + s.rung));
    MG.replaceChildren(plot, frame.svg);
    readOut();
  }

  function readOut() {
    const parts = ["step " + MG.integer(current)];
    moveRule(current);
    const trainingName = data.trainingNames ? data.trainingNames[current - 1] : null;
    if (trainingName) {
      parts.push(trainingName);
    }
    series.forEach((s, i) => {
      if (!visible[i]) {
        return;
      }
      const average = averages[i][current - 1];
      dots[i].setAttribute("cx", frame.x(current));
      dots[i].setAttribute("cy", frame.y(average));
      // the moving average at a step averages the last windowSize steps, or all so far
      const last = Math.min(windowSize, current);
      const steps = last === 1 ? "step" : "steps";
      const mean = windowSize > 1 ? ` (mean of last ${last} ${steps} ${MG.fixed(average, 4)})` : "";
      parts.push(s.title + " " + MG.fixed(s.loss[current - 1], 4) + mean);
    });
    // the gap between rungs 1 and 2 only when both are shown
    const bothShown = series.every((s, i) => visible[i] || ![1, 2].includes(s.rung));
    if (data.gap && bothShown) {
      const gap = data.gap[current - 1];
      parts.push("gap " + (gap ? MG.scientific(gap, 2) : "0, identical"));
    }
    slider.out.textContent = MG.integer(current);
    out.textContent = parts.join(" · ");
  }

  MG.onWidth(plot, w => {
    width = w;
    draw();
  });
  if (replay) {
    stepper.go(frameCount);
  }
};
