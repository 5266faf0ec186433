(function () {
  "use strict";
  // The competentiewijzer: every rating and example is kept in this browser (localStorage) as it
  // is chosen; "Exporteer JSON" and "Exporteer CSV" download the answers through a data: URI, so
  // the page needs no server and sends nothing. Text is only ever inserted as text nodes.
  var data = JSON.parse(document.getElementById("wijzer-data").textContent);
  var form = document.getElementById("wijzer-form");
  var storeKey = "dekking-wijzer:" + data.framework + ":" + data.frameworkVersion + ":" + data.level + ":" + data.profile;
  var nameInput = document.getElementById("w-naam");
  var dateInput = document.getElementById("w-datum");
  var message = document.getElementById("export-melding");

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }
  function fieldset(id) { return form.querySelector('fieldset.indicator[data-indicator="' + CSS.escape(id) + '"]'); }
  function current() {
    var answers = {};
    data.indicators.forEach(function (id) {
      var box = fieldset(id);
      if (!box) return;
      var checked = box.querySelector("input[type=radio]:checked");
      var example = box.querySelector("textarea").value.trim();
      if (checked) {
        answers[id] = example ? { rating: checked.value, example: example } : { rating: checked.value };
      }
    });
    return {
      schema: data.schema, framework: data.framework, frameworkVersion: data.frameworkVersion,
      level: data.level, profile: data.profile, name: nameInput.value.trim(), date: dateInput.value || today(),
      answers: answers
    };
  }
  function examples() {
    var out = {};
    data.indicators.forEach(function (id) {
      var box = fieldset(id);
      var text = box ? box.querySelector("textarea").value : "";
      if (text) out[id] = text;
    });
    return out;
  }
  function save() {
    var state = current();
    state.examples = examples();
    try { window.localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* private window: kept until the page closes */ }
  }
  function progress() {
    var done = form.querySelectorAll("fieldset.indicator input[type=radio]:checked").length;
    document.getElementById("voortgang").textContent = done + " van " + data.indicators.length + " indicatoren beoordeeld";
    document.getElementById("voortgang-balk").value = done;
    form.querySelectorAll("fieldset.indicator").forEach(function (box) {
      box.classList.toggle("answered", !!box.querySelector("input[type=radio]:checked"));
    });
  }
  function restore() {
    var state = null;
    try { state = JSON.parse(window.localStorage.getItem(storeKey) || "null"); } catch (e) { state = null; }
    if (!state) { dateInput.value = today(); return; }
    nameInput.value = state.name || "";
    dateInput.value = state.date || today();
    Object.keys(state.answers || {}).forEach(function (id) {
      var box = fieldset(id);
      var input = box && box.querySelector('input[type=radio][value="' + CSS.escape(state.answers[id].rating) + '"]');
      if (input) input.checked = true;
    });
    Object.keys(state.examples || {}).forEach(function (id) {
      var box = fieldset(id);
      if (box) box.querySelector("textarea").value = state.examples[id];
    });
  }
  function download(text, type, name) {
    var link = document.createElement("a");
    link.href = "data:" + type + ";charset=utf-8," + encodeURIComponent(text);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  function fileStem(state) {
    var who = state.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return "competentiewijzer-" + (who || "antwoorden") + "-" + state.date;
  }
  function csvField(value) {
    var text = String(value == null ? "" : value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  // A text a spreadsheet would run as a formula gets a ' in front, as every CSV of Dekking does
  // (SpreadsheetText); the reader takes it off again.
  function inert(value) {
    var text = String(value == null ? "" : value);
    return /^[=+\-@\t\r]/.test(text) ? "'" + text : text;
  }
  function csvText(state) {
    var lines = [data.csvColumns.join(",")];
    data.indicators.forEach(function (id) {
      var answer = state.answers[id];
      if (!answer) return;
      lines.push([inert(state.name), state.date, state.framework, state.frameworkVersion, state.level, state.profile, id,
        data.labels[answer.rating], inert(answer.example || "")].map(csvField).join(","));
    });
    return lines.join("\n") + "\n";
  }
  function exported(kind, state) {
    var count = Object.keys(state.answers).length;
    message.textContent = kind + " geëxporteerd: " + count + " van " + data.indicators.length + " indicatoren beoordeeld.";
  }

  restore();
  progress();
  form.addEventListener("change", function () { progress(); save(); });
  form.addEventListener("input", save);
  document.getElementById("exporteer-json").addEventListener("click", function () {
    var state = current();
    download(JSON.stringify(state, null, 2) + "\n", "application/json", fileStem(state) + ".json");
    exported("JSON", state);
  });
  document.getElementById("exporteer-csv").addEventListener("click", function () {
    var state = current();
    download(csvText(state), "text/csv", fileStem(state) + ".csv");
    exported("CSV", state);
  });
  document.getElementById("afdrukken").addEventListener("click", function () { window.print(); });
  document.getElementById("wissen").addEventListener("click", function () {
    if (!window.confirm("Alle antwoorden op deze pagina wissen?")) return;
    form.reset();
    dateInput.value = today();
    try { window.localStorage.removeItem(storeKey); } catch (e) { /* nothing kept */ }
    progress();
    message.textContent = "Alle antwoorden zijn gewist.";
  });
})();
