/* The first hover, focus or tap of a glossary term loads term-cards.js (late, like the search
   index), which shows the term's definition; a first tap waits for it. */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    function want(event) {
      if (self.MG_TERM_CARDS) return;
      if (event.type === "click") {
        if (event.pointerType !== "touch") return;
        event.preventDefault();
        self.MG_TERM_TAPPED = true;
      }
      var first = !self.MG_TERM_WANTED;
      self.MG_TERM_WANTED = event.currentTarget;
      if (!first) return;
      var script = document.createElement("script");
      script.src = event.currentTarget.href.replace(/glossary\.html#.*$/, "assets/term-cards.js");
      document.head.appendChild(script);
    }
    document.querySelectorAll("a.term").forEach(function (link) {
      ["mouseenter", "focus", "click"].forEach(function (type) { link.addEventListener(type, want); });
    });
  });
})();
