/*
 * trainer: a rung trained in the reader's browser (training.js on models.js's forward pass), with
 * the seed, names and hyperparameters of the run this site was built from. Train, pause, step
 * once, reset; the loss curve draws itself with its running mean, the current name, names the
 * weights make up as they stand, and a line comparing each step with the site's run. Training
 * runs in slices of about 8 ms between frames, so the page stays responsive.
 * With data.knobs: steps, learning rate and decay, Adam's betas, the transformer's sizes, and a
 * word list of the reader's own (pasted or read from a local file); the settings live in the URL
 * fragment (#trainer:rung=5&lr=0.02…), so a configuration can be shared.
 */
"use strict";
MG.register("trainer", (box, data) => {
  const SLICE_MS = 8; // train this long, then let the page breathe (a step of Step 5: ~3 ms)
  const PREVIEW_EVERY = 50; // steps between refreshed names
  const PREVIEW_COUNT = 8;
  const MAX_CHARACTERS = 100; // a vocabulary limit for the reader's own list
  const MAX_FILE_BYTES = 2 * 1024 * 1024;
  const MAX_WORDS = 100000;
  const byRung = new Map(data.rungs.map(r => [r.rung, r]));
  const digits = loss => MG.fixed(loss, 4);

  let rungData = byRung.get(data.first);
  let config = null; // the configuration trained
  let run = null;
  let expected = null; // the site's losses, full precision
  let siteMean = null; // their running mean, drawn dashed
  let sameRun = true; // whether config is the site's own
  let ownWords = null; // the reader's list, or null: the site's names
  let timer = null;
  let bitwise = 0; // steps whose loss equals the site's bit for bit
  let printed = 0; // steps whose printed loss equals the site's

  const status = MG.element("p", { class: "readout trainer-compare" });
  const announce = MG.liveRegion();
  const current = MG.element("p", { class: "readout trainer-current" });
  const plot = MG.element("div", { class: "trainer-plot" });
  const previews = MG.element("ol", { class: "trainer-names" });
  const previewNote = MG.element("p", { class: "note" });
  const message = MG.element("p", { class: "readout trainer-message", "aria-live": "polite" });
  const knobs = MG.element("div", { class: "trainer-knobs" });

  const trainButton = MG.button("Train", () => (timer ? pause() : train()));
  const stepButton = MG.button("Step once", () => {
    pause();
    stepOnce();
    draw();
  });
  const resetButton = MG.button("Reset", () => reset());

  const rungSelect =
    data.rungs.length > 1
      ? MG.select(
          data.rungs.map(r => [r.rung, `Step ${r.rung} · ${r.title}`]),
          data.first,
          value => {
            rungData = byRung.get(+value);
            showKnobs();
            reset();
          },
        )
      : null;
  const rungPicker = rungSelect ? MG.element("label", {}, ["Model", rungSelect]) : null;

  // ---- knobs (data.knobs): each a number field bound to a config key -------------------------
  const fields = {};
  const numberField = (key, label, step, min, max) => {
    const input = MG.element("input", { type: "number", step, min, max, class: "knob" });
    input.onchange = () => reset();
    fields[key] = input;
    return MG.element("label", { class: "knob-" + key }, [label, input]);
  };
  const decayBox = MG.element("input", { type: "checkbox" });
  decayBox.onchange = () => reset();
  const parameterLine = MG.element("p", { class: "readout" });
  const wordsArea = MG.element("textarea", {
    rows: 4,
    spellcheck: "false",
    "aria-label": "Your own words, one per line",
    placeholder: "one word per line",
  });
  const fileInput = MG.element("input", { type: "file", accept: ".txt,text/plain" });
  fileInput.onchange = () => readFile(fileInput.files[0]);
  const useWords = MG.button("Train on these words", () => takeWords(wordsArea.value, "list"));
  const siteWords = MG.button("Back to the site's names", () => {
    ownWords = null;
    say("Training on the site's names again.");
    reset();
  });
  if (data.knobs) {
    MG.append(knobs, [
      MG.element("div", { class: "controls" }, [
        numberField("seed", "Seed", 1, 0, 4294967295),
        numberField("steps", "Steps", 1, 1, 5000),
        numberField("learningRate", "Learning rate", "any", 0, 10),
        MG.element("label", {}, [decayBox, "decays to 0"]),
        numberField("beta1", "β₁", "any", 0, 0.9999),
        numberField("beta2", "β₂", "any", 0, 0.9999),
      ]),
      MG.element("div", { class: "controls" }, [
        numberField("width", "Width", 1, 1, 64),
        numberField("heads", "Heads", 1, 1, 16),
        numberField("layers", "Layers", 1, 1, 4),
        numberField("context", "Context", 1, 1, 32),
      ]),
      parameterLine,
      MG.element("div", { class: "trainer-words" }, [
        MG.element("p", { class: "chart-title" }, "Train on your own words"),
        wordsArea,
        MG.element("div", { class: "controls" }, [
          useWords,
          MG.element("label", { class: "trainer-file" }, [
            MG.element("span", {}, "or open a text file"),
            fileInput,
          ]),
          siteWords,
        ]),
      ]),
    ]);
  }

  /** Shows the knobs the rung has, filled with the configuration of the URL or the run's. */
  function showKnobs() {
    if (!data.knobs) {
      return;
    }
    const rung = rungData.rung;
    const show = (key, on) => {
      fields[key].closest("label").hidden = !on;
    };
    show("learningRate", rung > 0);
    show("beta1", rung === 5);
    show("beta2", rung === 5);
    ["width", "heads", "layers", "context"].forEach(key => show(key, rung >= 3));
    decayBox.closest("label").hidden = rung === 0;
    const base = defaults();
    Object.keys(fields).forEach(key => {
      fields[key].value = base[key] === undefined ? "" : base[key];
    });
    decayBox.checked = base.decay;
  }

  /** The site's configuration of the current rung. */
  const defaults = () => ({ ...rungData.config, seed: data.seed, steps: data.steps });

  /** The configuration the knobs describe, or a message saying what is wrong with them. */
  function readConfig() {
    const base = defaults();
    if (!data.knobs) {
      return base;
    }
    const chosen = { ...base, decay: rungData.rung > 0 && decayBox.checked };
    for (const key of Object.keys(fields)) {
      if (fields[key].closest("label").hidden || base[key] === undefined) {
        continue;
      }
      const value = Number(fields[key].value);
      const input = fields[key];
      if (input.value === "" || !Number.isFinite(value)) {
        return `${input.parentNode.firstChild.textContent} must be a number.`;
      }
      if (value < Number(input.min) || value > Number(input.max)) {
        const label = input.parentNode.firstChild.textContent;
        return `${label} must be between ${input.min} and ${input.max}, was ${value}.`;
      }
      chosen[key] = value;
    }
    for (const key of ["seed", "steps", "width", "heads", "layers", "context"]) {
      if (!Number.isInteger(chosen[key]) && chosen[key] !== undefined) {
        return `${key} must be a whole number.`;
      }
    }
    // the MLP stays as many times wider than the stream as in the run (4 × width)
    chosen.hidden = Math.round((base.hidden * chosen.width) / base.width) || base.hidden;
    if (chosen.width % chosen.heads) {
      return `The width (${chosen.width}) must be a multiple of the heads (${chosen.heads}).`;
    }
    return chosen;
  }

  /** Which settings differ from the site's run, in words ("" if none). */
  function differences(chosen) {
    const base = defaults();
    const labels = {
      seed: "seed",
      steps: "steps",
      learningRate: "learning rate",
      decay: "decay",
      beta1: "β₁",
      beta2: "β₂",
      width: "width",
      heads: "heads",
      layers: "layers",
      context: "context",
    };
    const changed = Object.keys(labels).filter(key => chosen[key] !== base[key]);
    if (ownWords) {
      changed.unshift("your own words");
    }
    return changed.map(key => labels[key] || key).join(", ");
  }

  // ---- the fragment: #trainer:rung=5&lr=0.01… --------------------------------------------------
  const FRAGMENT_KEYS = {
    rung: "rung",
    seed: "seed",
    steps: "steps",
    lr: "learningRate",
    decay: "decay",
    b1: "beta1",
    b2: "beta2",
    width: "width",
    heads: "heads",
    layers: "layers",
    context: "context",
  };

  function writeFragment(chosen) {
    if (!data.knobs) {
      return;
    }
    const base = defaults();
    const parts = [`rung=${rungData.rung}`];
    Object.entries(FRAGMENT_KEYS).forEach(([short, key]) => {
      if (key !== "rung" && chosen[key] !== base[key]) {
        parts.push(`${short}=${key === "decay" ? (chosen[key] ? 1 : 0) : chosen[key]}`);
      }
    });
    history.replaceState(null, "", "#trainer:" + parts.join("&"));
  }

  function readFragment() {
    const hash = decodeURIComponent(location.hash);
    if (!data.knobs || !hash.startsWith("#trainer:")) {
      return;
    }
    const values = new Map(
      hash
        .slice("#trainer:".length)
        .split("&")
        .map(part => part.split("=")),
    );
    const rung = Number(values.get("rung"));
    if (byRung.has(rung)) {
      rungData = byRung.get(rung);
      rungSelect.value = rung;
    }
    showKnobs();
    Object.entries(FRAGMENT_KEYS).forEach(([short, key]) => {
      if (!values.has(short) || key === "rung") {
        return;
      }
      if (key === "decay") {
        decayBox.checked = values.get(short) === "1";
      } else if (fields[key]) {
        fields[key].value = values.get(short);
      }
    });
  }

  // ---- your own words ---------------------------------------------------------------------------
  function say(text) {
    message.textContent = text;
  }

  function readFile(file) {
    if (!file) {
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      say(
        `${file.name} is ${MG.fixed(file.size / 1048576, 1)} MB; the trainer reads lists of ` +
          `up to ${MAX_FILE_BYTES / 1048576} MB. Keep the first part of it and open that.`,
      );
      return;
    }
    const reader = new FileReader();
    reader.onload = () => takeWords(String(reader.result), file.name);
    reader.onerror = () => say(`${file.name} could not be read.`);
    reader.readAsText(file);
  }

  /** Checks a list and trains on it, or says in one sentence what is wrong with it. */
  function takeWords(text, source) {
    const verdict = MG.wordList(text, { maxCharacters: MAX_CHARACTERS, maxWords: MAX_WORDS });
    if (verdict.error) {
      say(`${source}: ${verdict.error}`);
      return;
    }
    ownWords = verdict;
    const context = Number(fields.context.value) || rungData.config.context;
    const long = verdict.words.filter(word => [...word].length > context).length;
    wordsArea.value = source === "list" ? wordsArea.value : verdict.words.slice(0, 200).join("\n");
    const notes = [
      `${MG.integer(verdict.words.length)} words, ${verdict.uchars.length} characters ` +
        `(${verdict.uchars.join("").replace(/\s/g, "␣")}), shuffled with the seed.`,
    ];
    if (long) {
      const one = long === 1;
      notes.push(
        `${MG.integer(long)} word${one ? "" : "s"} longer than the context (${context} ` +
          `characters) ${one ? "is" : "are"} cut to ${one ? "its" : "their"} first ${context}.`,
      );
    }
    if (verdict.blank) {
      const one = verdict.blank === 1;
      notes.push(`${MG.integer(verdict.blank)} blank line${one ? "" : "s"} skipped.`);
    }
    say(`${source}: ${notes.join(" ")}`);
    reset();
  }

  // ---- every name, for other seeds --------------------------------------------------------------
  let allNames = null;
  let unpacking = false;

  /** The page's names in file order (gzip, base64), unpacked once with DecompressionStream. */
  function unpackNames() {
    status.textContent = `Unpacking the ${MG.integer(data.count)} names for another seed…`;
    trainButton.disabled = true;
    stepButton.disabled = true;
    if (unpacking) {
      return;
    }
    unpacking = true;
    const bytes = Uint8Array.from(atob(data.names), c => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    new Response(stream).text().then(text => {
      allNames = text.split("\n");
      reset();
    });
  }

  // ---- training ---------------------------------------------------------------------------------
  function reset() {
    pause();
    const chosen = readConfig();
    if (typeof chosen === "string") {
      say(chosen);
      run = null;
      status.textContent = "";
      trainButton.disabled = true;
      stepButton.disabled = true;
      draw();
      return;
    }
    trainButton.disabled = false;
    stepButton.disabled = false;
    config = chosen;
    const changed = differences(chosen);
    sameRun = !changed;
    expected = sameRun ? MG.unpack(rungData.losses) : null;
    siteMean = expected ? MG.movingAverage([...expected], data.window) : null;
    const replay = chosen.seed === data.seed && chosen.steps <= data.trainingNames.length;
    if (!ownWords && !replay && !allNames) {
      unpackNames(); // another seed shuffles every name: unpack them, then reset again
      return;
    }
    const words = ownWords
      ? { names: ownWords.words, uchars: ownWords.uchars, maxChars: chosen.context }
      : replay
        ? { trainingNames: data.trainingNames, count: data.count, uchars: data.uchars }
        : { names: allNames, uchars: data.uchars };
    run = MG.training({ ...chosen, ...words });
    bitwise = 0;
    printed = 0;
    if (data.knobs) {
      const count = MG.integer(MG.parameterCount(run.config));
      parameterLine.textContent = `${count} parameters`;
      writeFragment(chosen);
    }
    status.textContent = sameRun
      ? `Ready: the site's run of Step ${rungData.rung}, seed ${chosen.seed}, ` +
        `${MG.integer(chosen.steps)} steps.`
      : `Ready: a different run from the site's (changed: ${changed}).`;
    previewNote.textContent = "";
    MG.replaceChildren(previews, []);
    draw();
  }

  function stepOnce() {
    if (!run || run.done()) {
      return;
    }
    const step = run.stepCount() + 1;
    const name = run.name();
    const loss = run.step();
    if (expected) {
      bitwise += loss === expected[step - 1] ? 1 : 0;
      printed += digits(loss) === digits(expected[step - 1]) ? 1 : 0;
    }
    current.textContent = `Step ${MG.integer(step)} learned from “${name}”: loss ${digits(loss)}`;
    compare(step, loss);
    if (step % PREVIEW_EVERY === 0 || run.done()) {
      refreshNames();
    }
  }

  function compare(step, loss) {
    if (!expected) {
      status.textContent = `step ${MG.integer(step)}: ${digits(loss)}, a run of your own`;
      return;
    }
    const theirs = expected[step - 1];
    const verdict =
      digits(loss) === digits(theirs)
        ? "same as the run this site was built from"
        : `the site's run had ${digits(theirs)}`;
    status.textContent =
      `step ${MG.integer(step)}: ${digits(loss)} — ${verdict} ` +
      `(${MG.integer(printed)} of ${MG.integer(step)} steps print the same, ` +
      `${MG.integer(bitwise)} bit for bit)`;
  }

  /** Names the weights make up now (a fresh generator each time), or at the end, the run's. */
  function refreshNames() {
    if (run.done()) {
      const names = run.samples(rungData.samples.length);
      const same = sameRun && names.every((name, i) => name === rungData.samples[i]);
      previewNote.textContent = same
        ? `The ${names.length} names it made up, the site's run's exactly:`
        : `The ${names.length} names it made up:`;
      MG.replaceChildren(
        previews,
        names.map(name => MG.element("li", {}, name || "(empty)")),
      );
      return;
    }
    const after = MG.integer(run.stepCount());
    previewNote.textContent = `Names the weights make up after step ${after}:`;
    MG.replaceChildren(
      previews,
      run.preview(PREVIEW_COUNT, 1).map(name => MG.element("li", {}, name || "(empty)")),
    );
  }

  function train() {
    if (!run || run.done()) {
      reset();
    }
    if (!run) {
      return;
    }
    trainButton.textContent = "Pause";
    const slice = () => {
      const start = performance.now();
      while (!run.done() && performance.now() - start < SLICE_MS) {
        stepOnce();
      }
      draw();
      if (run.done()) {
        pause();
        announce.textContent = status.textContent;
        return;
      }
      timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
  }

  function pause() {
    if (timer) {
      clearTimeout(timer);
      timer = null;
      announce.textContent = status.textContent;
    }
    trainButton.textContent = run && run.done() ? "Train again" : "Train";
    box.dataset.trained = run ? run.stepCount() : 0; // what the browser tests wait for
    box.dataset.running = "false";
  }

  // ---- the chart --------------------------------------------------------------------------------
  let width = 0;
  function draw() {
    if (!width) {
      return;
    }
    const losses = run ? run.losses : [];
    const steps = config ? config.steps : data.steps;
    const averages = MG.movingAverage(losses, data.window);
    const high = Math.max(data.baseline + 0.5, ...losses.slice(0, 50));
    const frame = MG.chart({
      id: "trainer-" + rungData.rung,
      width,
      height: width < 500 ? 200 : 240,
      x0: 1,
      x1: steps,
      low: 1.5,
      high: Math.min(high, 5),
      label: `Loss per training step of your run, ${losses.length} of ${steps} steps so far`,
      formatX: MG.integer,
    });
    frame.baseline(data.baseline, "uniform guess");
    const group = frame.group("series rung-" + rungData.rung);
    if (expected) {
      // the site's run as its running mean: its per-step losses would hide the reader's
      frame.line(siteMean, "site-run", 1, group);
    }
    if (losses.length) {
      frame.line(losses, "raw", 1, group);
      frame.line(averages, "line", 1, group);
    }
    MG.replaceChildren(plot, frame.svg);
    const mean = averages.length ? digits(averages.at(-1)) : "—";
    plot.append(
      MG.element(
        "p",
        { class: "readout" },
        `${MG.integer(losses.length)} of ${MG.integer(steps)} steps · running mean of the ` +
          `last ${Math.min(data.window, Math.max(1, losses.length))}: ${mean}`,
      ),
    );
    box.dataset.trained = losses.length;
    box.dataset.running = String(Boolean(timer));
  }

  MG.append(box, [
    MG.element(
      "div",
      { class: "controls" },
      [rungPicker, trainButton, stepButton, resetButton].filter(Boolean),
    ),
    knobs,
    message,
    status,
    current,
    plot,
    previewNote,
    previews,
    announce,
  ]);
  showKnobs();
  readFragment();
  MG.onWidth(plot, w => {
    width = w;
    draw();
  });
  reset();
});
