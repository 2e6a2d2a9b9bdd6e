// Injected into pages by the preview server only: reloads the page when the site has been rebuilt.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script ? script.getAttribute("data-generation") : null;
  var events = null;
  // A browser opens few connections to one host: only a visible page listens, and a page shown again catches up at once.
  function listen() {
    if (events || document.hidden) return;
    events = new EventSource("/_preview/events");
    events.addEventListener("open", function () {
      document.documentElement.setAttribute("data-preview", "live");
    });
    events.addEventListener("generation", function (event) {
      if (event.data !== shown) {
        stop();
        location.reload();
      }
    });
  }
  function stop() {
    if (events) events.close();
    events = null;
  }
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) stop(); else listen();
  });
  listen();
})();
