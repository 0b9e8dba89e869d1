/* In-page models: CPython's random (MT19937 seeded by init_by_array, random(), choices) and the
   trained rungs run from their final weights in the Java model's order of operations (sums start
   from 0; from rung 2 on, a / b is a * b^-1). Inference.java is the build's twin. */
(function (MG) {
  var N = 624, im = Math.imul, pw = Math.pow;

  MG.random = function (seed) {   /* random.seed(seed): init_genrand(19650218), init_by_array([seed]) */
    var mt = new Uint32Array(N), i, k, at = N;
    mt[0] = 19650218;
    for (i = 1; i < N; i++) mt[i] = im(1812433253, mt[i - 1] ^ mt[i - 1] >>> 30) + i;
    for (i = 1, k = N; k; k--) {
      mt[i] = (mt[i] ^ im(mt[i - 1] ^ mt[i - 1] >>> 30, 1664525)) + seed;
      if (++i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    for (k = N - 1; k; k--) {
      mt[i] = (mt[i] ^ im(mt[i - 1] ^ mt[i - 1] >>> 30, 1566083941)) - i;
      if (++i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 1 << 31;
    function word() {
      if (at >= N) {
        for (var j = 0, y; j < N; j++) {
          y = mt[j] & 1 << 31 | mt[(j + 1) % N] & 0x7fffffff;
          mt[j] = mt[(j + 397) % N] ^ y >>> 1 ^ (y & 1 ? 0x9908b0df : 0);
        }
        at = 0;
      }
      var t = mt[at++];
      t ^= t >>> 11; t ^= t << 7 & 0x9d2c5680; t ^= t << 15 & 0xefc60000;
      return (t ^ t >>> 18) >>> 0;
    }
    function random() { return ((word() >>> 5) * 67108864 + (word() >>> 6)) / 9007199254740992; }
    return {word: word, random: random, choices: function (w) {   /* cumulative weights, bisect right */
      var c = [], s = 0, lo = 0, hi = w.length - 1, x, m;
      w.forEach(function (v) { c.push(s += v); });
      for (x = random() * s; lo < hi;) if (x < c[m = lo + hi >> 1]) hi = m; else lo = m + 1;
      return lo;
    }};
  };

  function lin(x, m) { return m.map(function (r) { for (var s = 0, j = 0; j < x.length; j++) s += r[j] * x[j]; return s; }); }
  function rms(x) {
    var s = 0;
    x.forEach(function (v) { s += v * v; });
    s = pw(s * pw(x.length, -1) + 1e-5, -0.5);
    return x.map(function (v) { return v * s; });
  }
  function relu(x) { return x.map(function (v) { return v > 0 ? v : 0; }); }
  function plus(a, b) { return a.map(function (v, i) { return v + b[i]; }); }
  function soft(l, div) {
    var m = Math.max.apply(null, l), t = 0, e = l.map(function (v) { return v = Math.exp(v - m), t += v, v; }), k = pw(t, -1);
    return e.map(function (v) { return div ? v / t : v * k; });
  }

  /* The model a page shares as "m<rung>": rung 0 its counts, the others their weights. */
  MG.model = function (key) {
    var d = MG.shared(key), W = {}, f, o = 0, r = d.rung, U = d.u;
    if (d.M) return d.M;
    if (r) f = MG.unpack(d.w);
    (d.names || []).forEach(function (n, i) { W[n] = MG.rows(f, d.shapes[i][0], d.shapes[i][1], o); o += d.shapes[i][0] * d.shapes[i][1]; });
    var M = d.M = {rung: r, T: d.t, U: U, W: W, soft: function (l) { return soft(l, r == 1); }};
    M.mlp = function (t) {   /* rungs 1-2: one token's embedding -> hidden -> logits */
      var x = W.wte[t], hPre = lin(x, W.mlp_fc1), h = relu(hPre);
      return {x: x, hPre: hPre, h: h, logits: lin(h, W.mlp_fc2)};
    };
    M.trace = function (ids) {   /* rungs 3-5 reading ids (at most 16) with a KV cache: every position's numbers */
      var H = d.heads, hd = 16 / H, sc = pw(pw(hd, 0.5), -1), K = [], V = [];
      return ids.slice(0, 16).map(function (t, pos) {
        var p = {token: t, tokEmb: W.wte[t], posEmb: W.wpe[pos], logits: [], weights: [], attn: []}, x = p.x = rms(plus(p.tokEmb, p.posEmb)), n = rms(x);
        p.q = lin(n, W.attn_wq); K.push(p.k = lin(n, W.attn_wk)); V.push(p.v = lin(n, W.attn_wv));
        for (var h = 0; h < H; h++) {
          var a = h * hd, b = a + hd, j, w = p.weights[h] = soft(p.logits[h] = K.map(function (k) {
            for (var s = 0, j = a; j < b; j++) s += p.q[j] * k[j];
            return s * sc;
          }));
          for (j = a; j < b; j++) { for (var s = 0, u = 0; u < V.length; u++) s += w[u] * V[u][j]; p.attn[j] = s; }
        }
        var y = plus(lin(p.attn, W.attn_wo), x), z = plus(lin(relu(lin(rms(y), W.mlp_fc1)), W.mlp_fc2), y);
        p.probs = soft(p.out = lin(z, W.lm_head));
        return p;
      });
    };
    M.logits = function (ids) {   /* after a context (BOS first): the whole prefix for a transformer, the last token otherwise */
      return r > 2 ? M.trace(ids).pop().out : M.mlp(ids[ids.length - 1]).logits;
    };
    M.next = function (ids) {
      if (r) return M.soft(M.logits(ids));
      var c = d.counts[ids[ids.length - 1]], t = c.length;
      c.forEach(function (v) { t += v; });
      return c.map(function (v) { return (v + 1) / t; });
    };
    M.sample = function (rng, T) {   /* a made-up name at temperature T: each next token drawn, until BOS or 16 tokens */
      for (var ids = [U.length], i = 0, t; i < 16; i++) {
        t = rng.choices(r ? M.soft(M.logits(ids).map(function (l) { return r == 1 ? l / T : l * pw(T, -1); }))
          : M.next(ids).map(function (v) { return T == 1 ? v : pw(v, 1 / T); }));
        if (t == U.length) break;
        ids.push(t);
      }
      return ids.slice(1).map(function (t) { return U[t]; }).join("");
    };
    return M;
  };
}(MG));
