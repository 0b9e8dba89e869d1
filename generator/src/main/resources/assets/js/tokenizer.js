/* tokenizer: type a name, see its tokens (BOS at both ends) as chips with their ids; or, in vocab
   mode, type any text and see its distinct characters in sorted order with the ids they would get. */
MG.register("tokenizer", function (box, data) {
  "use strict";
  var el = MG.el, uchars = data.uchars, encode = data.mode === "encode";
  var input = el("input", {type: "text", value: data.text, spellcheck: "false", autocomplete: "off", maxlength: 40});
  var chips = el("p", {class: "tok-row"}), say = MG.live("summary-line");
  box.appendChild(el("label", {class: "controls"}, [encode ? "Type a name" : "Type some text", input]));
  box.appendChild(chips);
  box.appendChild(say);

  function show() {
    var text = input.value.toLowerCase(), ids = [];
    chips.textContent = "";
    if (encode) {
      ids = MG.encode(text, uchars);
      ids.forEach(function (id, i) {
        var ch = i > 0 && i < ids.length - 1 ? text.charAt(i - 1) : "";
        chips.appendChild(id < 0 ? el("span", {class: "tok oov", title: "not in the vocabulary"}, [ch, el("sub", {}, "?")])
          : MG.chip(id, uchars));
        chips.appendChild(document.createTextNode(" "));
      });
      var unknown = ids.filter(function (id) { return id < 0; }).length;
      say.textContent = ids.length + " tokens: " + ids.map(function (id, i) {
        return id < 0 ? "?" : MG.label(id, uchars) + " " + id;
      }).join(", ") + (unknown ? ". " + unknown + " character(s) are not in the vocabulary of " + (uchars.length + 1) + " tokens." : ".");
    } else {
      var set = {};
      text.replace(/\s/g, "").split("").forEach(function (c) { set[c] = true; });
      Object.keys(set).sort().forEach(function (c, i) {
        chips.appendChild(el("span", {class: "tok"}, [c, el("sub", {}, i)]));
        chips.appendChild(document.createTextNode(" "));
      });
      say.textContent = Object.keys(set).length + " distinct characters: " + Object.keys(set).sort().join(" ");
    }
  }
  input.addEventListener("input", show);
  show();
});
