/* samples: the run's names per rung (the build's table, reused), then names drawn in the page from
   the trained weights for a temperature and a seed: the same seed always gives the same names. */
MG.register("samples", function (box, data, fig) {
  var el = MG.el, M, drawn = el("ul", {class: "names drawn"}), say = MG.live("summary-line");
  var t = MG.slider("Temperature", 0.05, 2, 1, draw, 0.05);
  var seed = MG.input(data.seed, draw, 10);
  seed.className = "num";
  seed.inputMode = "numeric";
  var next = MG.btn("Next seed", function () { seed.value = (+seed.value || 0) + 1; draw(); });
  var pick = data.live.length > 1 && MG.select(data.live.map(function (m) { return [m.key, m.title]; }), data.live[0].key, use);
  MG.add(box, [fig.querySelector(".static .scroll").cloneNode(true),
    el("div", {class: "controls"}, [pick && el("label", {}, ["Model", pick]), t.row, el("label", {}, ["Seed", seed]), next]),
    say, drawn]);

  function use(k) { M = MG.model(k); t.input.value = data.t || M.T; draw(); }
  function draw() {
    seed.value = seed.value.replace(/\D/g, "").slice(0, 10);
    var s = Math.min(+seed.value, 4294967295), r = MG.random(s), T = +t.input.value, names = [];
    t.out.textContent = MG.fixed(T, 2);
    for (var i = 0; i < data.count; i++) names.push(M.sample(r, T));
    say.textContent = "Drawn in your browser by " + (pick ? pick.selectedOptions[0].text : data.live[0].title)
      + ", seed " + s + ", temperature " + MG.fixed(T, 2) + ":";
    MG.put(drawn, names.map(function (n) { return el("li", {}, n || el("span", {class: "muted"}, "(empty)")); }));
  }
  use(data.live[0].key);
});
