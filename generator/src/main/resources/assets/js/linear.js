/* linear: editable weights and inputs; each output's sum written out */
MG.register("linear", (box, d, f) => {
  var t = MG.$(MG.adopt(box, f, ".scroll"), "table"), out = MG.live(), v = {};
  function n(x) { return String(+x.toFixed(4)).replace("-", MG.M); }
  MG.$$(t, "td[data-v]").forEach(c => {
    var k = c.dataset.v, i = MG.el("input", {value: c.textContent.replace(MG.M, "-"), inputmode: "decimal", pattern: " *-?[0-9]*[.]?[0-9]+ *", "aria-label": k[0] == "x" ? "input " + k[1] : "weight " + k[1] + ", " + k[2], oninput: calc});
    v[k] = i;
    MG.put(c, i);
  });
  function calc() {
    var ys = [];
    MG.$$(t, "td.sum").forEach((c, i) => {
      var y = 0, s = [];
      for (var j = 0; v["x" + j]; j++) {
        var a = +v["w" + i + j].value, b = +v["x" + j].value;
        y += a * b;
        s.push([a, b].map(x => x < 0 ? "(" + n(x) + ")" : n(x)).join(" \u00d7 "));
      }
      MG.put(c, [MG.el("span", {}, "y"), MG.el("sub", {}, i), " = " + s.join(" + ") + " = ", MG.el("b", {}, n(y))]);
      ys.push(n(y));
    });
    out.textContent = "y = (" + ys.join(", ") + ")";
  }
  box.append(out);
  calc();
});
