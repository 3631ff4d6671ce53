// warscribe: on an event page, pointing at a field (or its quote) lights up its evidence in the source text.
(function () {
  "use strict";

  function light(name, on) {
    document.querySelectorAll("#doctext mark.ev").forEach(function (m) {
      var names = (m.dataset.fields || "").split(" ");
      if (names.indexOf(name) >= 0) { m.classList.toggle("active", on); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("#fields tr[data-field]").forEach(function (row) {
      var name = row.dataset.field;
      row.addEventListener("mouseenter", function () { light(name, true); });
      row.addEventListener("mouseleave", function () { light(name, false); });
    });
  });
}());
