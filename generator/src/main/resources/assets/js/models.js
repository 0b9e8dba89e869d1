/* CPython's random; the rungs computing in the Java model's order (Inference.java) */
(() => {
  var N = 624, im = Math.imul, pw = Math.pow;
  MG.random = seed => {   /* init_genrand(19650218), init_by_array([seed]) */
    var mt = new Uint32Array(N), i, k, at = N, f = (m, c) => im(mt[i - 1] ^ mt[i - 1] >>> 30, m) + c;
    mt[0] = 19650218;
    for (i = 1; i < N; i++) mt[i] = f(1812433253, i);
    var mix = (m, c) => { mt[i] = (mt[i] ^ f(m, 0)) + c; if (++i >= N) mt[0] = mt[N - 1], i = 1; };
    for (i = 1, k = N; k--;) mix(1664525, seed);
    for (k = N - 1; k--;) mix(1566083941, -i);
    mt[0] = 1 << 31;
    var word = (t, y) => {
      if (at >= N) for (at = 0; at < N; at++) y = mt[at] & 1 << 31 | mt[(at + 1) % N] & 0x7fffffff, mt[at] = mt[(at + 397) % N] ^ y >>> 1 ^ (y & 1) * 0x9908b0df;
      if (at >= N) at = 0;
      t = mt[at++];
      t ^= t >>> 11; t ^= t << 7 & 0x9d2c5680; t ^= t << 15 & 0xefc60000;
      return (t ^ t >>> 18) >>> 0;
    };
    var random = () => ((word() >>> 5) * 67108864 + (word() >>> 6)) / 2 ** 53;
    return {word, random, choices: (w, s = 0) => {   /* cumulative weights, bisect right */
      var c = w.map(v => s += v), lo = 0, hi = w.length - 1, x = random() * s, m;
      while (lo < hi) x < c[m = lo + hi >> 1] ? hi = m : lo = m + 1;
      return lo;
    }};
  };

  var lin = (x, m) => m.map(r => { for (var s = 0, j = 0; j < x.length; j++) s += r[j] * x[j]; return s; });
  var rms = (x, s = 0) => (x.forEach(v => s += v * v), s = pw(s * pw(x.length, -1) + 1e-5, -0.5), x.map(v => v * s));
  var relu = x => x.map(v => v > 0 ? v : 0), plus = (a, b) => a.map((v, i) => v + b[i]);
  var soft = (l, div, t = 0) => {
    var m = Math.max(...l), e = l.map(v => (v = Math.exp(v - m), t += v, v)), k = pw(t, -1);
    return e.map(v => div ? v / t : v * k);
  };

  MG.model = key => {
    var d = MG.shared(key);
    if (d.M) return d.M;
    var W = {}, o = 0, r = d.rung, U = d.u, f = r && MG.unpack(d.w);
    (d.names || []).forEach((n, i, _, [a, b] = d.shapes[i]) => (W[n] = MG.rows(f, a, b, o), o += a * b));
    var M = d.M = {rung: r, T: d.t, U, W, soft: l => soft(l, r == 1)};
    M.mlp = t => {
      var x = W.wte[t], hPre = lin(x, W.mlp_fc1), h = relu(hPre);
      return {x, hPre, h, logits: lin(h, W.mlp_fc2)};
    };
    M.trace = ids => {   /* rungs 3-5, at most one position per row of wpe, with a KV cache */
      var H = d.heads, hd = W.wte[0].length / H, sc = pw(pw(hd, 0.5), -1), K = [], V = [];
      return ids.slice(0, W.wpe.length).map((t, pos) => {
        var p = {token: t, tokEmb: W.wte[t], posEmb: W.wpe[pos], logits: [], weights: [], attn: []}, x = p.x = rms(plus(p.tokEmb, p.posEmb)), n = rms(x);
        p.q = lin(n, W.attn_wq); K.push(p.k = lin(n, W.attn_wk)); V.push(p.v = lin(n, W.attn_wv));
        for (var h = 0; h < H; h++) {
          var a = h * hd, j, w = p.weights[h] = soft(p.logits[h] = K.map(k => {
            for (var s = 0, j = a; j < a + hd; j++) s += p.q[j] * k[j];
            return s * sc;
          }));
          for (j = a; j < a + hd; j++) { for (var s = 0, u = 0; u < V.length; u++) s += w[u] * V[u][j]; p.attn[j] = s; }
        }
        var y = plus(lin(p.attn, W.attn_wo), x), z = plus(lin(relu(lin(rms(y), W.mlp_fc1)), W.mlp_fc2), y);
        p.probs = soft(p.out = lin(z, W.lm_head));
        return p;
      });
    };
    M.logits = ids => r > 2 ? M.trace(ids).pop().out : M.mlp(ids.at(-1)).logits;
    M.next = (ids, c = d.counts) => r ? M.soft(M.logits(ids)) : (c = c[ids.at(-1)], c.map(v => (v + 1) / c.reduce((a, b) => a + b, c.length)));
    M.sample = (rng, T) => {   /* a name: draw each next token until BOS, at most d.block */
      for (var ids = [U.length], i = 0, t; i++ < d.block && (t = rng.choices(r ? M.soft(M.logits(ids).map(l => r == 1 ? l / T : l * pw(T, -1)))
        : M.next(ids).map(v => T == 1 ? v : pw(v, 1 / T)))) < U.length;) ids.push(t);
      return ids.slice(1).map(t => U[t]).join("");
    };
    return M;
  };
})();
