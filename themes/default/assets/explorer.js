// The project explorer, without inline script (the pages allow none). Loaded only on the list of projects and its views.
// Without JavaScript the page is a table and links to pre-built views per sector, province and status. With it, the list
// page's form narrows and sorts the table in place, and the choice is kept in the address (?sector=...&status=...&sort=largest)
// so that a view can be shared and is restored when the address is opened. Each row carries its facts as data- attributes.
(function () {
  "use strict";

  // A view page (one sector, province or status) offers to combine its filter with others on the list page.
  var refine = document.querySelector("[data-explorer-refine]");
  if (refine) refine.hidden = false;

  var form = document.querySelector("form[data-explorer-form]");
  if (!form || !window.URLSearchParams || !window.history || !history.replaceState) return;

  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-project]"));
  var body = rows.length > 0 ? rows[0].parentNode : null;
  var table = document.querySelector("[data-explorer-table]");
  var count = document.querySelector("[data-explorer-count]");
  var empty = document.querySelector("[data-explorer-empty]");
  var lang = document.documentElement.lang || "en";
  var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(lang) : null;
  var initialCount = count ? count.textContent : "";
  var SELECTS = ["province", "sector", "status", "form", "sort"];
  var NUMBERS = ["min", "max"];
  // A checkbox: "hide" when checked. Example projects are invented ones that show how a listing looks.
  var CHECKS = ["examples"];
  var DEFAULT_SORT = "newest";

  rows.forEach(function (row, index) { row.setAttribute("data-order", String(index)); });

  function control(name) { return form.elements.namedItem(name); }

  function number(text) {
    if (text === null || text === undefined || String(text).trim() === "") return null;
    var value = Number(text);
    return isFinite(value) ? value : null;
  }

  function format(n) { return numbers ? numbers.format(n) : String(n); }

  // The choice in the form: every value is a plain string, numbers as typed, "" when not chosen.
  function read() {
    var state = {};
    SELECTS.concat(NUMBERS).forEach(function (name) {
      var element = control(name);
      state[name] = element ? String(element.value).trim() : "";
    });
    CHECKS.forEach(function (name) {
      var element = control(name);
      state[name] = element && element.checked ? element.value : "";
    });
    if (!state.sort) state.sort = DEFAULT_SORT;
    return state;
  }

  // Puts the choice in the address into the form; values the form does not offer are left out.
  function restore() {
    var params = new URLSearchParams(window.location.search);
    SELECTS.forEach(function (name) {
      var element = control(name), value = params.get(name);
      if (!element || value === null) return;
      var offered = Array.prototype.some.call(element.options, function (option) { return option.value === value; });
      if (offered) element.value = value;
    });
    NUMBERS.forEach(function (name) {
      var element = control(name), value = number(params.get(name));
      if (element && value !== null && value >= 0) element.value = String(value);
    });
    CHECKS.forEach(function (name) {
      var element = control(name);
      if (element && params.get(name) === element.value) element.checked = true;
    });
  }

  function matches(row, state, min, max) {
    var data = row.dataset;
    if (state.province && data.province !== state.province) return false;
    if (state.sector && (data.sectors || "").split(" ").indexOf(state.sector) < 0) return false;
    if (state.status && data.status !== state.status) return false;
    if (state.form && data.form !== state.form) return false;
    if (state.examples && row.hasAttribute("data-example")) return false;
    if (min !== null || max !== null) {
      // A project without a figure cannot be said to lie in the range.
      var investment = number(data.investment);
      if (investment === null) return false;
      if (min !== null && investment < min) return false;
      if (max !== null && investment > max) return false;
    }
    return true;
  }

  function byDate(a, b) {
    var da = a.dataset.date || "", db = b.dataset.date || "";
    return da === db ? 0 : (da < db ? 1 : -1);
  }

  function byOrder(a, b) { return Number(a.dataset.order) - Number(b.dataset.order); }

  function compare(sort) {
    if (sort === "largest") {
      return function (a, b) {
        var ia = number(a.dataset.investment), ib = number(b.dataset.investment);
        if (ia !== ib) {
          if (ia === null) return 1;
          if (ib === null) return -1;
          return ib - ia;
        }
        return byDate(a, b) || byOrder(a, b);
      };
    }
    return function (a, b) { return byDate(a, b) || byOrder(a, b); };
  }

  function isFiltered(state) {
    return Boolean(state.province || state.sector || state.status || state.form || state.min || state.max || state.examples);
  }

  function writeAddress(state) {
    var params = new URLSearchParams();
    SELECTS.forEach(function (name) {
      if (state[name] && !(name === "sort" && state[name] === DEFAULT_SORT)) params.set(name, state[name]);
    });
    NUMBERS.forEach(function (name) {
      var value = number(state[name]);
      if (value !== null) params.set(name, String(value));
    });
    CHECKS.forEach(function (name) { if (state[name]) params.set(name, state[name]); });
    var query = params.toString();
    var address = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (address !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(window.history.state, "", address);
    }
  }

  var lastAnnounced = null;
  function announce(shown, state) {
    if (!count) return;
    var text = isFiltered(state)
      ? (count.getAttribute("data-template") || "{0} / {1}").replace("{0}", format(shown)).replace("{1}", format(rows.length))
      : initialCount;
    // The count is a polite live region: it is only rewritten when it says something new.
    if (text !== lastAnnounced) {
      count.textContent = text;
      lastAnnounced = text;
    }
  }

  function apply() {
    var state = read();
    var min = number(state.min), max = number(state.max);
    var shown = 0;
    rows.forEach(function (row) {
      var visible = matches(row, state, min, max);
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    if (body) rows.slice().sort(compare(state.sort)).forEach(function (row) { body.appendChild(row); });
    if (table) table.hidden = shown === 0;
    if (empty) empty.hidden = shown !== 0;
    announce(shown, state);
    writeAddress(state);
  }

  var typing = null;
  function applySoon() {
    window.clearTimeout(typing);
    typing = window.setTimeout(apply, 400);
  }

  form.addEventListener("change", function () { window.clearTimeout(typing); apply(); });
  form.addEventListener("input", function (event) {
    if (event.target && NUMBERS.indexOf(event.target.name) >= 0) applySoon();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); window.clearTimeout(typing); apply(); });
  // The reset event comes before the controls are cleared.
  form.addEventListener("reset", function () { window.clearTimeout(typing); window.setTimeout(apply, 0); });

  restore();
  form.hidden = false;
  lastAnnounced = initialCount;
  apply();
})();
