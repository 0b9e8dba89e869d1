/*
 * The browser's only model implementation, shared by every widget that runs a trained rung:
 *
 * - MG.random(seed): CPython's Mersenne Twister, so that random() and random.choices() give the
 *   same numbers as Python (and PyRandom in the Java model) for the same seed;
 * - MG.model(key): a rung's forward pass from the weights the build embeds once per page
 *   (Inference.json(), shared data "m<rung>"): the count table (rung 0), the MLP (rungs 1–2) and
 *   the transformer with its heads and KV cache (rungs 3–5), and sampling with a temperature.
 *
 * Every sum, product and power is written in the order the Java model computes it (Inference.java
 * mirrors this file): sums start from 0 and run left to right, a power is Math.pow where the
 * Java autograd raises a Value to a power, and rung 1's softmax divides where the others multiply
 * by the inverse. Floating-point addition is not associative, so reordering any of these would
 * change the last digits, and the browser tests pin the numbers to the Java run's (ModelsIT).
 */
(() => {
  const STATE_WORDS = 624; // the Mersenne Twister's state: 624 32-bit words
  const SHIFT_WORDS = 397;

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

    return { word, random, choices };
  };

  /** A matrix (rows of weights) times a vector: each row's dot product, summed from 0. */
  const linear = (vector, matrix) =>
    matrix.map(row => {
      let sum = 0;
      for (let j = 0; j < vector.length; j++) {
        sum += row[j] * vector[j];
      }
      return sum;
    });

  /** RMSNorm without weights: x · (mean(x²) + 1e-5)^−½, the mean as a product with n^−1. */
  const rmsNorm = (vector, epsilon) => {
    let sumOfSquares = 0;
    vector.forEach(value => {
      sumOfSquares += value * value;
    });
    const scale = Math.pow(sumOfSquares * Math.pow(vector.length, -1) + epsilon, -0.5);
    return vector.map(value => value * scale);
  };

  const relu = vector => vector.map(value => (value > 0 ? value : 0));

  const add = (a, b) => a.map((value, i) => value + b[i]);

  /**
   * Softmax with the maximum subtracted. Rung 1's Java code divides by the total; the autograd
   * of the later rungs multiplies by total^−1, which can differ in the last bit, so both exist.
   */
  const softmax = (logits, divide) => {
    const max = Math.max(...logits);
    let total = 0;
    const exps = logits.map(logit => {
      const exp = Math.exp(logit - max);
      total += exp;
      return exp;
    });
    const inverse = Math.pow(total, -1);
    return exps.map(exp => (divide ? exp / total : exp * inverse));
  };

  const models = {}; // shared-data key → its model, built once per page

  /** The model of the shared data "key" (e.g. "m5"), built on first use. */
  MG.model = key => {
    if (!models[key]) {
      models[key] = build(MG.shared(key));
    }
    return models[key];
  };

  const build = data => {
    const kind = data.kind; // what the run says the model is
    const transformer = kind === "transformer";
    const divides = data.division === "divide"; // a / b, or a · b^−1 as the autograd computes it
    const uchars = data.uchars;
    const bos = uchars.length; // the BOS token's id: one past the letters
    const matrices = {}; // name → rows, cut from the one packed array of all weights
    if (kind !== "counts") {
      const weights = MG.unpack(data.weights);
      let offset = 0;
      data.matrices.forEach((name, m) => {
        const [rows, cols] = data.shapes[m];
        matrices[name] = MG.rows(weights, rows, cols, offset);
        offset += rows * cols;
      });
    }

    const model = {
      rung: data.rung,
      kind,
      transformer,
      uchars,
      temperature: data.temperature,
      matrices,
    };

    model.softmax = logits => softmax(logits, divides);

    /** Rungs 1–2: one token's embedding, hidden layer before and after ReLU, and logits. */
    model.mlp = token => {
      const embedding = matrices.wte[token];
      const hiddenPre = linear(embedding, matrices.mlp_fc1);
      const hidden = relu(hiddenPre);
      return { x: embedding, hPre: hiddenPre, h: hidden, logits: linear(hidden, matrices.mlp_fc2) };
    };

    /**
     * Rungs 3–5: every position of a token sequence through the transformer, with the keys and
     * values of earlier positions cached, as at generation time. At most one position per row of
     * wpe. Each position keeps what the widgets show: embeddings, q, k, v, attention per head
     * (logits and weights), the attention output, and the final logits and probabilities.
     */
    model.trace = ids => {
      const heads = data.heads;
      const headSize = matrices.wte[0].length / heads;
      const scale = Math.pow(Math.pow(headSize, 0.5), -1); // 1/√d, as the Java Value computes it
      const keys = [];
      const values = [];
      return ids.slice(0, matrices.wpe.length).map((token, position) => {
        const step = {
          token,
          tokEmb: matrices.wte[token],
          posEmb: matrices.wpe[position],
          attentionLogits: [],
          attentionWeights: [],
          attention: [],
        };
        step.x = rmsNorm(add(step.tokEmb, step.posEmb), data.rmsEps);
        const normed = rmsNorm(step.x, data.rmsEps);
        step.q = linear(normed, matrices.attn_wq);
        step.k = linear(normed, matrices.attn_wk);
        step.v = linear(normed, matrices.attn_wv);
        keys.push(step.k);
        values.push(step.v);
        for (let head = 0; head < heads; head++) {
          const start = head * headSize;
          const end = start + headSize;
          step.attentionLogits[head] = keys.map(key => {
            let dot = 0;
            for (let j = start; j < end; j++) {
              dot += step.q[j] * key[j];
            }
            return dot * scale;
          });
          const weights = softmax(step.attentionLogits[head], false);
          step.attentionWeights[head] = weights;
          for (let j = start; j < end; j++) {
            let sum = 0;
            for (let earlier = 0; earlier < values.length; earlier++) {
              sum += weights[earlier] * values[earlier][j];
            }
            step.attention[j] = sum;
          }
        }
        const afterAttention = add(linear(step.attention, matrices.attn_wo), step.x);
        const hidden = relu(linear(rmsNorm(afterAttention, data.rmsEps), matrices.mlp_fc1));
        const afterMlp = add(linear(hidden, matrices.mlp_fc2), afterAttention);
        step.logits = linear(afterMlp, matrices.lm_head);
        step.probs = softmax(step.logits, false);
        return step;
      });
    };

    /** The logits of the token after a context (rungs 1–5; rungs 1–2 read its last token). */
    model.logits = ids =>
      transformer ? model.trace(ids).pop().logits : model.mlp(ids.at(-1)).logits;

    /**
     * Counting: smoothed counts of the row of the context's last token,
     * (count + 1) / (total + V).
     */
    const countProbabilities = ids => {
      const row = data.counts[ids.at(-1)];
      const total = row.reduce((sum, count) => sum + count, row.length);
      return row.map(count => (count + 1) / total);
    };

    /** The probabilities of the next token after a context. */
    model.next = ids =>
      kind === "counts" ? countProbabilities(ids) : model.softmax(model.logits(ids));

    /** What random.choices draws the next token from at a temperature, as the Java sampler. */
    const samplingWeights = (ids, temperature) => {
      if (kind === "counts") {
        return model.next(ids).map(p => (temperature === 1 ? p : Math.pow(p, 1 / temperature)));
      }
      const logits = model.logits(ids);
      const scaled = logits.map(logit =>
        divides ? logit / temperature : logit * Math.pow(temperature, -1),
      );
      return model.softmax(scaled);
    };

    /** A name: tokens drawn after BOS until BOS comes again, at most data.maxTokens of them. */
    model.sample = (rng, temperature) => {
      const ids = [bos];
      for (let drawn = 0; drawn < data.maxTokens; drawn++) {
        const token = rng.choices(samplingWeights(ids, temperature));
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

    return model;
  };
})();
