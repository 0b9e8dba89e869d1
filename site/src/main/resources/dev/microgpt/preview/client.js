/* The preview's reload channel (only the preview server sends this script; published pages never
   load it). After each rebuild the server says which files changed: this page reloads if it did,
   or if an asset did. A failed rebuild shows its file:line messages over the page until fixed. */
(function () {
  "use strict";
  var here = decodeURIComponent(location.pathname).replace(/^\/+/, "");
  if (here === "" || /\/$/.test(here)) here += "index.html";
  var box = null;

  function show(text) {
    if (!box) {
      box = document.createElement("pre");
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:99;margin:0;padding:1rem;"
        + "max-height:50vh;overflow:auto;white-space:pre-wrap;font:14px/1.4 ui-monospace,monospace;"
        + "background:#2b0d0d;color:#ffdada;border:2px solid #ff6b6b;border-radius:.5rem";
      document.body.appendChild(box);
    }
    box.textContent = "Build failed; this is the last good version of the page.\n\n" + text;
  }

  var events = new EventSource("/__preview/events");
  events.addEventListener("built", function (e) {
    var changed = JSON.parse(e.data).changed;
    var asset = changed.some(function (p) { return p.indexOf("assets/") === 0 && p !== "assets/search-index.js"; });
    if (box || asset || changed.indexOf(here) >= 0) {
      sessionStorage.setItem("preview-scroll", here + " " + window.scrollY);
      location.reload();
    }
  });
  events.addEventListener("failed", function (e) { show(JSON.parse(e.data)); });
  var kept = (sessionStorage.getItem("preview-scroll") || "").split(" ");
  if (kept[0] === here) {
    sessionStorage.removeItem("preview-scroll");
    window.addEventListener("load", function () { window.scrollTo(0, +kept[1]); });
  }
}());
