/*
 * ema: a real gradient series of one weight (step5.adam), its exponential moving average for a
 * β slider (at the run's β1 it is Adam's m) and the bias-corrected average; a step slider or the
 * pointer reads all three.
 */
"use strict";
MG.register("ema", (box, data, figure) => {
  const gradients = MG.unpack(data.gradients);
  const count = gradients.length;
  let beta = data.beta;
  let step = 1;
  let width = 0;
  let moveRule = () => {};
  let averages = [[], []]; // the moving average, and bias-corrected
  const out = MG.liveRegion();
  const plot = MG.element("div");
  const built = MG.adopt(box, figure);
  const format = v => MG.fixed(v, 4);
  const betaSlider = MG.slider("β", 0, 99, beta * 100, value => {
    beta = value / 100;
    draw();
  });
  const stepSlider = MG.slider("Step", 1, count, 1, value => {
    step = value;
    say();
  });
  // the live chart replaces the first static one; the narrow copy goes
  MG.findAll(built, "svg").forEach((svg, i) => (i ? svg.remove() : svg.replaceWith(plot)));
  plot.before(out);
  plot.after(MG.element("div", { class: "controls" }, [betaSlider.row, stepSlider.row]));

  function draw() {
    let m = 0;
    const average = [...gradients].map(g => {
      m = beta * m + (1 - beta) * g;
      return m;
    });
    averages = [average, average.map((v, i) => v / (1 - beta ** (i + 1)))];
    const frame = MG.chart({
      id: figure.id,
      width,
      height: width < 480 ? 208 : 256,
      x0: 1,
      x1: count,
      low: Math.min(0, ...gradients),
      high: Math.max(...gradients),
      label: "Gradient, moving average and bias-corrected average per step",
    });
    const group = frame.group("ema");
    [gradients, ...averages].forEach((series, i) =>
      frame.line(series, ["g", "m", "mc"][i], 1, group),
    );
    moveRule = frame.track(1, count, value => {
      step = value;
      stepSlider.input.value = value;
      say();
    });
    MG.replaceChildren(plot, frame.svg);
    say();
  }

  function say() {
    moveRule(step);
    betaSlider.out.textContent = MG.fixed(beta, 2);
    stepSlider.out.textContent = step;
    out.textContent =
      `step ${step} · gradient ${format(gradients[step - 1])} · ` +
      `average ${format(averages[0][step - 1])}` +
      ` · bias-corrected ${format(averages[1][step - 1])}`;
  }
  MG.onWidth(plot, w => {
    width = w;
    draw();
  });
});
