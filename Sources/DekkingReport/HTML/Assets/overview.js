(function () {
  "use strict";
  var details = Array.prototype.slice.call(document.querySelectorAll("#competenties details"));
  var toggles = document.getElementById("toggles");
  if (toggles) {
    toggles.hidden = false;
    document.getElementById("tallies-open").addEventListener("click", function () { details.forEach(function (d) { d.open = true; }); });
    document.getElementById("tallies-close").addEventListener("click", function () { details.forEach(function (d) { d.open = false; }); });
  }
  var box = document.getElementById("doc-filter");
  var input = document.getElementById("doc-filter-input");
  var count = document.getElementById("doc-filter-count");
  var table = document.getElementById("documenten");
  if (!box || !input || !table) return;
  box.hidden = false;
  var rows = table.tBodies[0].rows, texts = null, timer = 0;
  function apply() {
    var query = input.value.trim().toLowerCase();
    if (texts === null) {
      texts = [];
      for (var i = 0; i < rows.length; i++) texts.push(rows[i].textContent.toLowerCase());
    }
    var shown = 0;
    for (var j = 0; j < rows.length; j++) {
      var hit = query === "" || texts[j].indexOf(query) !== -1;
      rows[j].hidden = !hit;
      if (hit) shown++;
    }
    count.textContent = query === "" ? "" : shown + " van " + rows.length + " documenten";
  }
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 150); });
})();
