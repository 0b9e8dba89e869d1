/* Term cards: a link to a glossary term shows the term's definition in a card under it, on
   hover, on keyboard focus and on a first tap; a second tap, or Enter, follows the link to the
   glossary. Escape closes the card. terms.js loads this script on the first hover, focus or tap
   of a term, and this script loads the definitions (assets/glossary-cards.js, built with the
   site): both are classic scripts added when wanted, as the search index is, since fetch()
   fails from file://. */
(function () {
  "use strict";
  var HIDE_DELAY_MS = 250; // time to move the pointer from the link into its card
  // A tap focuses the link before it clicks: a card that opened less than this long ago opened
  // in the same tap, which must not follow the link yet.
  var SAME_TAP_MS = 300;

  (function () {
    var links = document.querySelectorAll("a.term");
    self.MG_TERM_CARDS = true; // terms.js stops loading and stops holding back taps
    var card = document.createElement("div");
    card.className = "term-card";
    card.id = "term-card";
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    document.body.appendChild(card);
    var shownFor = null;
    var shownSince = 0;
    var hideTimer = 0;
    var loading = false;
    var wanted = null; // the link waiting for the definitions to load

    function termOf(link) {
      return link.getAttribute("href").split("#")[1];
    }

    function load(link) {
      wanted = link;
      if (self.MG_GLOSSARY) return show(link);
      if (loading) return;
      loading = true;
      var script = document.createElement("script");
      script.src = link.getAttribute("href").replace(/glossary\.html#.*$/, "assets/glossary-cards.js");
      script.onload = function () { if (wanted) show(wanted); };
      document.head.appendChild(script);
    }

    function show(link) {
      var entry = self.MG_GLOSSARY[termOf(link)];
      if (!entry) return;
      clearTimeout(hideTimer);
      if (shownFor) shownFor.removeAttribute("aria-describedby");
      var title = document.createElement("p");
      title.className = "term-card-title";
      title.textContent = entry[0];
      card.innerHTML = entry[1]; // the glossary page's own paragraphs, as the build rendered them
      card.insertBefore(title, card.firstChild);
      card.hidden = false;
      place(link);
      link.setAttribute("aria-describedby", card.id);
      if (shownFor !== link) shownSince = performance.now();
      shownFor = link;
    }

    /* Under the link, kept inside the window's width. */
    function place(link) {
      var box = link.getBoundingClientRect();
      var width = card.offsetWidth;
      var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
      card.style.left = left + window.scrollX + "px";
      card.style.top = box.bottom + window.scrollY + 6 + "px";
    }

    function hide() {
      wanted = null;
      card.hidden = true;
      if (shownFor) shownFor.removeAttribute("aria-describedby");
      shownFor = null;
    }

    /* The pointer left the link or its card: close, unless the card is the focused link's. */
    function hideSoon() {
      clearTimeout(hideTimer);
      if (shownFor && document.activeElement === shownFor) return;
      hideTimer = setTimeout(hide, HIDE_DELAY_MS);
    }

    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener("mouseenter", function () { load(link); });
      link.addEventListener("mouseleave", hideSoon);
      link.addEventListener("focus", function () {
        clearTimeout(hideTimer);
        load(link);
      });
      link.addEventListener("blur", hide);
      link.addEventListener("click", function (event) {
        // a first tap shows the card (a touch screen has no hover); the next tap follows the link
        var justOpened = shownFor !== link || performance.now() - shownSince < SAME_TAP_MS;
        if (event.pointerType === "touch" && justOpened) {
          event.preventDefault();
          load(link);
        }
      });
    });
    card.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    card.addEventListener("mouseleave", hideSoon);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && shownFor) hide();
    });
    document.addEventListener("pointerdown", function (event) {
      if (shownFor && !card.contains(event.target) && event.target !== shownFor) hide();
    });
    // the term that loaded this script, if the pointer or the focus is still on it
    var first = self.MG_TERM_WANTED;
    if (first && (first.matches(":hover") || document.activeElement === first || self.MG_TERM_TAPPED)) {
      load(first);
    }
  })();
})();
