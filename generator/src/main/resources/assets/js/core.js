/*
 * The widget core, loaded first on every page with a widget script. It hydrates each
 * <figure class="widget" data-widget="NAME"> from the JSON the build wrote beside it, by calling
 * the function NAME.js registered, and offers the helpers the widgets share: building elements,
 * number formats the build also prints, heatmap classes, token chips, controls, a keyboard grid
 * for built heatmaps, bars, charts and the frame stepper.
 *
 * A classic script, not a module: modules and fetch() fail on file://, and the page's policy
 * (script-src 'self') forbids inline scripts, so every page lists its scripts (scripts.list).
 */
"use strict";
var MG = (() => {
  const registry = {}; // widget name → function(box, data, figure)
  const sharedData = {}; // id of a shared data block → its parsed JSON
  const MINUS = "−"; // U+2212: what the build prints for a negative number
  const SVG = "http://www.w3.org/2000/svg";

  /**
   * A new element: tag "@NAME" makes an SVG element; an attribute "onEVENT" adds a listener;
   * a null or false attribute or child is left out, so callers can write conditions inline.
   */
  const element = (tag, attributes, children) => {
    const node = tag.startsWith("@")
      ? document.createElementNS(SVG, tag.slice(1))
      : document.createElement(tag);
    for (const name in attributes) {
      const value = attributes[name];
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (name.startsWith("on")) {
        node.addEventListener(name.slice(2), value);
      } else {
        node.setAttribute(name, value);
      }
    }
    return append(node, children);
  };

  const append = (node, children) => {
    [].concat(children).forEach(child => {
      if (child !== null && child !== undefined && child !== false) {
        node.append(child);
      }
    });
    return node;
  };

  const replaceChildren = (node, children) => {
    node.textContent = "";
    return append(node, children);
  };

  const find = (node, selector) => node.querySelector(selector);
  const findAll = (node, selector) => [...node.querySelectorAll(selector)];

  /**
   * x with a fixed number of decimals, rounded half to even from the exact binary value as Python
   * and the build print it (toFixed alone rounds some halves up), with thousands separators.
   */
  const fixed = (x, decimals) => {
    const magnitude = Math.abs(x);
    let text = magnitude.toFixed(decimals);
    const exact = magnitude.toFixed(99);
    const cut = exact.indexOf(".") + decimals + (decimals ? 1 : 0);
    const kept = exact.slice(0, cut);
    const exactlyHalf = /^\.?50*$/.test(exact.slice(cut));
    if (exactlyHalf && /[02468]$/.test(kept.replace(".", ""))) {
      text = kept.replace(/\.$/, ""); // a tie, and the kept digit is even: round down
    }
    text = text.replace(/^\d+/, whole => whole.replace(/\B(?=(\d{3})+$)/g, ","));
    const negative = x < 0 && /[1-9]/.test(text); // no sign on a number that prints as zero
    return (negative ? MINUS : "") + text;
  };

  const integer = n => fixed(n, 0);

  /** x as m × 10ⁿ with superscript digits, e.g. 1.23 × 10⁻⁴. */
  const scientific = (x, decimals) => {
    if (!x) {
      return fixed(0, decimals);
    }
    const [mantissa, exponent] = x.toExponential(decimals).split("e");
    const superscript = String(+exponent).replace(
      /./g,
      c => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)],
    );
    return mantissa.replace("-", MINUS) + "\u00a0×\u00a010" + superscript;
  };

  const afterSteps = steps => `after ${integer(steps)} step${steps === 1 ? "" : "s"}`;

  /** A linear map from [domainStart, domainEnd] to [rangeStart, rangeEnd], with its inverse. */
  const scale = (domainStart, domainEnd, rangeStart, rangeEnd) => {
    const map = value =>
      rangeStart +
      ((value - domainStart) / (domainEnd - domainStart || 1)) * (rangeEnd - rangeStart);
    map.inverse = position =>
      domainStart +
      ((position - rangeStart) / (rangeEnd - rangeStart || 1)) * (domainEnd - domainStart);
    return map;
  };

  /** About five round tick values covering [low, high]; .decimals says how to print them. */
  const ticks = (low, high) => {
    const rough = Math.max(high - low, 1e-9) / 4;
    const magnitude = 10 ** Math.floor(Math.log10(rough));
    const factor = [1, 2, 2.5, 5].find(k => k * magnitude >= rough) || 10;
    const step = factor * magnitude;
    const values = [];
    const last = Math.ceil(high / step) * step + step / 2;
    for (let tick = Math.floor(low / step) * step; tick <= last; tick += step) {
      values.push(+tick.toFixed(12)); // no 0.30000000000000004
    }
    values.decimals = (String(+step.toFixed(10)).split(".")[1] || "").length;
    return values;
  };

  /** The heat class of a value from the build's edges: q0 … q7 (Heat.java). */
  const heatClass = (value, edges) =>
    "q" + (value > 0 ? edges.filter(edge => value >= edge).length : 0);

  /** The diverging heat class of a signed value: d-n4 … d-0 … d-p4. */
  const signedHeatClass = (value, edges) => {
    const level = edges.filter(edge => Math.abs(value) >= edge).length;
    if (!level) {
      return "d-0";
    }
    return (value < 0 ? "d-n" : "d-p") + level;
  };

  // Tokens: ids 0 … uchars.length − 1 are the letters, uchars.length is BOS.
  const tokenLabel = (id, uchars) => (id === uchars.length ? "BOS" : uchars[id]);

  const tokenChip = (id, uchars) =>
    element("span", { class: id === uchars.length ? "tok bos" : "tok" }, [
      tokenLabel(id, uchars),
      element("sub", {}, id),
    ]);

  /** A name as token ids with BOS at both ends; an unknown character is −1. */
  const encode = (name, uchars) => [
    uchars.length,
    ...[...name].map(c => uchars.indexOf(c)),
    uchars.length,
  ];

  /** A paragraph screen readers announce when it changes. */
  const liveRegion = className =>
    element("p", { class: className || "readout", "aria-live": "polite" });

  /** Calls draw(width) now and whenever the node's width changes (charts draw at real pixels). */
  const onWidth = (node, draw) => {
    let lastWidth = 0;
    const check = () => {
      const width = node.clientWidth;
      if (width && width !== lastWidth) {
        lastWidth = width;
        draw(width);
      }
    };
    new ResizeObserver(check).observe(node);
    check();
  };

  const button = (label, onClick) =>
    element("button", { class: "btn", type: "button", onclick: onClick }, label);

  /** A text box; maxLength only where a longer text cannot mean anything (a seed's digits). */
  const textInput = (value, onInput, maxLength) =>
    element("input", {
      type: "text",
      value,
      maxlength: maxLength,
      spellcheck: "false",
      autocomplete: "off",
      oninput: onInput,
    });

  /** A select of [value, label] options. */
  const select = (options, selected, onChange) =>
    element(
      "select",
      { onchange: event => onChange(event.target.value) },
      options.map(([value, label]) =>
        element("option", { value, selected: value == selected || null }, label),
      ),
    );

  /** A labelled range input with an output beside it: {row, input, out}. */
  const slider = (label, min, max, value, onInput, step) => {
    const input = element("input", { type: "range", min, max, value, step: step || 1 });
    const out = element("output");
    input.oninput = () => onInput(+input.value, out);
    return { row: element("label", { class: "row" }, [label, input, out]), input, out };
  };

  /**
   * « First ‹ Prev "3 of 7" Next › Last » and, if play, a Play button (500 ms a frame, never a
   * tween). show(index, whereNode) draws a frame; count() says how many there are now.
   */
  const stepper = (name, count, show, play) => {
    let current = 0;
    let timer = 0;
    const where = element("span", { class: "where", "aria-live": "polite" });
    const playButton = play ? button("") : null;
    const go = index => {
      current = Math.max(0, Math.min(count() - 1, index));
      show(current, where);
    };
    const atEnd = () => current >= count() - 1;
    const showPlaying = playing => {
      playButton.setAttribute("aria-pressed", playing);
      replaceChildren(playButton, [
        element("span", { class: "glyph", "aria-hidden": "true" }, playing ? "❚❚" : "▶\ufe0e"),
        playing ? " Pause" : " Play",
      ]);
    };
    const stop = () => {
      clearInterval(timer);
      timer = 0;
      if (playButton) {
        showPlaying(false);
      }
    };
    if (playButton) {
      showPlaying(false);
      playButton.onclick = () => {
        if (timer) {
          stop();
          return;
        }
        if (atEnd()) {
          go(0); // play from the start again
        }
        showPlaying(true);
        timer = setInterval(() => (atEnd() ? stop() : go(current + 1)), 500);
      };
    }
    const node = element("div", { class: "stepper controls", role: "group", "aria-label": name }, [
      button("« First", () => go(0)),
      button("‹ Prev", () => go(current - 1)),
      where,
      button("Next ›", () => go(current + 1)),
      button("Last »", () => go(count() - 1)),
      playButton,
    ]);
    return { go, stop, current: () => current, node };
  };

  /**
   * A built table.hm as an ARIA grid: one roving tabindex, arrows, Home/End (with Ctrl: the
   * first/last row). onFocus(i, j) when a cell is focused or pointed at; onPick(i, j) on Enter,
   * Space or click. Returns the cells, rows of td, with .focused() giving [i, j].
   */
  const grid = (table, onFocus, onPick) => {
    // a masked cell (a key after the query) is no value to focus
    const cells = findAll(table, "tbody tr").map(row => findAll(row, "td:not(.masked)"));
    const columnHeads = findAll(table, "thead th+th");
    let focused = [0, 0];
    const highlight = (i, j) => {
      columnHeads.forEach((head, column) => head.classList.toggle("sel", column === j));
      cells.forEach((row, r) => row[0].parentNode.cells[0].classList.toggle("sel", r === i));
      if (onFocus) {
        onFocus(i, j);
      }
    };
    const go = (row, column) => {
      const i = Math.max(0, Math.min(cells.length - 1, row));
      const j = Math.max(0, Math.min(cells[i].length - 1, column));
      cells[focused[0]][focused[1]].tabIndex = -1;
      cells[i][j].tabIndex = 0;
      cells[i][j].focus();
      focused = [i, j];
      highlight(i, j);
    };
    const cellOf = event => {
      const cell = event.target.closest("td");
      return cell ? cell.position : null;
    };
    table.setAttribute("role", "grid");
    cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        cell.setAttribute("role", "gridcell");
        cell.tabIndex = i + j ? -1 : 0;
        cell.position = [i, j];
      }),
    );
    table.onkeydown = event => {
      const [i, j] = focused;
      const ctrl = event.ctrlKey;
      const moves = {
        ArrowUp: [i - 1, j],
        ArrowDown: [i + 1, j],
        ArrowLeft: [i, j - 1],
        ArrowRight: [i, j + 1],
        Home: [ctrl ? 0 : i, 0],
        End: [ctrl ? 99 : i, 99], // 99: clamped to the last
      };
      const move = moves[event.key];
      if (move) {
        go(...move);
      } else if (onPick && (event.key === "Enter" || event.key === " ")) {
        onPick(i, j);
      } else {
        return;
      }
      event.preventDefault();
    };
    table.onclick = event => {
      const position = cellOf(event);
      if (position) {
        go(...position);
        if (onPick) {
          onPick(...position);
        }
      }
    };
    table.onmouseover = event => {
      const position = cellOf(event);
      if (position) {
        highlight(...position);
      }
    };
    cells.focused = () => focused;
    return cells;
  };

  /** Probability bars, a row per token, the bar of token `hit` marked. */
  const bars = (probabilities, uchars, title, hit) => {
    const largest = Math.max(...probabilities);
    const described = probabilities
      .map((p, j) => tokenLabel(j, uchars) + " " + fixed(p, 4))
      .join(", ");
    const svg = element("@svg", {
      class: "bars",
      viewBox: `0 0 320 ${probabilities.length * 16 + 4}`,
      role: "img",
      "aria-label": title + ": " + described,
    });
    probabilities.forEach((p, j) => {
      const width = (226 * p) / largest;
      const top = j * 16 + 2;
      append(svg, [
        element("@text", { x: 28, y: top + 12, "text-anchor": "end" }, tokenLabel(j, uchars)),
        element("@rect", {
          class: j === hit ? "bar hit" : "bar",
          x: 34,
          y: top + 2,
          width,
          height: 12,
        }),
        element("@text", { x: 38 + width, y: top + 12 }, fixed(p, 4)),
      ]);
    });
    return element("div", { class: "bars-live" }, [
      element("p", { class: "chart-title" }, title),
      svg,
    ]);
  };

  /**
   * A chart frame at real pixel width. options: id, width, height, x0, x1 (the x range), low,
   * high (the y range), right (margin), xTicks, log (a log y axis), formatX, formatY, label.
   * Returns {x, y, left, right, top, bottom, svg} and drawing helpers.
   */
  const chart = options => {
    const transform = options.log ? Math.log : Number;
    let yTicks = ticks(options.low, options.high);
    if (options.log) {
      yTicks = yTicks.filter(tick => tick > 0);
    }
    const left = 44;
    const top = 10;
    const bottom = options.height - 24;
    const right = options.width - (options.right || 12);
    const yScale = scale(
      transform(Math.min(options.low, yTicks[0])),
      transform(Math.max(options.high, yTicks.at(-1))),
      bottom,
      top,
    );
    const x = scale(options.x0, options.x1, left, right);
    const y = value => yScale(transform(value));
    const svg = element("@svg", {
      class: "chart",
      viewBox: `0 0 ${options.width} ${options.height}`,
      width: options.width,
      height: options.height,
      role: "img",
      "aria-label": options.label,
    });
    const frame = { x, y, left, right, top, bottom, svg };
    const formatY = options.formatY || fixed;
    yTicks.forEach(tick =>
      append(svg, [
        element("@line", { class: "grid", x1: left, x2: right, y1: y(tick), y2: y(tick) }),
        element(
          "@text",
          { x: left - 6, y: y(tick) + 4, "text-anchor": "end" },
          formatY(tick, yTicks.decimals),
        ),
      ]),
    );
    append(svg, element("@line", { class: "axis", x1: left, x2: right, y1: bottom, y2: bottom }));
    const xTicks = options.xTicks || ticks(options.x0, options.x1);
    const formatX = options.formatX || fixed;
    xTicks.forEach(tick => {
      if (tick >= options.x0 && tick <= options.x1) {
        append(
          svg,
          element(
            "@text",
            { x: x(tick), y: options.height - 6, "text-anchor": "middle" },
            formatX(tick, xTicks.decimals),
          ),
        );
      }
    });
    const clipId = options.id + "-c";
    append(
      svg,
      element(
        "@clipPath",
        { id: clipId },
        element("@rect", { x: left, y: 0, width: right - left, height: bottom }),
      ),
    );

    /** A group whose marks are clipped to the plot area. */
    frame.group = className =>
      append(svg, element("@g", { class: className, "clip-path": `url(#${clipId})` })).lastChild;

    /** Path data through points: each a number (at x = firstX + i) or an [x, y] pair. */
    frame.path = (points, firstX) =>
      [...points]
        .map((point, i) => {
          const px = point.length ? point[0] : (firstX || 0) + i;
          const py = point.length ? point[1] : point;
          return (i ? "L" : "M") + x(px).toFixed(1) + " " + y(py).toFixed(1);
        })
        .join("");

    /**
     * The dashed line of the uniform guess at a loss value, across the plot, with its label at
     * the right end if one is given; returns its y.
     */
    frame.baseline = (loss, label) => {
      const at = y(loss);
      append(svg, element("@line", { class: "baseline", x1: left, x2: right, y1: at, y2: at }));
      if (label) {
        append(svg, element("@text", { x: right - 4, y: at - 5, "text-anchor": "end" }, label));
      }
      return at;
    };

    frame.line = (points, className, firstX, into) =>
      append(into || svg, element("@path", { class: className, d: frame.path(points, firstX) }))
        .lastChild;

    /**
     * A vertical rule the pointer moves; onMove(x) with x rounded into [from, to].
     * Returns moveTo(x).
     */
    frame.track = (from, to, onMove) => {
      const rule = element("@line", { class: "cursor", y1: top, y2: bottom });
      svg.append(rule);
      const point = event => {
        const pointed = x.inverse(event.clientX - svg.getBoundingClientRect().left);
        onMove(Math.round(Math.max(from, Math.min(to, pointed))));
      };
      svg.addEventListener("pointermove", point);
      svg.addEventListener("pointerdown", point); // a tap on a touch screen, which sends no move
      return value => {
        rule.setAttribute("x1", x(value));
        rule.setAttribute("x2", x(value));
      };
    };

    frame.dot = className =>
      append(svg, element("@g", { class: className }, element("@circle", { class: "dot", r: 4 })))
        .lastChild.firstChild;

    return frame;
  };

  /** The moving average over a window; the first values average what there is so far. */
  const movingAverage = (values, windowSize) => {
    let sum = 0;
    return values.map((value, i) => {
      sum += value - (i >= windowSize ? values[i - windowSize] : 0);
      return sum / Math.min(i + 1, windowSize);
    });
  };

  /**
   * Numbers the build packed (Json.f64: "f8:" doubles; Json.fixed4: "i2:"/"i4:" ints × 10⁻⁴).
   */
  const unpack = packed => {
    const bytes = Uint8Array.from(atob(packed.slice(3)), c => c.charCodeAt(0)).buffer;
    if (packed.startsWith("f")) {
      return new Float64Array(bytes);
    }
    const ints = packed[1] === "2" ? new Int16Array(bytes) : new Int32Array(bytes);
    return [...ints].map(k => k / 1e4);
  };

  /** rowCount rows of columnCount numbers each, from a flat array at an offset. */
  const rows = (flat, rowCount, columnCount, offset) =>
    Array.from({ length: rowCount }, (_, i) => {
      const start = offset + i * columnCount;
      return [...flat.slice(start, start + columnCount)];
    });

  /** Data several figures of the page share (a rung's weights), parsed once. */
  const shared = key => {
    if (!sharedData[key]) {
      sharedData[key] = JSON.parse(document.getElementById("mg-" + key).textContent);
    }
    return sharedData[key];
  };

  /**
   * Steps through frames the build drew (Frames.java): an element with data-f (its first frame)
   * and data-t (its last) is .off outside them; it is .now at data-n (or at its first frame).
   * Buttons with data-go jump to a frame. readouts[k] is announced at frame k.
   */
  const frames = (box, name, unit, readouts, play) => {
    const out = liveRegion();
    const drawn = findAll(box, "[data-f],[data-n]");
    const jumps = findAll(box, "[data-go]");
    const show = (k, where) => {
      drawn.forEach(node => {
        const first = node.dataset.f;
        const last = node.dataset.t;
        const now = node.dataset.n === undefined ? first : node.dataset.n;
        node.classList.toggle("off", first > k || (last !== undefined && k > last));
        node.classList.toggle("now", now == k);
      });
      jumps.forEach(jump => jump.setAttribute("aria-pressed", jump.dataset.go == k));
      where.textContent = `${unit} ${k + 1} of ${readouts.length}`;
      out.textContent = readouts[k];
    };
    const steps = stepper(name, () => readouts.length, show, play);
    jumps.forEach(jump => {
      jump.hidden = false;
      jump.onclick = () => steps.go(+jump.dataset.go);
    });
    box.prepend(steps.node);
    box.append(out);
    steps.go(0);
    return steps;
  };

  /** A copy of (part of) the build's static figure in the live box, to bring to life. */
  const adopt = (box, figure, selector) =>
    box.appendChild(find(figure, ".static " + (selector || "")).cloneNode(true));

  const hydrate = figure => {
    const widget = registry[figure.dataset.widget];
    const data = find(figure, "script.widget-data");
    const box = element("div", { class: "live" });
    try {
      if (data && widget) {
        figure.insertBefore(box, find(figure, ":scope>figcaption"));
        widget(box, JSON.parse(data.textContent), figure);
        figure.classList.add("is-live");
      }
      if (!data || widget) {
        figure.dataset.ready = "true"; // what the browser tests wait for
      }
    } catch (error) {
      box.remove(); // the static figure stays, complete
      console.error(`widget ${figure.dataset.widget} failed:`, error);
    }
  };

  // A very large fallback arrives as <noscript> text (WidgetExtension.heavy) so the page paints
  // first; it becomes HTML again after the first paint, and then its widget comes to life.
  document.addEventListener("DOMContentLoaded", () => {
    findAll(document, "figure.widget[data-widget]").forEach(figure => {
      const heavy = find(figure, ":scope>noscript.static");
      if (!heavy) {
        hydrate(figure);
        return;
      }
      requestAnimationFrame(() =>
        setTimeout(() => {
          heavy.outerHTML = `<div class="static">${heavy.textContent}</div>`;
          hydrate(figure);
        }),
      );
    });
  });

  return {
    register: (name, widget) => {
      registry[name] = widget;
    },
    element,
    append,
    replaceChildren,
    find,
    findAll,
    fixed,
    integer,
    scientific,
    afterSteps,
    scale,
    ticks,
    heatClass,
    signedHeatClass,
    tokenLabel,
    tokenChip,
    encode,
    liveRegion,
    onWidth,
    button,
    textInput,
    select,
    slider,
    stepper,
    grid,
    bars,
    chart,
    movingAverage,
    unpack,
    rows,
    shared,
    adopt,
    frames,
    MINUS,
  };
})();
