// The search page: Pagefind's interface, which shows its own labels in the page's language (from <html lang>).
// A query in the address (?q=...) is searched at once, so a search can be shared as a link.
(function () {
  "use strict";
  function start() {
    var element = document.getElementById("ui-search");
    if (!element || typeof window.PagefindUI === "undefined") return;
    var ui = new window.PagefindUI({
      element: "#ui-search",
      showSubResults: true,
      showImages: false,
      translations: { placeholder: element.getAttribute("data-search-placeholder") || undefined }
    });
    // Pagefind names its input only by a title; the page's visible heading labels it instead.
    var input = element.querySelector(".pagefind-ui__search-input");
    if (input && document.getElementById("search-title")) input.setAttribute("aria-labelledby", "search-title");
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
