/* tokenizer: a typed name as token chips with ids, BOS at both ends; in vocab mode, the distinct
   characters of typed text, sorted, with the ids they would get. */
MG.register("tokenizer", function (box, data) {
  var el = MG.el, U = data.uchars, enc = data.mode == "encode", row = el("p", {class: "tok-row"}), say = MG.live("summary-line");
  var inp = MG.input(data.text, show, 40);
  box.append(el("label", {class: "controls"}, [enc ? "Type a name" : "Type some text", inp]), row, say);
  function show() {
    var t = inp.value.toLowerCase(), k = [], ids, bad;
    if (enc) {
      ids = MG.encode(t, U);
      ids.forEach(function (id, i) { k.push(id < 0 ? el("span", {class: "tok oov", title: "not in the vocabulary"}, [t[i - 1], el("sub", {}, "?")]) : MG.chip(id, U), " "); });
      bad = ids.filter(function (id) { return id < 0; }).length;
      say.textContent = ids.length + " tokens: " + ids.map(function (id) { return id < 0 ? "?" : MG.label(id, U) + " " + id; }).join(", ")
        + (bad ? ". " + bad + " character(s) are not in the vocabulary of " + (U.length + 1) + " tokens." : ".");
    } else {
      ids = t.replace(/\s/g, "").split("").filter(function (c, i, a) { return a.indexOf(c) == i; }).sort();
      ids.forEach(function (c, i) { k.push(el("span", {class: "tok"}, [c, el("sub", {}, i)]), " "); });
      say.textContent = ids.length + " distinct characters: " + ids.join(" ");
    }
    MG.put(row, k);
  }
  show();
});
