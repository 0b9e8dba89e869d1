/*
 * The browser's only model implementation, shared by every widget that runs a rung and by the
 * trainer (training.js), which trains the same functions on a tape:
 *
 * - MG.random(seed): CPython's Mersenne Twister, so that random(), choices(), shuffle() and
 *   gauss() give the same numbers as Python (and PyRandom in the Java model) for the same seed;
 * - MG.tape(parameters): the autograd of the lessons' Value, made fast (see Tape below);
 * - MG.network(spec, parameters): a rung's forward pass on a tape whose first nodes are its
 *   parameters: the MLP (rungs 1–2) and the transformer with its heads and KV cache (rungs 3–5),
 *   the loss of a name, and sampling with a temperature;
 * - MG.counting(uchars, counts, maxTokens): rung 0's count table;
 * - MG.model(key): the trained rung of the shared data "m<rung>" the build embeds once per page
 *   (Inference.json()): a network (or a count table) on the embedded weights.
 *
 * Every sum, product and power is made in the order the Java model makes it (ladder/Layers.java,
 * autograd/Value.java): sums start from 0 and run left to right, a division is a product with a
 * power (x · b^−1, as Value divides) except in rung 1, whose plain doubles divide, and each
 * product keeps its operands in the Java order, which backward's depth-first order depends on.
 * Floating-point addition is not associative, so reordering any of these would change the last
 * digits; the browser tests pin the numbers to the Java run's (ModelsIT, TrainerIT).
 */
