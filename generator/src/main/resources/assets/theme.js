/* Theme: System → Light → Dark, remembered in localStorage. Loaded in <head> before first paint,
   so a chosen theme never flashes; an external file because the CSP allows no inline script. */
(function () {
  "use strict";
  var KEY = "microgpt-theme", ORDER = ["system", "light", "dark"], root = document.documentElement;
  function stored() {
    try { return localStorage.getItem(KEY) || "system"; } catch (e) { return "system"; }
  }
  function apply(theme) {
    if (theme === "system") root.removeAttribute("data-theme"); else root.setAttribute("data-theme", theme);
  }
  apply(stored());
  // Scripts run: the header keeps room for the search box and the theme button, which the
  // deferred scripts show, so nothing moves when they appear (style.css, .scripted).
  root.classList.add("scripted");
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    function show(theme) {
      button.querySelector(".theme-label").textContent = "Theme: " + theme;
      button.querySelector(".theme-hint").textContent =
        (theme === "system" ? ", follows the system" : "") + ". Change theme";
    }
    button.hidden = false;
    show(stored());
    button.addEventListener("click", function () {
      var next = ORDER[(ORDER.indexOf(stored()) + 1) % ORDER.length];
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: this page only */ }
      apply(next);
      show(next);
    });
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
}());
