/* samples: the run's names; new ones drawn in the page for a temperature and a seed */
MG.samples = (box, d, fig) => {
  var el = MG.el, M, L = d.live, drawn = el("ul", {class: "names drawn"}), say = MG.live("summary-line"), t = MG.slider("Temperature", 5, 200, 100, draw, 5);
  var seed = Object.assign(MG.input(d.seed, draw, 10), {className: "num", inputMode: "numeric"});
  var pick = L[1] && MG.select(L.map(m => [m.key, m.title]), L[0].key, use);
  MG.$(fig, ".static .scroll") && MG.adopt(box, fig, ".scroll");
  box.append(el("div", {class: "controls"}, [pick && el("label", {}, ["Model", pick]), t.row, el("label", {}, ["Seed", seed]),
    MG.btn("Next seed", () => (seed.value = +seed.value + 1, draw()))]), say, drawn);
  function use(k) { M = MG.model(k); t.input.value = (d.t || M.T) * 100; draw(); }
  function draw() {
    var s = Math.min(seed.value = seed.value.replace(/\D/g, ""), 2 ** 32 - 1), r = MG.random(s), T = t.input.value / 100;
    t.out.textContent = MG.fixed(T, 2);
    say.textContent = `Drawn in your browser by ${pick ? pick.selectedOptions[0].text : L[0].title}, seed ${s}, temperature ${t.out.textContent}:`;
    MG.put(drawn, Array.from({length: d.count}, () => el("li", {}, M.sample(r, T) || el("span", {class: "muted"}, "(empty)"))));
  }
  use(L[0].key);
};
