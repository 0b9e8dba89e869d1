/*
 * The name sampler, shared by the samples and playground widgets: names drawn in the page from
 * a rung's weights (models.js) for a temperature and a seed. The same seed at the rung's own
 * temperature gives the names of the run's last snapshot, because MG.random is CPython's; the
 * page says that the run's own list is a later stretch of the stream.
 */
"use strict";
MG.nameSampler = (box, data, figure) => {
  const live = data.live; // the rungs that can draw: [{key, title}]
  const drawn = MG.element("ul", { class: "names drawn" });
  const say = MG.liveRegion("summary-line");
  const seedProblem = MG.liveRegion("summary-line seed-problem");
  const stream = MG.element(
    "p",
    { class: "muted stream" },
    "Each seed here starts a fresh generator; the run drew its own list later in the stream " +
      "that had shuffled the names, so no seed here repeats that list.",
  );
  const temperature = MG.slider("Temperature", 5, 200, 100, () => draw(), 5); // hundredths
  const largestSeed = 2 ** 32 - 1; // MG.random takes 32 bits
  const seed = MG.textInput(data.seed, () => draw(), String(largestSeed).length);
  let seedValue = data.seed;
  seed.className = "num";
  seed.inputMode = "numeric";
  const picker =
    live.length > 1
      ? MG.select(
          live.map(m => [m.key, m.title]),
          live[0].key,
          key => use(key),
        )
      : null;
  let model;

  if (MG.find(figure, ".static .scroll")) {
    MG.adopt(box, figure, ".scroll"); // the run's own names, beside the drawn ones
  }
  const nextSeed = () => {
    seedValue = Math.min(seedValue + 1, largestSeed);
    seed.value = seedValue;
    draw();
  };
  box.append(
    MG.element("div", { class: "controls" }, [
      picker && MG.element("label", {}, ["Model", picker]),
      temperature.row,
      MG.element("label", {}, ["Seed", seed]),
      MG.button("Next seed", nextSeed),
    ]),
    seedProblem,
    say,
    drawn,
    stream,
  );

  function use(key) {
    model = MG.model(key);
    temperature.input.value = (data.temperature || model.temperature) * 100;
    draw();
  }

  function draw() {
    // refused, not rounded or cleaned: a seed is a whole number in MG.random's range
    const typed = seed.value.trim();
    const valid = /^\d+$/.test(typed) && +typed <= largestSeed;
    seed.setAttribute("aria-invalid", String(!valid));
    seedProblem.textContent = valid
      ? ""
      : `“${typed}” is not a seed: a whole number from 0 to ${largestSeed}. ` +
        `Still drawing with seed ${seedValue}.`;
    if (valid) {
      seedValue = +typed;
    }
    const rng = MG.random(seedValue);
    const t = temperature.input.value / 100;
    temperature.out.textContent = MG.fixed(t, 2);
    const by = picker ? picker.selectedOptions[0].text : live[0].title;
    say.textContent =
      `Drawn in your browser by ${by}, seed ${seedValue}, ` +
      `temperature ${temperature.out.textContent}:`;
    const names = Array.from({ length: data.count }, () => {
      const name = model.sample(rng, t);
      return MG.element("li", {}, name || MG.element("span", { class: "muted" }, "(empty)"));
    });
    MG.replaceChildren(drawn, names);
  }

  use(live[0].key);
};
