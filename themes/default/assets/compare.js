// The comparison of parks, without inline script (the pages allow none). Loaded only on the comparison page. Without
// JavaScript the page is a table of every park's key figures. With it, the reader picks up to four parks (data-limit) and
// sees only their rows; the choice is kept in the address (?parks=a,b) so that a comparison can be shared and is restored
// when the address is opened.
(function () {
  "use strict";

  var form = document.querySelector("form[data-compare-form]");
  if (!form || !window.URLSearchParams || !window.history || !history.replaceState) return;

  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-park]"));
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=parks]"));
  var count = form.querySelector("[data-compare-count]");
  var limit = Number(form.getAttribute("data-limit")) || 4;

  function chosen() {
    return boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
  }

  function show() {
    var parks = chosen();
    rows.forEach(function (row) {
      row.hidden = parks.length > 0 && parks.indexOf(row.getAttribute("data-park")) < 0;
    });
    // Once the limit is reached, the other parks cannot be added until one is taken away.
    boxes.forEach(function (box) { box.disabled = !box.checked && parks.length >= limit; });
    if (count) {
      var text = parks.length === 0
        ? count.getAttribute("data-all")
        : count.getAttribute("data-template").replace("{0}", String(parks.length)).replace("{1}", String(rows.length));
      // At the limit, the reader is told why the other parks cannot be chosen.
      if (parks.length >= limit) text += " " + count.getAttribute("data-limit-note");
      // The status is announced when it changes, not when the page opens as it was written.
      if (count.textContent !== text) count.textContent = text;
    }
    // Other parameters and the fragment are kept: only the choice of parks is this script's.
    var params = new URLSearchParams(window.location.search);
    if (parks.length > 0) params.set("parks", parks.join(","));
    else params.delete("parks");
    var query = params.toString().replace(/%2C/g, ",");
    history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
  }

  // The parks named in the address, in the page's order, at most the limit; unknown names are left out.
  var asked = (new URLSearchParams(window.location.search).get("parks") || "").split(",").map(function (s) { return s.trim(); });
  var restored = 0;
  boxes.forEach(function (box) {
    box.checked = asked.indexOf(box.value) >= 0 && restored < limit;
    if (box.checked) restored++;
  });

  form.addEventListener("change", show);
  form.addEventListener("reset", function () { window.setTimeout(show, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  show();
})();
