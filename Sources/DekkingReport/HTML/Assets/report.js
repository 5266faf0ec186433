(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var STATUS = { {{statuses}} };
  var OVERRIDE = { confirmed: "{{confirmed}}", rejected: "{{rejected}}" };
  var docs = {}, competencies = {}, clusters = {}, indicatorDefs = {}, levelTitles = {};
  var unitTitles = {};
  data.documents.forEach(function (d) {
    docs[d.id] = d;
    (d.units || []).forEach(function (u) { unitTitles[d.id + "\n" + u.id] = u.title; });
  });
  data.framework.levels.forEach(function (l) { levelTitles[l.id] = l.title; });
  data.framework.clusters.forEach(function (c) {
    c.competencies.forEach(function (k) {
      competencies[k.id] = k; clusters[k.id] = c;
      k.indicators.forEach(function (i) { indicatorDefs[i.id] = i; });
    });
  });

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "class") node.className = attrs[k]; else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function pct(x) { return Math.round(Math.max(0, Math.min(1, x)) * 100) + "%"; }
  function badge(status, score) {
    var s = STATUS[status] || ["?", status];
    return el("span", { "class": "badge s-" + status }, [s[0] + " " + s[1] + (score === undefined ? "" : " · " + pct(score))]);
  }
  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  // The passage as text nodes, with every matched word wrapped in <mark>.
  function highlight(text, terms) {
    var fragment = document.createDocumentFragment();
    var words = (terms || []).filter(function (t) { return t && t.trim(); })
      .sort(function (a, b) { return b.length - a.length; }).map(escapeRegExp);
    if (!words.length) { fragment.appendChild(document.createTextNode(text)); return fragment; }
    var pattern;
    try { pattern = new RegExp("(?<![\\p{L}\\p{N}])(" + words.join("|") + ")(?![\\p{L}\\p{N}])", "giu"); }
    catch (e) { pattern = new RegExp("(" + words.join("|") + ")", "gi"); }
    var last = 0, match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > last) fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
      fragment.appendChild(el("mark", {}, [match[0]]));
      last = match.index + match[0].length;
      if (match[0].length === 0) pattern.lastIndex++;
    }
    if (last < text.length) fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function indicatorText(def, fallback) {
    if (!def) return el("p", { "class": "indicator-text" }, [fallback]);
    if (def.lead && def.parts && def.parts.length) {
      return el("div", { "class": "indicator-text" }, [def.lead,
        el("ul", {}, def.parts.map(function (p) { return el("li", {}, [p]); }))]);
    }
    return el("p", { "class": "indicator-text" }, [def.text]);
  }

  function evidenceBlock(ev) {
    // The rule of EvidencePlace (Evidence+Place.swift): the code unless the nearest
    // heading starts with it, the heading path, the page.
    var where = [];
    var headings = (ev.headingPath || []).filter(function (h) { return h; });
    var nearest = headings.length ? headings[headings.length - 1] : "";
    if (ev.code && nearest.indexOf(ev.code) !== 0) where.push(el("code", {}, [ev.code]));
    if (headings.length) where.push(headings.join(" › "));
    if (ev.page) where.push("pagina " + ev.page);
    // The heading path runs through the passage's unit; name the unit only when it does not.
    var unitTitle = ev.unit && unitTitles[panelDoc + "\n" + ev.unit];
    if (unitTitle && !headings.some(function (h) { return h.indexOf(unitTitle) >= 0; })) where.unshift(el("strong", {}, [unitTitle]));
    var line = el("p", { "class": "where" }, []);
    where.forEach(function (w, i) {
      if (i) line.appendChild(document.createTextNode(" · "));
      line.appendChild(typeof w === "string" ? document.createTextNode(w) : w);
    });
    line.appendChild(document.createTextNode(" · sterkte " + pct(ev.score)));
    var quote = el("blockquote", { "class": "passage" }, []);
    var how;
    if (ev.basis === "semantic") {
      quote.appendChild(document.createTextNode(ev.text));
      how = el("p", { "class": "small basis" }, ["Gevonden op betekenis (gelijkenis " + pct(ev.similarity || 0) + "), niet op gedeelde woorden."]);
    } else {
      quote.appendChild(highlight(ev.text, ev.matchedTerms));
      how = el("p", { "class": "small basis" }, ["Gevonden op gedeelde woorden: " + ev.matchedTerms.join(", ")]);
    }
    return el("div", { "class": "evidence-item" }, [line, quote, how]);
  }

  function indicatorBlock(ind) {
    var def = indicatorDefs[ind.id];
    var head = el("div", { "class": "indicator-head" }, [el("code", {}, [ind.id]), badge(ind.status, ind.score)]);
    var parts = [head, indicatorText(def, ind.id)];
    if (ind.override) {
      var text = "Handmatig " + (OVERRIDE[ind.override] || ind.override) + (ind.overrideNote ? ": " + ind.overrideNote : "");
      parts.push(el("p", { "class": "override" }, ["✎ " + text]));
    }
    if (ind.evidence && ind.evidence.length) {
      ind.evidence.forEach(function (ev) { parts.push(evidenceBlock(ev)); });
    } else {
      parts.push(el("p", { "class": "none" }, ["Geen passage gevonden die bij deze indicator past."]));
    }
    return el("div", { "class": "indicator", "data-indicator": ind.id, "data-status": ind.status }, parts);
  }

  var panel = document.getElementById("evidence");
  var body = document.getElementById("evidence-body");
  var workspace = document.getElementById("workspace");
  var levelFilter = document.getElementById("filter-level");
  var opener = null;
  var panelDoc = null;

  function openPanel(button) {
    var doc = docs[button.getAttribute("data-doc")];
    var compID = button.getAttribute("data-competency");
    // A cell of a units table shows the unit matched on its own.
    var unitID = button.getAttribute("data-unit");
    var unit = unitID && doc && (doc.units || []).filter(function (u) { return u.id === unitID; })[0];
    var source = unit || doc;
    var cov = source && source.competencies.filter(function (c) { return c.id === compID; })[0];
    if (!cov) return;
    panelDoc = doc.id;
    var def = competencies[compID] || { title: "" };
    var cluster = clusters[compID];
    body.textContent = "";
    document.getElementById("evidence-title").textContent = compID + " " + def.title;
    body.appendChild(el("p", { "class": "panel-doc" }, [(doc.title || doc.id) + (unit ? " · " + unit.title : "") + (cluster ? " · cluster " + cluster.id + " " + cluster.title : "")]));
    body.appendChild(el("div", { "class": "panel-score" }, [badge(cov.status, cov.score),
      el("span", { "class": "muted small" }, ["niveau " + (unit ? unit.matchedLevels.join(" + ") : (doc.level || doc.matchedLevels.join(" + ")))])]));
    if (cov.override) {
      body.appendChild(el("p", { "class": "override" }, ["✎ Competentie handmatig " + (OVERRIDE[cov.override] || cov.override) + (cov.overrideNote ? ": " + cov.overrideNote : "")]));
    }
    if (cov.keywords && cov.keywords.length) {
      body.appendChild(el("p", { "class": "small" }, [el("strong", {}, ["Kernwoorden in de tekst: "]), cov.keywords.join(", ")]));
    }
    var level = levelFilter.value;
    var levels = [];
    cov.indicators.forEach(function (i) { if (levels.indexOf(i.level) < 0) levels.push(i.level); });
    levels.forEach(function (lv) {
      if (level && lv !== level && levels.indexOf(level) >= 0) return;
      body.appendChild(el("h3", { "class": "level-title" }, ["Indicatoren " + (levelTitles[lv] || lv)]));
      cov.indicators.filter(function (i) { return i.level === lv; }).forEach(function (i) { body.appendChild(indicatorBlock(i)); });
    });
    document.querySelectorAll("button.cell.selected").forEach(function (b) { b.classList.remove("selected"); b.removeAttribute("aria-pressed"); });
    button.classList.add("selected");
    button.setAttribute("aria-pressed", "true");
    opener = button;
    panel.hidden = false;
    workspace.classList.add("has-panel");
    panel.scrollTop = 0;
    panel.focus({ preventScroll: true });
    // Beside the heatmap (wide screens) the heatmap narrows: keep the chosen cell in view. Over the
    // page (up to 1100 px, report.css) the heatmap stays as it was.
    if (getComputedStyle(panel).position !== "fixed") button.scrollIntoView({ block: "nearest", inline: "nearest" });
    // Decisions are about the document as a whole: a unit's panel offers none.
    if (!unit) panel.dispatchEvent(new CustomEvent("dekking:panel", { detail: { document: doc.id, competency: compID } }));
  }
  function closePanel() {
    panel.hidden = true;
    workspace.classList.remove("has-panel");
    if (opener) { opener.classList.remove("selected"); opener.removeAttribute("aria-pressed"); opener.focus(); }
  }
  document.getElementById("evidence-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape" && !panel.hidden) closePanel(); });

  var matrix = document.getElementById("matrix");
  document.querySelectorAll("table.unit-matrix").forEach(function (table) {
    table.addEventListener("click", function (e) {
      var cell = e.target.closest("button.cell");
      if (cell) openPanel(cell);
    });
  });
  matrix.addEventListener("click", function (e) {
    var cell = e.target.closest("button.cell");
    if (cell) { openPanel(cell); return; }
    var toggle = e.target.closest("button.cluster-toggle");
    if (toggle) setCollapsed(toggle, toggle.getAttribute("aria-expanded") === "true");
  });

  // Arrow keys move between cells like in a spreadsheet.
  matrix.addEventListener("keydown", function (e) {
    var cell = e.target.closest && e.target.closest("button.cell");
    if (!cell || ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"].indexOf(e.key) < 0) return;
    var cells = Array.prototype.filter.call(matrix.querySelectorAll("button.cell"), function (b) { return b.offsetParent !== null; });
    var row = cell.closest("tr");
    var rowCells = Array.prototype.filter.call(row.querySelectorAll("button.cell"), function (b) { return b.offsetParent !== null; });
    var col = rowCells.indexOf(cell), target = null;
    if (e.key === "ArrowLeft") target = rowCells[col - 1];
    else if (e.key === "ArrowRight") target = rowCells[col + 1];
    else {
      var rows = [];
      cells.forEach(function (b) { var r = b.closest("tr"); if (rows.indexOf(r) < 0) rows.push(r); });
      var next = rows[rows.indexOf(row) + (e.key === "ArrowDown" ? 1 : -1)];
      if (next) {
        var nextCells = Array.prototype.filter.call(next.querySelectorAll("button.cell"), function (b) { return b.offsetParent !== null; });
        target = nextCells[Math.min(col, nextCells.length - 1)];
      }
    }
    if (target) { e.preventDefault(); target.focus(); }
  });

  function setCollapsed(toggle, collapsed) {
    toggle.setAttribute("aria-expanded", collapsed ? "false" : "true");
    var group = toggle.closest("tbody");
    group.querySelectorAll("tr[data-competency]").forEach(function (r) { r.classList.toggle("collapsed", collapsed); });
  }
  document.getElementById("expand-all").addEventListener("click", function () {
    matrix.querySelectorAll("button.cluster-toggle").forEach(function (t) { setCollapsed(t, false); });
  });
  document.getElementById("collapse-all").addEventListener("click", function () {
    matrix.querySelectorAll("button.cluster-toggle").forEach(function (t) { setCollapsed(t, true); });
  });

  var clusterFilter = document.getElementById("filter-cluster");
  var statusBoxes = document.querySelectorAll("input[name=status]");
  function applyFilters() {
    var cluster = clusterFilter.value, level = levelFilter.value;
    var wanted = {};
    statusBoxes.forEach(function (b) { if (b.checked) wanted[b.value] = true; });
    var hiddenDocs = {};
    matrix.querySelectorAll("thead th[data-doc]").forEach(function (th) {
      var levels = (th.getAttribute("data-levels") || "").split(" ");
      var hide = !!level && levels.indexOf(level) < 0;
      if (hide) hiddenDocs[th.getAttribute("data-doc")] = true;
      th.classList.toggle("hidden-col", hide);
    });
    matrix.querySelectorAll("td[data-doc]").forEach(function (td) { td.classList.toggle("hidden-col", !!hiddenDocs[td.getAttribute("data-doc")]); });
    var shown = 0;
    matrix.querySelectorAll("tbody").forEach(function (group) {
      var inCluster = !cluster || group.getAttribute("data-cluster") === cluster;
      var any = false;
      group.querySelectorAll("tr[data-competency]").forEach(function (row) {
        var match = false;
        row.querySelectorAll("button.cell").forEach(function (b) {
          var visible = !hiddenDocs[b.getAttribute("data-doc")];
          var ok = !!wanted[b.getAttribute("data-status")];
          b.classList.toggle("dim", !ok);
          if (visible && ok) match = true;
        });
        var show = inCluster && match;
        row.classList.toggle("hidden-row", !show);
        if (show) { any = true; shown++; }
      });
      group.classList.toggle("hidden-row", !any);
    });
    var total = matrix.querySelectorAll("tr[data-competency]").length;
    document.getElementById("result-count").textContent = shown === total
      ? total + " competenties" : shown + " van " + total + " competenties getoond";
  }
  clusterFilter.addEventListener("change", applyFilters);
  levelFilter.addEventListener("change", applyFilters);
  statusBoxes.forEach(function (b) { b.addEventListener("change", applyFilters); });
  applyFilters();

  document.documentElement.setAttribute("data-ready", "true");
})();
