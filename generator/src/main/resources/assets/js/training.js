/*
 * Training a rung in the page, as the build trained it (the ladder's StepN classes): the same
 * seed, the same shuffle of the names, the same initial weights, the same name at each step and
 * the same update, on the forward pass of models.js (MG.network, MG.counting): no second model.
 *
 * MG.training(config) gives a run that trains one step at a time (step()), so that a widget can
 * train in slices between frames, and samples names from the weights as they stand (samples()).
 * config:
 *   rung          0 … 5: which rung (decides the model, the order its matrices are drawn in and
 *                 the update: counting, a hand-written gradient, backward(), Adam)
 *   names         the word list in file order (or trainingNames, see below)
 *   seed, steps   random.seed(seed); steps training steps, one name each
 *   uchars        the vocabulary's characters in id order (BOS is one past them)
 *   width, hidden, heads, layers, context   the sizes (Architecture: nEmbd, nHidden, nHead,
 *                 nLayer, blockSize)
 *   learningRate, decay (true: lr · (1 − step/steps), as the run), beta1, beta2, epsAdam,
 *   initStd, rmsEps, temperature, division ("divide" for rung 1)
 *   trainingNames, count   instead of names: the names of the steps in training order and the
 *                 size of the list they were shuffled from, enough to replay the generator's draws
 */
