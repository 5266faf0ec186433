extension HTMLReport {
    /// The style sheet of the overview page only, after ``baseStyles``: tally tables with their
    /// bars, the documents table, and print.
    static let overviewStyles = #"""
        #uitleg .legend { margin-top: .2rem; }
        .cid { display: inline-block; min-width: 2.2rem; font-variant-numeric: tabular-nums; color: var(--muted); font-weight: 650; }
        .level { display: inline-block; min-width: 2.4rem; font-size: .8rem; font-weight: 700; color: var(--muted); text-decoration: none; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .cluster { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; margin-bottom: 1rem; }
        table.tally { table-layout: fixed; }
        table.tally thead th { white-space: nowrap; vertical-align: bottom; }
        table.tally thead th:nth-child(2), table.tally thead th:nth-child(n+4) { width: 7rem; }
        table.tally thead th:nth-child(3) { width: 10rem; }
        table.tally th[scope="row"] { font-weight: 500; }
        table.tally td { white-space: nowrap; }
        table.tally tr.more > td { padding: 0 .5rem .4rem 2.7rem; border-bottom: 1px solid var(--line); white-space: normal; }
        table.tally tr.more summary { font-size: .8rem; color: var(--muted); font-weight: 600; }
        table.ind { margin: .3rem 0 .6rem; font-size: .8rem; }
        table.ind th[scope="row"] { font-weight: 400; }
        .tbar { display: flex; width: 9rem; height: .8rem; border-radius: 3px; overflow: hidden; background: var(--soft); margin-top: .2rem; }
        .tbar span { display: block; height: 100%; }
        #startbekwaam table.tally { margin-bottom: 1.2rem; }
        #startbekwaam caption { text-align: left; font-weight: 650; padding: .4rem 0; }
        .table-wrap { overflow: auto; max-height: 80vh; border: 1px solid var(--line); border-radius: 10px; background: var(--card); }
        #documenten caption { text-align: left; padding: .5rem .6rem; color: var(--muted); }
        #documenten thead th { position: sticky; top: 0; background: var(--card); border-bottom: 2px solid var(--ink); }
        #documenten tbody th { font-weight: 500; word-break: break-all; }
        #documenten td:nth-child(n+5) { text-align: right; font-variant-numeric: tabular-nums; }
        .filter label { font-weight: 650; margin-right: .4rem; }
        .filter input { font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 6px; min-width: 18rem; }
        .run-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem 2rem; align-items: start; }
        .run-grid dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; font-size: .88rem; }
        .run-grid dt { color: var(--muted); }
        .run-grid dd { margin: 0; }
        @media print {
          .cluster { border: 0; padding: 0; break-inside: auto; }
          table.tally tr:not(.more) { break-inside: avoid; }
          .tbar { width: 5rem; border: 1px solid #000; }
          .table-wrap { overflow: visible; max-height: none; border: 0; }
          #documenten thead { display: table-header-group; }
          #documenten thead th { position: static; }
          #documenten-sectie, #run-info { break-before: page; }
        }
        """#

    /// The script of the overview page: shows the filter box and filters the documents table by the
    /// typed text (whole row, case-insensitive), opens or closes every `<details>` on request and
    /// opens them all for print. The page reads the same without it.
    static let overviewScript = #"""
        (function () {
          "use strict";
          var details = Array.prototype.slice.call(document.querySelectorAll("main details"));
          var toggles = document.getElementById("toggles");
          if (toggles) {
            toggles.hidden = false;
            document.getElementById("expand-all").addEventListener("click", function () { details.forEach(function (d) { d.open = true; }); });
            document.getElementById("collapse-all").addEventListener("click", function () { details.forEach(function (d) { d.open = false; }); });
          }
          var wasOpen = [];
          window.addEventListener("beforeprint", function () {
            wasOpen = details.map(function (d) { return d.open; });
            details.forEach(function (d) { d.open = true; });
          });
          window.addEventListener("afterprint", function () {
            details.forEach(function (d, i) { d.open = wasOpen[i]; });
          });
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
        """#
}
