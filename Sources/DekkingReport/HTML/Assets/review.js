(function () {
  "use strict";
  // Decisions in the evidence panel: "klopt", "klopt niet", "toevoegen" and a note, on the
  // competency and on every indicator. Served by `dekking review` (a review-config block is
  // present), every decision is sent to that server, which saves it in Mappings/overrides/. As a
  // plain file, decisions are kept in this browser and "Exporteer beslissingen" downloads them as
  // a CSV in the overrides format. Text is only ever inserted as text nodes.
  var dataNode = document.getElementById("report-data");
  var panel = document.getElementById("evidence");
  if (!dataNode || !panel) return;
  var data = JSON.parse(dataNode.textContent);
  var configNode = document.getElementById("review-config");
  var server = configNode ? JSON.parse(configNode.textContent) : null;
  var STATUS = { {{statuses}} };
  var WORD = { confirmed: "{{confirmed}}", rejected: "{{rejected}}" };
  var storeKey = "dekking-beslissingen:" + document.title + ":" + data.documents.map(function (d) { return d.id; }).join(",");
  var decisions = {};
  var order = [];
  var warnings = [];
  var message = null;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "class") node.className = attrs[k]; else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }
  function key(doc, item) { return doc + "\u0000" + item; }
  function remember(row) {
    var k = key(row.document, row.item);
    if (!decisions[k]) order.push(k);
    decisions[k] = row;
  }
  function stored() {
    try { return JSON.parse(window.localStorage.getItem(storeKey) || "[]"); } catch (e) { return []; }
  }
  function keep() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(order.map(function (k) { return decisions[k]; }))); } catch (e) { /* private window: kept until the page closes */ }
  }

  // The toolbar above the matrix: how many decisions, where they go, and the export.
  var bar = el("section", { "class": "review-bar card no-print", "aria-label": "Uw beslissingen" }, []);
  var controls = document.querySelector("section.controls");
  if (controls && controls.parentNode) controls.parentNode.insertBefore(bar, controls.nextSibling);
  function renderBar() {
    bar.textContent = "";
    var count = order.length;
    var where = server ? "opgeslagen in Mappings/overrides/" + server.file + " (beoordelaar " + server.reviewer + ")"
      : "bewaard in deze browser; exporteer ze en zet het bestand in Mappings/overrides/";
    bar.appendChild(el("p", { "id": "review-count", "aria-live": "polite" }, ["Uw beslissingen: " + count + " — " + where + "."]));
    if (!server) {
      var button = el("button", { "type": "button", "class": "btn", "id": "review-export" }, ["Exporteer beslissingen"]);
      button.disabled = count === 0;
      button.addEventListener("click", exportCSV);
      bar.appendChild(button);
    }
    if (message) bar.appendChild(el("p", { "class": "review-error", "role": "alert" }, [message]));
    if (warnings.length) {
      var list = el("ul", { "class": "review-warnings" }, warnings.map(function (w) { return el("li", {}, [w]); }));
      bar.appendChild(el("details", {}, [el("summary", {}, ["Meldingen over eerdere beslissingen (" + warnings.length + ")"]), list]));
    }
  }

  function csvField(value) {
    var text = String(value || "");
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function exportCSV() {
    var lines = ["document,indicator,decision,note,reviewer,decided"];
    order.forEach(function (k) {
      var d = decisions[k];
      lines.push([d.document, d.item, d.decision, d.note, d.reviewer, d.decided].map(csvField).join(","));
    });
    var text = lines.join("\n") + "\n";
    var link = el("a", { "href": "data:text/csv;charset=utf-8," + encodeURIComponent(text), "download": "beslissingen.csv" }, []);
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  // What the page shows for a decision: the status it implies, marked as the user's.
  function show(row) {
    var status = row.decision === "confirmed" ? "covered" : "gap";
    var s = STATUS[status];
    var block = panel.querySelector('.indicator[data-indicator="' + CSS.escape(row.item) + '"]');
    if (block && block.getAttribute("data-doc") === row.document) {
      var badge = block.querySelector(".indicator-head .badge");
      if (badge) { badge.className = "badge s-" + status; badge.textContent = s[0] + " " + s[1] + " · " + WORD[row.decision]; }
      block.setAttribute("data-status", status);
    }
    var cell = document.querySelector('button.cell[data-doc="' + CSS.escape(row.document) + '"][data-competency="' + CSS.escape(row.item) + '"]');
    if (cell) {
      cell.className = cell.className.replace(/\bs-\w+/, "s-" + status);
      cell.setAttribute("data-status", status);
      var sym = cell.querySelector(".sym");
      if (sym) sym.textContent = s[0];
      if (!cell.querySelector(".ovr")) cell.appendChild(el("span", { "class": "ovr", "aria-hidden": "true", "title": "handmatig beoordeeld" }, ["✎"]));
    }
    var statement = document.querySelector('#startbekwaam li[data-doc="' + CSS.escape(row.document) + '"][data-item="' + CSS.escape(row.item) + '"]');
    if (statement) {
      statement.className = status;
      var mark = statement.querySelector(".sym");
      if (mark) mark.textContent = s[0];
    }
    document.querySelectorAll('.decide[data-doc="' + CSS.escape(row.document) + '"][data-item="' + CSS.escape(row.item) + '"]').forEach(function (box) {
      box.querySelectorAll("button").forEach(function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-decision") === row.decision)); });
      var state = box.querySelector(".decide-state");
      if (state) state.textContent = "Uw oordeel: " + WORD[row.decision] + (row.note ? " — " + row.note : "");
    });
  }

  function decide(doc, item, decision, note) {
    var row = { document: doc, item: item, decision: decision, note: note || "", reviewer: server ? server.reviewer : "", decided: new Date().toISOString().replace(/\.\d+Z$/, "Z") };
    if (!server) { remember(row); keep(); show(row); message = null; renderBar(); return; }
    fetch(server.endpoint, {
      method: "POST", headers: { "Content-Type": "application/json", "X-Dekking-Token": server.token },
      body: JSON.stringify({ document: doc, item: item, decision: decision, note: note || "" })
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) throw new Error(answer.fout || ("fout " + response.status));
        remember(answer.opgeslagen); show(answer.opgeslagen); message = null; renderBar();
      });
    }).catch(function (error) { message = "Niet opgeslagen: " + error.message; renderBar(); });
  }

  // The buttons and note for one item; `missed` items (the engine found nothing) get "toevoegen".
  function decisionBox(doc, item, what, missed) {
    var box = el("div", { "class": "decide no-print", "data-doc": doc, "data-item": item }, []);
    var note = el("input", { "type": "text", "maxlength": "2000", "placeholder": "Notitie (optioneel)", "aria-label": "Notitie bij " + what }, []);
    var yes = el("button", { "type": "button", "class": "btn", "data-decision": "confirmed", "aria-pressed": "false" }, [missed ? "Toevoegen" : "Klopt"]);
    var no = el("button", { "type": "button", "class": "btn", "data-decision": "rejected", "aria-pressed": "false" }, ["Klopt niet"]);
    [yes, no].forEach(function (b) {
      b.setAttribute("aria-label", b.textContent + ": " + what);
      b.addEventListener("click", function () { decide(doc, item, b.getAttribute("data-decision"), note.value.trim()); });
    });
    box.appendChild(el("span", { "class": "decide-state muted small" }, ["Uw oordeel over " + what + ":"]));
    box.appendChild(yes); box.appendChild(no); box.appendChild(note);
    var known = decisions[key(doc, item)];
    if (known) { note.value = known.note || ""; }
    return box;
  }

  panel.addEventListener("dekking:panel", function (event) {
    var doc = event.detail.document, competency = event.detail.competency;
    var body = document.getElementById("evidence-body");
    var score = body.querySelector(".panel-score");
    var cov = (data.documents.filter(function (d) { return d.id === doc; })[0] || { competencies: [] })
      .competencies.filter(function (c) { return c.id === competency; })[0];
    if (!cov) return;
    var box = decisionBox(doc, competency, "competentie " + competency, cov.status === "gap");
    if (score && score.parentNode) score.parentNode.insertBefore(box, score.nextSibling); else body.insertBefore(box, body.firstChild);
    body.querySelectorAll(".indicator[data-indicator]").forEach(function (block) {
      var id = block.getAttribute("data-indicator");
      block.setAttribute("data-doc", doc);
      block.appendChild(decisionBox(doc, id, "indicator " + id, block.getAttribute("data-status") === "gap"));
    });
    order.forEach(function (k) { var d = decisions[k]; if (d.document === doc) show(d); });
  });

  // Every startbekwaam statement gets the same buttons, folded away under "Uw oordeel".
  document.querySelectorAll("#startbekwaam li[data-item][data-doc]").forEach(function (item) {
    var fold = el("details", { "class": "decide-fold no-print" }, [el("summary", { "class": "small" }, ["Uw oordeel"])]);
    fold.appendChild(decisionBox(item.getAttribute("data-doc"), item.getAttribute("data-item"), "uitspraak " + item.getAttribute("data-item"), item.className === "gap"));
    item.appendChild(fold);
  });

  if (server) {
    fetch(server.endpoint, { headers: { "X-Dekking-Token": server.token } }).then(function (r) { return r.json(); })
      .then(function (answer) {
        (answer.beslissingen || []).forEach(function (row) { remember(row); show(row); });
        warnings = answer.waarschuwingen || [];
        renderBar();
      })
      .catch(function () { message = "De server antwoordt niet: is dekking review nog actief?"; renderBar(); });
  } else {
    stored().forEach(function (row) { remember(row); show(row); });
  }
  renderBar();
})();
