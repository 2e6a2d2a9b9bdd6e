// Injected into pages by the preview server only: reloads the page when the site has been rebuilt.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script ? script.getAttribute("data-generation") : null;
  var events = new EventSource("/_preview/events");
  events.addEventListener("open", function () {
    document.documentElement.setAttribute("data-preview", "live");
  });
  events.addEventListener("generation", function (event) {
    if (event.data !== shown) {
      events.close();
      location.reload();
    }
  });
})();
