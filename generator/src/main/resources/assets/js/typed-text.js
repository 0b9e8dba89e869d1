/*
 * Typed text as the models read it, one rule for every widget that takes a name, said on screen:
 * a capital becomes its small letter, other characters are skipped, a transformer reads only
 * blockSize − 1 letters.
 */
"use strict";

/**
 * {name, note}: the letters read, and how they came from the typed text;
 * limit: how many letters fit
 */
MG.readTyped = (typed, uchars, limit) => {
  const shown = c => `“${c === " " ? "␣" : c}”`;
  const kept = [];
  const lowered = new Map();
  const skipped = new Set();
  for (const c of typed) {
    const small = c.toLowerCase();
    if (uchars.includes(small)) {
      kept.push(small);
      if (small !== c) {
        lowered.set(c, small);
      }
    } else {
      skipped.add(c);
    }
  }
  const changes = [...lowered].map(([c, small]) => `${shown(c)} became ${shown(small)}`);
  if (skipped.size) {
    changes.push([...skipped].map(shown).join(", ") + " skipped");
  }
  const cut = limit !== undefined && kept.length > limit;
  if (cut) {
    changes.push(
      `only the first ${limit} read: the model has ${limit + 1} positions, BOS included`,
    );
  }
  const rule = `Letters ${uchars[0]}–${uchars[uchars.length - 1]} only`;
  return {
    name: (cut ? kept.slice(0, limit) : kept).join(""),
    note: changes.length ? `${rule}: ${changes.join("; ")}.` : "",
  };
};
