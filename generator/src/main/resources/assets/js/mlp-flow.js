/* mlp-flow: the MLP on a picked token, layer by layer */
MG.register("mlp-flow", (box, d, fig) => {
  var M = MG.model(d.model), U = M.U, s = MG.adopt(box, fig), out = MG.live(), v, N = ["x", "sum", "h", "logit", "p"];
  var B = MG.$$(s, "button[data-t]"), T = MG.$$(s, ".chart-title")[0], G = MG.$$(s, "table").map((t, k) => MG.grid(t, (i, j) => say(k, i * 16 + j)));
  var say = (k, n) => out.textContent = `${N[k]}[${k > 2 ? MG.label(n, U) : n}] = ${MG.fixed(v[k][n], 4)}`;
  function pick(t) {
    var m = M.mlp(t);
    v = [m.x, m.hPre, m.h, m.logits, M.soft(m.logits)];
    B.forEach(b => b.setAttribute("aria-pressed", b.dataset.t == t));
    T.textContent = T.textContent.replace(/\[.*?\]/, `[${MG.label(t, U)}]`);
    G.forEach((R, k) => R.forEach((r, i) => r.forEach((c, j, _, x = v[k][i * 16 + j]) => (c.className = k < 4 ? MG.dbin(x, d.edges[k]) : MG.bin(x, d.pe), c.textContent = MG.fixed(x, 4)))));
    var p = v[4], j = p.indexOf(Math.max(...p));
    out.textContent = `input ${MG.label(t, U)}: most likely next ${MG.label(j, U)}, p = ${MG.fixed(p[j], 4)}`;
  }
  B.forEach(b => (b.hidden = 0, b.onclick = () => pick(+b.dataset.t)));
  box.append(out);
  pick(d.token);
});
