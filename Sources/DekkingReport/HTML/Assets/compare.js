(function () {
  "use strict";
  var rows = document.querySelectorAll("details.comp");
  var buttons = document.querySelectorAll("button.cat");
  function show(category) {
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", b.getAttribute("data-category") === category ? "true" : "false"); });
    rows.forEach(function (r) { r.classList.toggle("hidden", !!category && r.getAttribute("data-category") !== category); });
    document.querySelectorAll("h2.cluster-title").forEach(function (h) {
      var next = h.nextElementSibling, any = false;
      while (next && next.tagName === "DETAILS") { if (!next.classList.contains("hidden")) any = true; next = next.nextElementSibling; }
      h.classList.toggle("hidden", !any);
    });
  }
  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      show(b.getAttribute("aria-pressed") === "true" ? "" : b.getAttribute("data-category"));
    });
  });
  document.getElementById("open-all").addEventListener("click", function () { rows.forEach(function (r) { r.open = true; }); });
  document.getElementById("close-all").addEventListener("click", function () { rows.forEach(function (r) { r.open = false; }); });
  document.documentElement.setAttribute("data-ready", "true");
})();
