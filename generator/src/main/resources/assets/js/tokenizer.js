/*
 * tokenizer: a typed name as token chips with their ids, BOS at both ends; in vocab mode, typed
 * text as its distinct characters, sorted, with their positions (how the vocabulary is built).
 */
"use strict";
MG.register("tokenizer", (box, data) => {
  const uchars = data.uchars;
  const encodeMode = data.mode === "encode";
  const row = MG.element("p", { class: "tok-row" });
  const say = MG.liveRegion("summary-line");

  // the rule every widget that reads a name uses (typed-text.js), said on screen under the chips
  const showEncoded = typed => {
    const read = MG.readTyped(typed, uchars);
    const ids = MG.encode(read.name, uchars);
    MG.replaceChildren(
      row,
      ids.flatMap(id => [MG.tokenChip(id, uchars), " "]),
    );
    const listed = ids.map(id => MG.tokenLabel(id, uchars) + " " + id).join(", ");
    say.textContent = `${ids.length} tokens: ${listed}.` + (read.note ? " " + read.note : "");
  };

  const showVocabulary = text => {
    const characters = [...new Set(text.replace(/\s/g, ""))].sort();
    MG.replaceChildren(
      row,
      characters.flatMap((character, i) => [
        MG.element("span", { class: "tok" }, [character, MG.element("sub", {}, i)]),
        " ",
      ]),
    );
    say.textContent = `${characters.length} distinct characters: ${characters.join(" ")}`;
  };

  const show = () => {
    if (encodeMode) {
      showEncoded(input.value);
    } else {
      showVocabulary(input.value);
    }
  };
  const input = MG.textInput(data.text, show);
  box.append(
    MG.element("label", { class: "controls" }, [
      encodeMode ? "Type a name" : "Type some text",
      input,
    ]),
    row,
    say,
  );
  show();
});
