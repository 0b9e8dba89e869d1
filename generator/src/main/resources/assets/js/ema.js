/* ema: a gradient series, its moving average for β, and bias-corrected */
MG.register("ema", (box, d, fig) => {
  var G = MG.unpack(d.g), N = G.length, b = d.beta, at = 1, W, rule, E, out = MG.live(), plot = MG.el("div"), s = MG.adopt(box, fig), F = v => MG.fixed(v, 4);
  var sb = MG.slider("β", 0, 99, b * 100, v => (b = v / 100, draw())), ss = MG.slider("Step", 1, N, 1, v => (at = v, say()));
  MG.$$(s, "svg").forEach((v, i) => i ? v.remove() : v.replaceWith(plot));
  plot.before(out);
  plot.after(MG.el("div", {class: "controls"}, [sb.row, ss.row]));
  function draw(m = 0) {
    var e = [...G].map(g => m = b * m + (1 - b) * g), c = MG.chart({id: fig.id, w: W, h: W < 480 ? 208 : 256, x0: 1, x1: N, lo: Math.min(0, ...G), hi: Math.max(...G), label: "Gradient, moving average and bias-corrected average per step"}), g = c.g("ema");
    E = [e, e.map((v, i) => v / (1 - b ** (i + 1)))];
    [G, ...E].forEach((v, i) => c.line(v, ["g", "m", "mc"][i], 1, g));
    rule = c.track(1, N, v => (at = ss.input.value = v, say()));
    MG.put(plot, c.svg);
    say();
  }
  function say() {
    rule(at);
    sb.out.textContent = MG.fixed(b, 2);
    ss.out.textContent = at;
    out.textContent = `step ${at} · gradient ${F(G[at - 1])} · average ${F(E[0][at - 1])} · bias-corrected ${F(E[1][at - 1])}`;
  }
  MG.onWidth(plot, w => (W = w, draw()));
});
