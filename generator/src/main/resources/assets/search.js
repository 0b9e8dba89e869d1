/* Search: the box in the header. The index (assets/search-index.js, built with the site) is a
   classic script loaded on first use, because fetch() and modules do not work from file://.
   Every word typed must appear in a section; titles and headings weigh more than text.
   Results are links: Down arrow moves into them, Up/Down between them, Escape closes. */
(function () {
  "use strict";
  var MAX = 8;
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector(".site-search");
    if (!form) return;
    var input = form.querySelector("input"), list = form.querySelector(".search-results"),
        status = form.querySelector(".search-status"), root = form.getAttribute("data-root") || "",
        loading = false, index = null, pending = null;
    form.hidden = false;

    /* Lower case without accents, one character for one, so a match's offset holds in the original. */
    function fold(s) {
      return s.toLowerCase().replace(/[^\u0000-\u007f]/g, function (c) { return c.normalize("NFD").charAt(0); });
    }

    /* Runs then() once the index is there; while it loads, only the latest request waits. */
    function load(then) {
      if (index || self.MG_SEARCH_INDEX) { index = index || prepare(self.MG_SEARCH_INDEX); then(); return; }
      pending = then;
      if (loading) return;
      loading = true;
      var script = document.createElement("script");
      script.src = root + "assets/search-index.js";
      script.onload = function () { index = prepare(self.MG_SEARCH_INDEX); pending(); };
      script.onerror = function () { say("The search index could not be loaded."); };
      document.head.appendChild(script);
    }

    /* One entry per section, with folded copies of what is searched. */
    function prepare(data) {
      var out = [];
      data.pages.forEach(function (p, order) {
        p.x.forEach(function (s) {
          out.push({page: p, anchor: s[0], heading: s[1], text: s[2], order: order,
            ft: fold(p.t + " " + p.l), fe: fold(p.t), fh: fold(s[1]), fx: fold(p.s + " " + s[2])});
        });
      });
      return out;
    }

    function count(hay, word) {
      var n = 0, at = hay.indexOf(word);
      while (at >= 0 && n < 5) { n++; at = hay.indexOf(word, at + word.length); }
      return n;
    }

    function search(query) {
      var words = fold(query).split(/[^a-z0-9\u00c0-\uffff]+/).filter(Boolean);
      if (!words.length) return [];
      var hits = [];
      index.forEach(function (e) {
        var score = 0;
        for (var i = 0; i < words.length; i++) {
          var w = words[i], t = e.ft.indexOf(w) >= 0, h = e.fh.indexOf(w) >= 0, x = count(e.fx, w);
          if (!t && !h && !x) return;
          score += (t ? 10 : 0) + (h ? 6 : 0) + x;
        }
        if (e.fe === words.join(" ")) score += 100;            // the title exactly: that page first
        hits.push({e: e, score: score, first: words[0]});
      });
      hits.sort(function (a, b) { return b.score - a.score || a.e.order - b.e.order; });
      return hits;
    }

    /* A short piece of text around the first match, the match itself in <mark>. */
    function snippet(text, word) {
      var at = fold(text).indexOf(word), span = document.createElement("span");
      span.className = "search-snippet";
      if (at < 0) { span.textContent = text.slice(0, 120) + (text.length > 120 ? "…" : ""); return span; }
      var from = Math.max(0, at - 50), to = Math.min(text.length, at + word.length + 70);
      var mark = document.createElement("mark");
      mark.textContent = text.slice(at, at + word.length);
      span.appendChild(document.createTextNode((from > 0 ? "…" : "") + text.slice(from, at)));
      span.appendChild(mark);
      span.appendChild(document.createTextNode(text.slice(at + word.length, to) + (to < text.length ? "…" : "")));
      return span;
    }

    function say(message) { status.textContent = message; }

    function show() {
      var query = input.value.trim();
      list.textContent = "";
      if (!query) { close(); say(""); return; }
      var hits = search(query);
      hits.slice(0, MAX).forEach(function (hit) {
        var e = hit.e, a = document.createElement("a"), title = document.createElement("span");
        a.href = root + e.page.u + (e.anchor ? "#" + e.anchor : "");
        title.className = "search-title";
        title.textContent = (e.page.l ? e.page.l + " " : "") + e.page.t + (e.heading ? " › " + e.heading : "");
        a.appendChild(title);
        a.appendChild(snippet(e.text || e.page.s, hit.first));
        var li = document.createElement("li");
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = false;
      say(hits.length === 0 ? "No results for " + query : hits.length + (hits.length === 1 ? " result" : " results")
        + (hits.length > MAX ? ", showing the first " + MAX : "") + ". Down arrow to reach them.");
      if (!hits.length) {
        var none = document.createElement("li");
        none.className = "search-none";
        none.textContent = "No page mentions that.";
        list.appendChild(none);
      }
    }

    function close() {
      list.hidden = true;
    }

    function links() { return [].slice.call(list.querySelectorAll("a")); }

    input.addEventListener("focus", function () { load(function () {}); });
    input.addEventListener("input", function () { load(show); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = links()[0];
      if (first) first.click();
    });
    form.addEventListener("keydown", function (event) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && all.length) {
        event.preventDefault();
        all[Math.min(at + 1, all.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        event.preventDefault();
        if (at === 0) input.focus(); else all[at - 1].focus();
      } else if (event.key === "Escape") {
        close();
        input.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) close();
    });
    form.addEventListener("focusout", function (event) {
      if (event.relatedTarget && !form.contains(event.relatedTarget)) close();
    });
    input.addEventListener("focus", function () { if (input.value.trim() && list.children.length) show(); });
  });
}());
