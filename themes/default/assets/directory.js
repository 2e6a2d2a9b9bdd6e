// The parks directory's land filter, without inline script (the pages allow none). Loaded only on the directory when some
// park publishes its available land or its rent. Without JavaScript the directory is a table per province and links to
// pre-built views. With it, the form narrows the tables to the parks with at least the land asked for and at most the
// rent asked for, on the basis chosen (rents on different bases are never compared); a park that has not published a
// figure is left out while the filter uses it. The choice is kept in the address (?min_area=20&max_rent=60&rent_basis=...)
// so that it can be shared and is restored when the address is opened. Each row carries its figures as data- attributes.
(function () {
  "use strict";

  var form = document.querySelector("form[data-park-filter]");
  if (!form || !window.URLSearchParams || !window.history || !history.replaceState) return;

  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-park]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-park-group]"));
  var count = document.querySelector("[data-park-count]");
  var empty = document.querySelector("[data-park-empty]");
  var NUMBERS = ["min_area", "max_rent"];

  function control(name) { return form.elements.namedItem(name); }

  function number(text) {
    if (text === null || text === undefined || String(text).trim() === "") return null;
    var value = Number(text);
    return isFinite(value) && value >= 0 ? value : null;
  }

  function read() {
    var basis = control("rent_basis");
    return {
      minArea: control("min_area") ? number(control("min_area").value) : null,
      maxRent: control("max_rent") ? number(control("max_rent").value) : null,
      basis: basis ? basis.value : ""
    };
  }

  function restore() {
    var params = new URLSearchParams(window.location.search);
    NUMBERS.forEach(function (name) {
      var element = control(name), value = number(params.get(name));
      if (element && value !== null) element.value = String(value);
    });
    var basis = control("rent_basis"), asked = params.get("rent_basis");
    if (basis && asked !== null && Array.prototype.some.call(basis.options, function (o) { return o.value === asked; })) basis.value = asked;
  }

  function matches(row, state) {
    if (state.minArea !== null) {
      var available = number(row.getAttribute("data-available"));
      if (available === null || available < state.minArea) return false;
    }
    if (state.maxRent !== null) {
      var rent = number(row.getAttribute("data-rent"));
      if (rent === null || row.getAttribute("data-rent-basis") !== state.basis || rent > state.maxRent) return false;
    }
    return true;
  }

  function writeAddress(state) {
    var params = new URLSearchParams(window.location.search);
    ["min_area", "max_rent", "rent_basis"].forEach(function (name) { params.delete(name); });
    if (state.minArea !== null) params.set("min_area", String(state.minArea));
    if (state.maxRent !== null) {
      params.set("max_rent", String(state.maxRent));
      params.set("rent_basis", state.basis);
    }
    var query = params.toString();
    history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
  }

  function apply() {
    var state = read();
    var filtered = state.minArea !== null || state.maxRent !== null;
    var shown = 0;
    rows.forEach(function (row) {
      var visible = !filtered || matches(row, state);
      row.hidden = !visible;
      if (visible) shown++;
    });
    // A province whose parks are all left out is left out with its heading.
    groups.forEach(function (group) { group.hidden = !group.querySelector("tr[data-park]:not([hidden])"); });
    if (count) count.textContent = filtered
      ? count.getAttribute("data-template").replace("{0}", String(shown)).replace("{1}", String(rows.length)) : "";
    if (empty) empty.hidden = shown !== 0;
    writeAddress(state);
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  restore();
  form.hidden = false;
  apply();
})();
