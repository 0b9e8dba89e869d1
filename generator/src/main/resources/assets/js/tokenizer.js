/* tokenizer: a typed name as token chips with ids, BOS at both ends; in vocab mode, typed text's
   distinct characters, sorted, with the ids they would get. */
MG.register("tokenizer", (box, d) => {
  var el = MG.el, U = d.uchars, enc = d.mode == "encode", row = el("p", {class: "tok-row"}), say = MG.live("summary-line"), inp = MG.input(d.text, show, 40);
  box.append(el("label", {class: "controls"}, [enc ? "Type a name" : "Type some text", inp]), row, say);
  function show() {
    var t = inp.value.toLowerCase(), ids = enc ? MG.encode(t, U) : [...new Set(t.replace(/\s/g, ""))].sort(), bad = ids.filter(i => i < 0).length;
    MG.put(row, ids.flatMap((id, i) => [enc ? id < 0 ? el("span", {class: "tok oov", title: "not in the vocabulary"}, [t[i - 1], el("sub", {}, "?")])
      : MG.chip(id, U) : el("span", {class: "tok"}, [id, el("sub", {}, i)]), " "]));
    say.textContent = enc ? `${ids.length} tokens: ${ids.map(i => i < 0 ? "?" : MG.label(i, U) + " " + i).join(", ")}${bad ? `. ${bad} character(s) are not in the vocabulary of ${U.length + 1} tokens.` : "."}`
      : `${ids.length} distinct characters: ${ids.join(" ")}`;
  }
  show();
});