(() => {
  const STATE_WORDS = 624; // the Mersenne Twister's state: 624 32-bit words
  const SHIFT_WORDS = 397;
  const TWO_PI = 2 * Math.PI; // random.py's TWOPI, one constant: x · (2π), not (x · 2) · π

  /** CPython's random.Random(seed) for a seed of at most 32 bits. */
  MG.random = seed => {
    const state = new Uint32Array(STATE_WORDS);
    let i = 1;

    // the Knuth recurrence of init_genrand and init_by_array: a word from the previous one
    const previousMixed = multiplier => {
      const previous = state[i - 1];
      return Math.imul(previous ^ (previous >>> 30), multiplier);
    };

    // init_genrand(19650218)
    state[0] = 19650218;
    for (i = 1; i < STATE_WORDS; i++) {
      state[i] = previousMixed(1812433253) + i;
    }

    // init_by_array([seed]): the key has one word, so key[j] + j is always the seed itself
    const mix = (multiplier, addend) => {
      state[i] = (state[i] ^ previousMixed(multiplier)) + addend;
      i++;
      if (i >= STATE_WORDS) {
        state[0] = state[STATE_WORDS - 1];
        i = 1;
      }
    };
    i = 1;
    for (let k = 0; k < STATE_WORDS; k++) {
      mix(1664525, seed);
    }
    for (let k = 0; k < STATE_WORDS - 1; k++) {
      mix(1566083941, -i);
    }
    state[0] = 1 << 31; // the most significant bit set: the state is never all zeros

    let next = STATE_WORDS; // the next state word to temper; past the end means twist first

    const twist = () => {
      for (let at = 0; at < STATE_WORDS; at++) {
        const bits = (state[at] & (1 << 31)) | (state[(at + 1) % STATE_WORDS] & 0x7fffffff);
        const odd = bits & 1;
        state[at] = state[(at + SHIFT_WORDS) % STATE_WORDS] ^ (bits >>> 1) ^ (odd * 0x9908b0df);
      }
    };

    /** genrand_uint32: the next 32-bit word. */
    const word = () => {
      if (next >= STATE_WORDS) {
        twist();
        next = 0;
      }
      let tempered = state[next];
      next++;
      tempered ^= tempered >>> 11;
      tempered ^= (tempered << 7) & 0x9d2c5680;
      tempered ^= (tempered << 15) & 0xefc60000;
      return (tempered ^ (tempered >>> 18)) >>> 0;
    };

    /** random(): 53 random bits from two words, as a double in [0, 1). */
    const random = () => {
      const high = word() >>> 5; // 27 bits
      const low = word() >>> 6; // 26 bits
      return (high * 67108864 + low) / 2 ** 53;
    };

    /** random.choices(range(n), weights)[0]: cumulative weights, then bisect_right. */
    const choices = weights => {
      let total = 0;
      const cumulative = weights.map(weight => {
        total += weight;
        return total;
      });
      const target = random() * total;
      let low = 0;
      let high = weights.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (target < cumulative[middle]) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return low;
    };

    /** getrandbits(k) for k ≤ 32, then _randbelow(n): draw k bits until the number is < n. */
    const randbelow = n => {
      const bits = 32 - Math.clz32(n); // n.bit_length()
      let r = word() >>> (32 - bits);
      while (r >= n) {
        r = word() >>> (32 - bits);
      }
      return r;
    };

    /** shuffle(list), in place: Fisher–Yates from the last element down, as random.py. */
    const shuffle = list => {
      for (let i = list.length - 1; i > 0; i--) {
        const j = randbelow(i + 1);
        [list[i], list[j]] = [list[j], list[i]];
      }
      return list;
    };

    /**
     * gauss(mu, sigma): Box–Muller, one pair of uniforms for two deviates, the second kept for
     * the next call (random.py of CPython 3.11). Math.log, cos and sin may differ from the C
     * library's in the last bit for a few arguments, as Java's do (PyRandom.java).
     */
    let gaussNext = null;
    const gauss = (mu, sigma) => {
      let z = gaussNext;
      gaussNext = null;
      if (z === null) {
        const x2pi = random() * TWO_PI;
        const g2rad = Math.sqrt(-2 * Math.log(1 - random()));
        z = Math.cos(x2pi) * g2rad;
        gaussNext = Math.sin(x2pi) * g2rad;
      }
      return mu + z * sigma;
    };

    return { word, random, choices, randbelow, shuffle, gauss };
  };

  /**
   * The tape: the lessons' Value, one node per computed number, stored column by column in flat
   * typed arrays instead of one object per node. Node i has
   *
   *   data[i]               its number, computed on the way forward;
   *   grad[i]               d(loss)/d(node i), filled in by backward();
   *   a[i], b[i]            the nodes it was computed from (−1: none);
   *   gradA[i], gradB[i]    d(node i)/d(a), d(node i)/d(b): known at forward time, as in Value.
   *
   * Nodes 0 … P−1 are the parameters, leaves whose data are the weights (so an optimizer updates
   * data[0 … P−1] in place); every operation appends a node. reset() forgets every node after the
   * parameters, ready for the next name: nothing is allocated per node and there are no closures,
   * which is what makes training in the page about as fast as the Java build.
   *
   * Constants are folded into the local gradient (add(x, c), scale(x, c)) as Value folds them.
   * backward() orders the nodes depth first, children in order, each after its children (as
   * microgpt.py's build_topo), and applies the chain rule in reverse: the order in which a node's
   * gradient contributions are added is the reference's, and so are the last bits.
   */
  class Tape {
    constructor(parameters) {
      this.parameterCount = parameters.length;
      this.allocate(Math.max(1 << 16, 2 * parameters.length));
      this.data.set(parameters);
      this.a.fill(-1, 0, parameters.length);
      this.b.fill(-1, 0, parameters.length);
      this.size = parameters.length;
      this.pass = 0; // backward passes so far: the stamp of the current one
    }

    allocate(capacity) {
      const old = this;
      const grown = (Type, array) => {
        const bigger = new Type(capacity);
        if (array) {
          bigger.set(array);
        }
        return bigger;
      };
      this.capacity = capacity;
      this.data = grown(Float64Array, old.data);
      this.grad = grown(Float64Array, old.grad);
      this.gradA = grown(Float64Array, old.gradA);
      this.gradB = grown(Float64Array, old.gradB);
      this.a = grown(Int32Array, old.a);
      this.b = grown(Int32Array, old.b);
      this.seen = grown(Int32Array, old.seen);
      this.order = new Int32Array(capacity); // backward's topological order
    }

    /** A new node: its number, what it was computed from and the local gradients. */
    node(data, a, gradA, b, gradB) {
      if (this.size === this.capacity) {
        this.allocate(2 * this.capacity);
      }
      const i = this.size++;
      this.data[i] = data;
      this.grad[i] = 0;
      this.a[i] = a;
      this.gradA[i] = gradA;
      this.b[i] = b;
      this.gradB[i] = gradB;
      this.seen[i] = 0;
      return i;
    }

    /** Forgets every node computed since the parameters. */
    reset() {
      this.size = this.parameterCount;
    }

    /** A leaf that is no parameter: an input number. */
    constant(value) {
      return this.node(value, -1, 0, -1, 0);
    }

    add(x, y) {
      return this.node(this.data[x] + this.data[y], x, 1, y, 1);
    }

    /** x + c for a constant c (x − c is x + (−c), exactly). */
    addConstant(x, c) {
      return this.node(this.data[x] + c, x, 1, -1, 0);
    }

    /** x · y: each factor's local gradient is the other factor. */
    mul(x, y) {
      const dx = this.data[x];
      const dy = this.data[y];
      return this.node(dx * dy, x, dy, y, dx);
    }

    /** x · c for a constant c: −x is x · (−1), x / c is x · c^−1. */
    scale(x, c) {
      return this.node(this.data[x] * c, x, c, -1, 0);
    }

    /** x^k for a constant k; d/dx = k · x^(k−1). */
    pow(x, k) {
      const dx = this.data[x];
      return this.node(Math.pow(dx, k), x, k * Math.pow(dx, k - 1), -1, 0);
    }

    log(x) {
      const dx = this.data[x];
      return this.node(Math.log(dx), x, 1 / dx, -1, 0);
    }

    exp(x) {
      const e = Math.exp(this.data[x]);
      return this.node(e, x, e, -1, 0);
    }

    /** max(0, x): the gradient passes where x was positive. */
    relu(x) {
      const dx = this.data[x];
      return dx > 0 ? this.node(dx, x, 1, -1, 0) : this.node(0, x, 0, -1, 0);
    }

    /** x / y, a true division: only rung 1 divides so, and its gradient is written by hand. */
    divide(x, y) {
      const dx = this.data[x];
      const dy = this.data[y];
      return this.node(dx / dy, x, 1 / dy, y, -dx / (dy * dy));
    }

    /** The nodes added left to right from Python's integer 0: the first node is x₀ + 0. */
    sum(nodes) {
      let total = this.addConstant(nodes[0], 0);
      for (let i = 1; i < nodes.length; i++) {
        total = this.add(total, nodes[i]);
      }
      return total;
    }

    /** The numbers of a list of nodes. */
    values(nodes) {
      return nodes.map(node => this.data[node]);
    }

    /** Fills in grad for every node the loss depends on, parameters included. */
    backward(loss) {
      this.pass++;
      this.count = 0;
      this.visit(loss);
      const { order, grad, gradA, gradB, a, b } = this;
      grad[loss] = 1;
      for (let k = this.count - 1; k >= 0; k--) {
        const v = order[k];
        const g = grad[v];
        if (a[v] >= 0) {
          grad[a[v]] += gradA[v] * g; // the chain rule, once per use: for x·x, x gets two
        }
        if (b[v] >= 0) {
          grad[b[v]] += gradB[v] * g;
        }
      }
    }

    /** Depth first, a before b, each node after its children; leaves are left out. */
    visit(v) {
      if (this.seen[v] !== this.pass) {
        this.seen[v] = this.pass;
        const a = this.a[v];
        const b = this.b[v];
        if (a >= 0 && this.a[a] >= 0) {
          this.visit(a);
        }
        if (b >= 0 && this.a[b] >= 0) {
          this.visit(b);
        }
        this.order[this.count++] = v;
      }
    }
  }

  MG.tape = parameters => new Tape(parameters);

  /** out[i] = w[i] · x, w[i][j] · x[j] summed left to right: one node per product and sum. */
  const linear = (tape, x, matrix) => {
    const out = new Array(matrix.rows);
    const products = new Array(x.length);
    for (let i = 0; i < matrix.rows; i++) {
      const row = matrix.offset + i * matrix.cols;
      for (let j = 0; j < x.length; j++) {
        products[j] = tape.mul(row + j, x[j]);
      }
      out[i] = tape.sum(products);
    }
    return out;
  };

  /** Row i of a matrix: its parameters' nodes. */
  const row = (matrix, i) => {
    const start = matrix.offset + i * matrix.cols;
    return Array.from({ length: matrix.cols }, (_, j) => start + j);
  };

  /** RMSNorm without weights: x · (mean(x²) + ε)^−½, the mean as the sum times n^−1. */
  const rmsNorm = (tape, x, epsilon) => {
    const squares = x.map(value => tape.mul(value, value));
    const meanSquare = tape.scale(tape.sum(squares), Math.pow(x.length, -1));
    const scale = tape.pow(tape.addConstant(meanSquare, epsilon), -0.5);
    return x.map(value => tape.mul(value, scale));
  };

  /**
   * Softmax with the maximum subtracted (a plain number: no gradient flows through it). Rungs
   * 2–5 multiply each exp by its own total^−1, as Value's e.div(total) does; rung 1 divides.
   */
  const softmax = (tape, logits, divides) => {
    let max = tape.data[logits[0]];
    logits.forEach(logit => {
      max = Math.max(max, tape.data[logit]);
    });
    const exps = logits.map(logit => tape.exp(tape.addConstant(logit, -max)));
    const total = tape.sum(exps);
    return exps.map(e => (divides ? tape.divide(e, total) : tape.mul(e, tape.pow(total, -1))));
  };

  /** The matrices of a network, in creation order, as places on the tape. */
  const place = shapes => {
    const matrices = {};
    let offset = 0;
    shapes.forEach(([name, rows, cols]) => {
      matrices[name] = { offset, rows, cols };
      offset += rows * cols;
    });
    return { matrices, count: offset };
  };

  /**
   * A rung as a network on a tape. spec: kind ("mlp" or "transformer"), division ("divide" or
   * "power"), uchars, shapes ([name, rows, cols] in creation order; layer l's matrices are
   * "layer<l>.attn_wq" …, or "attn_wq" … for a single layer), heads, layers, rmsEps,
   * temperature and maxTokens (the longest sample, and a transformer's context).
   * parameters: the weights, flat in the order of the shapes.
   */
  MG.network = (spec, parameters) => {
    const { matrices } = place(spec.shapes);
    const tape = new Tape(parameters);
    const transformer = spec.kind === "transformer";
    const divides = spec.division === "divide";
    const bos = spec.uchars.length; // the BOS token's id: one past the letters
    const layerMatrix = (layer, name) => matrices[`layer${layer}.${name}`] || matrices[name];
    const net = {
      kind: spec.kind,
      transformer,
      uchars: spec.uchars,
      temperature: spec.temperature,
      tape,
      matrices,
    };

    /** Rungs 1–2: one token's embedding, the hidden layer before and after ReLU, the logits. */
    net.mlpNodes = token => {
      const x = row(matrices.wte, token);
      const hPre = linear(tape, x, matrices.mlp_fc1);
      const h = hPre.map(node => tape.relu(node));
      return { x, hPre, h, logits: linear(tape, h, matrices.mlp_fc2) };
    };

    /**
     * Rungs 3–5: positions through the transformer one at a time (push(token) reads the next
     * position), each layer's keys and values of earlier positions cached as at generation time.
     * Each position keeps (as nodes) what the widgets show: embeddings, q, k, v, attention per
     * head (logits and weights) and its output, and the final logits.
     */
    net.positions = () => {
      const heads = spec.heads;
      const width = matrices.wte.cols;
      const headSize = width / heads;
      const scale = Math.pow(Math.pow(headSize, 0.5), -1); // q·k / √d as Value computes it
      const layers = spec.layers || 1;
      const keys = Array.from({ length: layers }, () => []);
      const values = Array.from({ length: layers }, () => []);
      const eps = spec.rmsEps;
      let position = 0;
      return token => {
        const step = {
          token,
          tokEmb: row(matrices.wte, token),
          posEmb: row(matrices.wpe, position),
        };
        let x = rmsNorm(
          tape,
          step.tokEmb.map((t, i) => tape.add(t, step.posEmb[i])),
          eps,
        );
        step.x = x;
        for (let layer = 0; layer < layers; layer++) {
          const residual = x;
          const normed = rmsNorm(tape, x, eps);
          const q = linear(tape, normed, layerMatrix(layer, "attn_wq"));
          const k = linear(tape, normed, layerMatrix(layer, "attn_wk"));
          const v = linear(tape, normed, layerMatrix(layer, "attn_wv"));
          keys[layer].push(k);
          values[layer].push(v);
          const attentionLogits = [];
          const attentionWeights = [];
          const attention = new Array(width);
          for (let head = 0; head < heads; head++) {
            const start = head * headSize;
            attentionLogits[head] = keys[layer].map(key => {
              const products = [];
              for (let j = start; j < start + headSize; j++) {
                products.push(tape.mul(q[j], key[j]));
              }
              return tape.scale(tape.sum(products), scale);
            });
            const weights = softmax(tape, attentionLogits[head], false);
            attentionWeights[head] = weights;
            for (let j = start; j < start + headSize; j++) {
              attention[j] = tape.sum(
                values[layer].map((value, t) => tape.mul(weights[t], value[j])),
              );
            }
          }
          if (layer === 0) {
            Object.assign(step, { q, k, v, attentionLogits, attentionWeights, attention });
          }
          const attended = linear(tape, attention, layerMatrix(layer, "attn_wo"));
          x = attended.map((node, i) => tape.add(node, residual[i]));
          const before = x;
          const hidden = linear(tape, rmsNorm(tape, x, eps), layerMatrix(layer, "mlp_fc1"));
          const out = linear(
            tape,
            hidden.map(node => tape.relu(node)),
            layerMatrix(layer, "mlp_fc2"),
          );
          x = out.map((node, i) => tape.add(node, before[i]));
        }
        step.logits = linear(tape, x, matrices.lm_head);
        position++;
        return step;
      };
    };

    /** Every position of a token sequence, at most one per row of wpe. */
    net.positionNodes = ids => {
      const push = net.positions();
      return ids.slice(0, matrices.wpe.rows).map(token => push(token));
    };

    /** The logits (nodes) after each position of a name's tokens, at most maxTokens of them. */
    const logitsAfterEach = tokens =>
      transformer
        ? net.positionNodes(tokens).map(step => step.logits)
        : tokens.map(token => net.mlpNodes(token).logits);

    /**
     * The loss of a name (its tokens, BOS at both ends) as a node: the mean of −log p(next token),
     * (1/n) · sum, over its first n pairs (a transformer reads at most maxTokens positions).
     */
    net.lossNode = tokens => {
      const n = transformer ? Math.min(spec.maxTokens, tokens.length - 1) : tokens.length - 1;
      const logits = logitsAfterEach(tokens.slice(0, n));
      const losses = logits.map((scores, pos) =>
        tape.scale(tape.log(softmax(tape, scores, divides)[tokens[pos + 1]]), -1),
      );
      return tape.scale(tape.sum(losses), 1 / n);
    };

    net.softmaxNodes = logits => softmax(tape, logits, divides);

    /** Runs f on the tape and forgets what it computed: inference needs no gradient. */
    const numbers = f => {
      try {
        return f();
      } finally {
        tape.reset();
      }
    };
    const values = nodes => tape.values(nodes);

    /** The MLP's layers for a token, as numbers (mlp-flow). */
    net.mlp = token =>
      numbers(() => {
        const pass = net.mlpNodes(token);
        return {
          x: values(pass.x),
          hPre: values(pass.hPre),
          h: values(pass.h),
          logits: values(pass.logits),
        };
      });

    /** A transformer's positions as numbers, with the probabilities of each next token. */
    net.trace = ids =>
      numbers(() =>
        net.positionNodes(ids).map(step => {
          const out = { token: step.token };
          ["tokEmb", "posEmb", "x", "q", "k", "v", "attention", "logits"].forEach(field => {
            out[field] = values(step[field]);
          });
          out.attentionLogits = step.attentionLogits.map(values);
          out.attentionWeights = step.attentionWeights.map(values);
          out.probs = values(softmax(tape, step.logits, divides));
          return out;
        }),
      );

    /** Probabilities of a list of logits (numbers), as the rung computes them. */
    net.softmax = logits =>
      numbers(() =>
        values(
          softmax(
            tape,
            logits.map(l => tape.constant(l)),
            divides,
          ),
        ),
      );

    /** The logits of the token after a context (rungs 1–2 read its last token). */
    const contextLogits = ids =>
      transformer ? net.positionNodes(ids).pop().logits : net.mlpNodes(ids.at(-1)).logits;

    net.logits = ids => numbers(() => values(contextLogits(ids)));

    net.next = ids => numbers(() => values(softmax(tape, contextLogits(ids), divides)));

    /** The loss of a name's tokens, as a number. */
    net.loss = tokens => numbers(() => tape.data[net.lossNode(tokens)]);

    /**
     * A name: tokens drawn after BOS until BOS comes again, at most maxTokens of them, each from
     * softmax(logits / T) (T^−1 a power, as Value divides). A transformer reads one new position
     * per token, its KV cache keeping the earlier ones, as the Java sampler does.
     */
    net.sample = (rng, temperature) =>
      numbers(() => {
        const push = transformer ? net.positions() : null;
        const inverse = divides ? 0 : Math.pow(temperature, -1);
        return sampleName(spec.uchars, spec.maxTokens, rng, ids => {
          const last = ids.at(-1);
          const logits = transformer ? push(last).logits : net.mlpNodes(last).logits;
          const scaled = logits.map(logit =>
            divides ? tape.divide(logit, tape.constant(temperature)) : tape.scale(logit, inverse),
          );
          return values(softmax(tape, scaled, divides));
        });
      });

    return net;
  };

  /** Draws tokens after BOS with weights(ids) until BOS, at most maxTokens; the name. */
  const sampleName = (uchars, maxTokens, rng, weights) => {
    const bos = uchars.length;
    const ids = [bos];
    for (let drawn = 0; drawn < maxTokens; drawn++) {
      const token = rng.choices(weights(ids));
      if (token >= bos) {
        break;
      }
      ids.push(token);
    }
    return ids
      .slice(1)
      .map(token => uchars[token])
      .join("");
  };

  /**
   * Rung 0: a count table, counts[i][j] = times token j followed token i (a live table when
   * training). Its prediction after a token is the smoothed row, (count + 1) / (total + V).
   */
  MG.counting = (uchars, counts, maxTokens) => {
    const probabilities = token => {
      const row = counts[token];
      const total = row.reduce((sum, count) => sum + count, row.length);
      return Array.from(row, count => (count + 1) / total);
    };
    const table = { kind: "counts", transformer: false, uchars, temperature: 1, counts };
    table.next = ids => probabilities(ids.at(-1));
    /** The mean of −ln p over a name's pairs, (1/n) · sum, as Step0Counting.loss. */
    table.loss = tokens => {
      const n = tokens.length - 1;
      let sum = 0;
      for (let pos = 0; pos < n; pos++) {
        sum += -Math.log(probabilities(tokens[pos])[tokens[pos + 1]]);
      }
      return (1 / n) * sum;
    };
    /** At temperature T the row's probabilities are raised to 1/T (1: as they are). */
    table.sample = (rng, temperature) =>
      sampleName(uchars, maxTokens, rng, ids =>
        table.next(ids).map(p => (temperature === 1 ? p : Math.pow(p, 1 / temperature))),
      );
    return table;
  };

  const models = {}; // shared-data key → its model, built once per page

  /** The trained model of the shared data "key" (e.g. "m5"), built on first use. */
  MG.model = key => {
    if (!models[key]) {
      models[key] = build(MG.shared(key));
    }
    return models[key];
  };

  const build = data => {
    if (data.kind === "counts") {
      return Object.assign(MG.counting(data.uchars, data.counts, data.maxTokens), { rung: 0 });
    }
    const shapes = data.matrices.map((name, m) => [name, ...data.shapes[m]]);
    const spec = { ...data, shapes, layers: 1 };
    return Object.assign(MG.network(spec, MG.unpack(data.weights)), { rung: data.rung });
  };
})();