"use strict";
(() => {
  /**
   * The matrices of a rung in the order the reference creates them (so the order the initial
   * weights are drawn in): rungs 1–2 wte, mlp_fc1, mlp_fc2; rung 3 wte, wpe, the layer, lm_head;
   * rungs 4–5 wte, wpe, lm_head, then each layer.
   */
  const shapesOf = config => {
    const { width, hidden, context } = config;
    const vocab = config.uchars.length + 1;
    if (config.rung <= 2) {
      return [
        ["wte", vocab, width],
        ["mlp_fc1", hidden, width],
        ["mlp_fc2", vocab, hidden],
      ];
    }
    const layers = [];
    for (let layer = 0; layer < config.layers; layer++) {
      const name = matrix => `layer${layer}.${matrix}`;
      layers.push(
        [name("attn_wq"), width, width],
        [name("attn_wk"), width, width],
        [name("attn_wv"), width, width],
        [name("attn_wo"), width, width],
        [name("mlp_fc1"), hidden, width],
        [name("mlp_fc2"), width, hidden],
      );
    }
    const head = ["lm_head", vocab, width];
    const embeddings = [
      ["wte", vocab, width],
      ["wpe", context, width],
    ];
    return config.rung === 3 ? [...embeddings, ...layers, head] : [...embeddings, head, ...layers];
  };

  /** How many parameters a configuration has (the count table's cells for rung 0). */
  MG.parameterCount = config =>
    config.rung === 0
      ? (config.uchars.length + 1) ** 2
      : shapesOf(config).reduce((sum, [, rows, cols]) => sum + rows * cols, 0);

  /** A name as token ids, BOS at both ends. */
  const encoder = uchars => {
    const ids = new Map([...uchars].map((c, i) => [c, i]));
    return name => [uchars.length, ...[...name].map(c => ids.get(c)), uchars.length];
  };

  /**
   * A word list of the reader's (one word per line) checked for training: {words, uchars, blank}
   * or {error}, one sentence saying what is wrong. uchars: its characters (an array, so that a
   * character outside the BMP is one token), sorted by code point as Python's sorted(set(…)).
   */
  MG.wordList = (text, limits) => {
    const suspicious = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) || []).length;
    if (suspicious > 0 && suspicious >= text.length / 100) {
      return { error: "this is not text (it holds binary data): open a plain text file." };
    }
    const lines = text.split(/\r\n|\n|\r/).map(line => line.trim());
    const words = lines.filter(line => line.length > 0);
    const blank = lines.length - words.length - (text.endsWith("\n") ? 1 : 0);
    if (words.length === 0) {
      return { error: "the list is empty: write one word per line." };
    }
    if (words.length === 1) {
      return { error: `one word (“${words[0]}”) is not a list to learn from: give two or more.` };
    }
    if (words.length > limits.maxWords) {
      return {
        error: `${words.length} words is more than the trainer takes (${limits.maxWords}).`,
      };
    }
    const characters = [...new Set([...words.join("")])].sort((x, y) =>
      x.codePointAt(0) < y.codePointAt(0) ? -1 : 1,
    );
    if (characters.length > limits.maxCharacters) {
      return {
        error:
          `the list uses ${characters.length} different characters; the vocabulary holds at ` +
          `most ${limits.maxCharacters}.`,
      };
    }
    return { words, uchars: characters, blank: Math.max(0, blank) };
  };

  MG.training = config => {
    const rng = MG.random(config.seed);
    let docs;
    if (config.names) {
      docs = rng.shuffle(config.names.slice()); // Ladder.shuffled
    } else {
      rng.shuffle(Array.from({ length: config.count }, (_, i) => i)); // the same draws
      docs = config.trainingNames;
    }
    const encode = encoder(config.uchars);
    const losses = [];
    let step = 0; // steps done
    const run = { losses, docs, config };
    run.done = () => step >= config.steps;
    run.stepCount = () => step;
    run.name = () => docs[step % docs.length]; // the name the next step learns from

    /** The learning rate of this step: decaying linearly to 0 over the run, or constant. */
    const rate = () => config.learningRate * (config.decay ? 1 - step / config.steps : 1);

    if (config.rung === 0) {
      const vocab = config.uchars.length + 1;
      const counts = Array.from({ length: vocab }, () => new Array(vocab).fill(0));
      const table = MG.counting(config.uchars, counts, config.context);
      run.model = table;
      // Step0Counting.train: measure the loss on the name first, then count its pairs
      run.update = tokens => {
        const loss = table.loss(tokens);
        for (let pos = 0; pos < tokens.length - 1; pos++) {
          counts[tokens[pos]][tokens[pos + 1]] += 1;
        }
        return loss;
      };
    } else {
      const shapes = shapesOf(config);
      const parameters = new Float64Array(MG.parameterCount(config));
      for (let i = 0; i < parameters.length; i++) {
        parameters[i] = rng.gauss(0, config.initStd); // matrix by matrix, row by row
      }
      const net = MG.network(
        {
          kind: config.rung <= 2 ? "mlp" : "transformer",
          division: config.division,
          uchars: config.uchars,
          shapes,
          heads: config.heads,
          layers: config.layers,
          rmsEps: config.rmsEps,
          temperature: config.temperature,
          maxTokens: config.context,
        },
        parameters,
      );
      run.model = net;
      run.update =
        config.rung === 1 ? handWritten(net) : autograd(net, config.rung === 5 ? adam : sgd);
    }

    /** One training step: the loss of the step's name, then the update. */
    run.step = () => {
      const tokens = encode([...run.name()].slice(0, config.maxChars || Infinity).join(""));
      losses.push(run.update(tokens));
      step++;
      return losses[losses.length - 1];
    };

    /** count names sampled from the weights as they stand, continuing the run's generator. */
    run.samples = count => {
      return Array.from({ length: count }, () => run.model.sample(rng, config.temperature));
    };

    /** Names sampled with a fresh generator: the same draws at every step (the snapshots'). */
    run.preview = (count, seed) => {
      const fresh = MG.random(seed);
      return Array.from({ length: count }, () => run.model.sample(fresh, config.temperature));
    };

    /** Stochastic gradient descent: p −= lr_t · grad (Steps 2–4). */
    function sgd(tape) {
      const lr = rate();
      for (let i = 0; i < tape.parameterCount; i++) {
        tape.data[i] -= lr * tape.grad[i];
        tape.grad[i] = 0;
      }
    }

    /**
     * Adam (Step5Adam.update): running means of each gradient (m) and of its square (v),
     * bias-corrected, and a step of lr_t · m̂ / (√v̂ + ε) for every parameter.
     */
    let m = null;
    let v = null;
    function adam(tape) {
      const n = tape.parameterCount;
      m = m || new Float64Array(n);
      v = v || new Float64Array(n);
      const { beta1, beta2, epsAdam } = config;
      const lr = rate();
      const correction1 = 1 - Math.pow(beta1, step + 1);
      const correction2 = 1 - Math.pow(beta2, step + 1);
      for (let i = 0; i < n; i++) {
        const g = tape.grad[i];
        m[i] = beta1 * m[i] + (1 - beta1) * g;
        v[i] = beta2 * v[i] + (1 - beta2) * Math.pow(g, 2);
        const mHat = m[i] / correction1;
        const vHat = v[i] / correction2;
        tape.data[i] -= (lr * mHat) / (Math.pow(vHat, 0.5) + epsAdam);
        tape.grad[i] = 0;
      }
    }

    /** Steps 2–5: the loss as a node, backward() for every gradient, then the optimizer. */
    function autograd(net, optimizer) {
      return tokens => {
        const tape = net.tape;
        const loss = net.lossNode(tokens);
        const value = tape.data[loss];
        tape.backward(loss);
        optimizer(tape);
        tape.reset();
        return value;
      };
    }

    /**
     * Step 1 (Step1GradientDescent.analyticGradient): the MLP forward on the tape, read as
     * numbers, and the gradient by the chain rule written out, summed in the Java order.
     */
    function handWritten(net) {
      const tape = net.tape;
      const { wte, mlp_fc1: fc1, mlp_fc2: fc2 } = net.matrices;
      const width = wte.cols;
      const hidden = fc1.rows;
      const vocab = wte.rows;
      const grad = new Float64Array(tape.parameterCount);
      const w = tape.data; // the parameters are the first nodes of the tape
      return tokens => {
        grad.fill(0);
        const n = tokens.length - 1;
        let lossSum = 0;
        for (let pos = 0; pos < n; pos++) {
          const token = tokens[pos];
          const target = tokens[pos + 1];
          const pass = net.mlpNodes(token);
          const x = tape.values(pass.x);
          const hPre = tape.values(pass.hPre);
          const h = tape.values(pass.h);
          const probs = tape.values(net.softmaxNodes(pass.logits));
          tape.reset();
          lossSum += -Math.log(probs[target]);

          const dLogits = probs.map(p => p / n); // d(loss)/d(logits) = (probs − onehot) / n
          dLogits[target] -= 1 / n;
          const dh = new Float64Array(hidden);
          for (let i = 0; i < vocab; i++) {
            for (let j = 0; j < hidden; j++) {
              const at = fc2.offset + i * hidden + j;
              grad[at] += dLogits[i] * h[j];
              dh[j] += w[at] * dLogits[i];
            }
          }
          const dhPre = Array.from(dh, (d, j) => d * (hPre[j] > 0 ? 1 : 0));
          const dx = new Float64Array(width);
          for (let i = 0; i < hidden; i++) {
            for (let j = 0; j < width; j++) {
              const at = fc1.offset + i * width + j;
              grad[at] += dhPre[i] * x[j];
              dx[j] += w[at] * dhPre[i];
            }
          }
          for (let j = 0; j < width; j++) {
            grad[wte.offset + token * width + j] += dx[j];
          }
        }
        const lr = rate();
        for (let i = 0; i < grad.length; i++) {
          w[i] -= lr * grad[i];
        }
        return (1 / n) * lossSum;
      };
    }

    return run;
  };
})();
