// The search page: Pagefind's interface, which shows its own labels in the page's language (from <html lang>), with the
// filters the pages carry (section, province, sector, status). A query in the address (?q=...) is searched at once, so a
// search can be shared as a link.
(function () {
  "use strict";

  // Korean writes particles onto the word before them (박닌성에, 산업단지의). Pagefind indexes whole words and matches a
  // query word against the beginning of each, so a query word that keeps its particle finds only that one form of the
  // noun; without it, it finds them all. Longest first; a word keeps at least two syllables.
  var KOREAN_PARTICLES = ["에서는", "에서도", "으로는", "으로도", "에게서", "에서", "에게", "에는", "에도", "으로", "로는",
    "까지", "부터", "처럼", "보다", "와의", "과의", "이나", "의", "에", "을", "를", "이", "가", "은", "는", "와", "과", "도",
    "만", "로"];
  var HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;

  function withoutParticle(word) {
    if (!HANGUL_WORD.test(word)) return word;
    for (var i = 0; i < KOREAN_PARTICLES.length; i++) {
      var particle = KOREAN_PARTICLES[i];
      if (word.length - particle.length >= 2 && word.slice(-particle.length) === particle)
        return word.slice(0, -particle.length);
    }
    return word;
  }

  function koreanTerm(term) {
    return term.split(/\s+/).map(withoutParticle).join(" ");
  }

  // The interface's own instance of Pagefind: a module is loaded once for its address.
  var pagefind = null;

  // Pagefind loads the part of its index where a query word falls, but not the next part when the words that begin with
  // the query run past the end of that part. A Korean noun sorts before its forms with particles (산업단지 before
  // 산업단지의, 산업단지는), so a page that writes it only with a particle was lost whenever the index split among them.
  // Loading the part where the word's forms end as well (the word followed by U+FFFF, which sorts after all of them) finds them.
  function loadForms(term) {
    var words = koreanTerm(term).split(" ").filter(function (word) { return HANGUL_WORD.test(word); });
    return loadPagefind().then(function (module) {
      return Promise.all(words.map(function (word) { return module.preload(word + "\uFFFF"); }));
    }).catch(function () { /* the search still runs; only forms in another part of the index may be missed */ });
  }

  // Pagefind counts a search's results by value only for the filters it has loaded, and its interface keeps the
  // filters of the first results it shows: a search run as the page opens, before they were all loaded, showed only
  // some of them (a reader following a link with a query could not narrow by section). Loading them all first fixes it.
  function loadFilters() {
    return loadPagefind().then(function (module) { return module.filters(); })
      .catch(function () { /* the search still runs; its results may then offer fewer filters */ });
  }

  // What a query from the address waits for: the filters, and the Korean forms of its words. A request that fails does
  // not hold the search back; one that hangs, 20 seconds at most: on a slow connection or a busy phone, a wait of 5 s
  // gave results without the filters that arrived a moment later.
  function loadForQuery(query, korean) {
    var limit = new Promise(function (done) { setTimeout(done, 20000); });
    return Promise.race([Promise.all([loadFilters(), korean ? loadForms(query) : null]), limit]);
  }

  function loadPagefind() {
    var script = document.querySelector('script[src*="pagefind-ui.js"]');
    if (!script) return Promise.reject(new Error("no Pagefind interface on the page"));
    pagefind = pagefind || import(script.src.replace(/pagefind-ui\.js[^/]*$/, "pagefind.js"));
    return pagefind;
  }

  function start() {
    var element = document.getElementById("ui-search");
    if (!element || typeof window.PagefindUI === "undefined") return;
    var korean = (document.documentElement.lang || "").split("-")[0] === "ko";
    var ui = new window.PagefindUI({
      element: "#ui-search",
      showSubResults: true,
      showImages: false,
      processTerm: korean ? koreanTerm : undefined,
      // Long pages are not ranked down: a province's page is long because it says much about the province. A word repeated
      // on a page counts for less than Pagefind's default (1.4), so that a page naming a place or a park many times does not
      // outrank the page whose title it is.
      ranking: { pageLength: 0, termSaturation: 0.8 },
      translations: { placeholder: element.getAttribute("data-search-placeholder") || undefined }
    });
    // Pagefind names its input only by a title; the page's visible heading labels it instead.
    var input = element.querySelector(".pagefind-ui__search-input");
    if (input && document.getElementById("search-title")) input.setAttribute("aria-labelledby", "search-title");
    if (korean && input) input.addEventListener("input", function () { loadForms(input.value); });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      loadForQuery(query, korean).then(function () {
        // A reader who began a search of their own meanwhile keeps it.
        if (input && input.value !== "" && input.value !== query) return;
        ui.triggerSearch(query);
      });
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
