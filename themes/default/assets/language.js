// Language choice, without inline script (the pages allow no inline script).
// On every page: remember the language a reader picks in the language switcher.
// On the root page: send the reader to the remembered language, else to the first of the browser's preferred
// languages the site has (ja-JP → ja); with no match, or without JavaScript, the page lists every language.
(function () {
  "use strict";
  var KEY = "language";

  function remember(code) {
    try { window.localStorage.setItem(KEY, code); } catch (e) { /* storage may be disabled */ }
  }

  function remembered() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-remember-language]") : null;
    if (link) remember(link.getAttribute("hreflang"));
  });

  var chooser = document.querySelector("[data-language-chooser]");
  if (!chooser) return;
  var links = Array.prototype.slice.call(chooser.querySelectorAll("a[hreflang]"));

  function find(code) {
    if (!code) return null;
    code = code.toLowerCase();
    var primary = code.split("-")[0];
    var exact = null, partial = null;
    links.forEach(function (link) {
      var hreflang = link.getAttribute("hreflang").toLowerCase();
      if (hreflang === code) exact = exact || link;
      else if (hreflang === primary || hreflang.split("-")[0] === primary) partial = partial || link;
    });
    return exact || partial;
  }

  var wanted = [remembered()].concat(navigator.languages ? Array.prototype.slice.call(navigator.languages) : [navigator.language]);
  for (var i = 0; i < wanted.length; i++) {
    var match = find(wanted[i]);
    if (match) {
      window.location.replace(match.href);
      return;
    }
  }
})();
