/*
 * The name sampler, shared by the samples and playground widgets: names drawn in the page from
 * a rung's weights (models.js) for a temperature and a seed. The same seed at the rung's own
 * temperature gives the names of the run's last snapshot, because MG.random is CPython's.
 */
"use strict";
MG.nameSampler = (box, data, figure) => {
  const live = data.live; // the rungs that can draw: [{key, title}]
  const drawn = MG.element("ul", { class: "names drawn" });
  const say = MG.liveRegion("summary-line");
  const temperature = MG.slider("Temperature", 5, 200, 100, () => draw(), 5); // hundredths
  const seed = MG.textInput(data.seed, () => draw(), 10);
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
    seed.value = +seed.value + 1;
    draw();
  };
  box.append(
    MG.element("div", { class: "controls" }, [
      picker && MG.element("label", {}, ["Model", picker]),
      temperature.row,
      MG.element("label", {}, ["Seed", seed]),
      MG.button("Next seed", nextSeed),
    ]),
    say,
    drawn,
  );

  function use(key) {
    model = MG.model(key);
    temperature.input.value = (data.temperature || model.temperature) * 100;
    draw();
  }

  function draw() {
    seed.value = seed.value.replace(/\D/g, "");
    const seedValue = Math.min(seed.value, 2 ** 32 - 1); // MG.random takes 32 bits
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
