/* Listings: every excerpt shows the Python reference and the Java that built the numbers as two
   tabs of one listing (the WAI-ARIA tabs pattern: arrow keys, Home and End move and select). One
   choice serves every listing of the page at once and is remembered from page to page in
   localStorage, which works from file:// as well as on a host. Loaded in <head> before the first
   paint, so the chosen language shows at once; without script both panels show, one above the
   other, each titled with its language. */
(function () {
  "use strict";
  var KEY = "microgpt-listing";
  var LANGUAGES = ["python", "java"];
  var root = document.documentElement;

  function stored() {
    var language = null;
    try {
      language = localStorage.getItem(KEY);
    } catch (e) {
      /* storage refused (private mode, a strict file:// policy): the default */
    }
    return LANGUAGES.indexOf(language) >= 0 ? language : LANGUAGES[0];
  }

  /* Shows one language in every listing: the stylesheet reads <html data-listing>. */
  function select(language) {
    root.setAttribute("data-listing", language);
    document.querySelectorAll(".listing-tabs [role=tab]").forEach(function (tab) {
      var selected = tab.getAttribute("data-lang") === language;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      var panel = document.getElementById(tab.getAttribute("aria-controls"));
      if (panel) panel.hidden = !selected;
    });
  }

  /* The reader chose a tab: every listing switches, and the chosen tab stays where it was on
     screen although the listings above it change height. */
  function choose(tab) {
    var language = tab.getAttribute("data-lang");
    var before = tab.getBoundingClientRect().top;
    select(language);
    try {
      localStorage.setItem(KEY, language);
    } catch (e) {
      /* not remembered: this page only */
    }
    window.scrollBy(0, tab.getBoundingClientRect().top - before);
    tab.focus();
  }

  function wire(tabList) {
    var tabs = Array.prototype.slice.call(tabList.querySelectorAll("[role=tab]"));
    tabList.hidden = false;
    tabs.forEach(function (tab, index) {
      tab.addEventListener("click", function () {
        choose(tab);
      });
      tab.addEventListener("keydown", function (event) {
        var moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
        var target = moves[event.key];
        if (target === undefined) return;
        event.preventDefault();
        choose(tabs[(target + tabs.length) % tabs.length]);
      });
    });
  }

  /* A line reference in prose ("line 120") marks that line of the shown listing while the
     pointer is on it or it has the focus: the number of the language the reader sees. */
  function mark(reference, on) {
    var listing = document.getElementById(reference.hash.slice(1)); /* the print edition renames ids */
    var language = root.getAttribute("data-listing");
    if (!listing) return;
    var panel = listing.querySelector(".listing-panel[data-lang=" + language + "]");
    var line = reference.getAttribute("data-" + language);
    var target = panel && panel.querySelector("[data-line='" + line + "']");
    if (target) target.classList.toggle("ref", on);
  }

  function wireReference(reference) {
    ["mouseenter", "focus"].forEach(function (type) {
      reference.addEventListener(type, function () {
        mark(reference, true);
      });
    });
    ["mouseleave", "blur"].forEach(function (type) {
      reference.addEventListener(type, function () {
        mark(reference, false);
      });
    });
  }

  root.setAttribute("data-listing", stored());
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".listing-tabs").forEach(wire);
    document.querySelectorAll("a.line-ref").forEach(wireReference);
    select(stored());
  });
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) select(stored()); /* chosen in another window of the guide */
  });
})();
