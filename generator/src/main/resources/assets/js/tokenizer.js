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

  const unknownChip = character =>
    MG.element("span", { class: "tok oov", title: "not in the vocabulary" }, [
      character,
      MG.element("sub", {}, "?"),
    ]);

  const showEncoded = text => {
    const ids = MG.encode(text, uchars);
    const unknown = ids.filter(id => id < 0).length;
    // ids[i] is the token of text[i − 1]: ids[0] is the opening BOS
    MG.replaceChildren(
      row,
      ids.flatMap((id, i) => [id < 0 ? unknownChip(text[i - 1]) : MG.tokenChip(id, uchars), " "]),
    );
    const listed = ids.map(id => (id < 0 ? "?" : MG.tokenLabel(id, uchars) + " " + id)).join(", ");
    const warning = unknown
      ? `. ${unknown} character(s) are not in the vocabulary of ${uchars.length + 1} tokens.`
      : ".";
    say.textContent = `${ids.length} tokens: ${listed}${warning}`;
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
    const text = input.value.toLowerCase();
    if (encodeMode) {
      showEncoded(text);
    } else {
      showVocabulary(text);
    }
  };
  const input = MG.textInput(data.text, show, 40);
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
