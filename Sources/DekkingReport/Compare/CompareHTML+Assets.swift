extension CompareHTML {
    /// The style sheet of compare.html, on top of ``HTMLReport/baseStyles``.
    static let styles = #"""
        .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .75rem; margin-top: 1rem; }
        .doc-card { display: flex; gap: .8rem; align-items: flex-start; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .7rem .9rem; }
        .doc-card h2 { font-size: 1rem; margin: 0 0 .15rem; }
        .doc-card .meta { font-size: .8rem; color: var(--muted); margin: 0 0 .2rem; }
        .letter { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 2rem; height: 2rem; border-radius: 50%; background: var(--ink); color: #fff; font-weight: 700; }
        .small-letter { width: 1.4rem; height: 1.4rem; font-size: .75rem; }
        .warn { color: var(--gap-fg); font-size: .85rem; margin: .75rem 0 0; }
        .cats { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .6rem; margin: .5rem 0 .75rem; }
        .cat { font: inherit; text-align: left; display: grid; grid-template-columns: auto 1fr; gap: 0 .6rem; align-items: baseline; padding: .6rem .75rem; border-radius: 8px; border: 1px solid var(--line); background: var(--card); color: var(--ink); cursor: pointer; }
        .cat:hover { border-color: var(--ink); }
        .cat[aria-pressed="true"] { box-shadow: 0 0 0 3px var(--ink); }
        .cat .count { font-size: 1.5rem; font-weight: 750; font-variant-numeric: tabular-nums; grid-row: span 2; }
        .cat .cat-label { font-weight: 650; }
        .cat .cat-help { font-size: .78rem; color: var(--muted); }
        .chip { display: inline-block; font-size: .75rem; font-weight: 650; padding: .05rem .5rem; border-radius: 999px; border: 1px solid var(--line); background: var(--soft); white-space: nowrap; }
        .cat-only_in_a, .cat-stronger_in_a { border-left: 6px solid var(--covered-bg); }
        .cat-only_in_b, .cat-stronger_in_b { border-left: 6px solid var(--gap-fg); }
        .cat-in_both { border-left: 6px solid var(--partial-bg); }
        .cat-in_neither { border-left: 6px dotted var(--muted); }
        .chip.cat-only_in_b { background: var(--gap-bg); color: var(--gap-fg); }
        .chip.cat-only_in_a { background: #e3ecf7; color: var(--accent); }
        .comp-head, .comp > summary { display: grid; grid-template-columns: minmax(14rem, 1fr) 10.5rem 10.5rem 4rem 9.5rem; gap: .75rem; align-items: center; }
        .comp-head { font-size: .78rem; font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; padding: 0 .9rem .3rem 2rem; }
        .cluster-title { font-size: .95rem; margin: 1.1rem 0 .4rem; color: var(--muted); }
        .comp { background: var(--card); border: 1px solid var(--line); border-radius: 8px; margin: 0 0 .35rem; }
        .comp > summary { position: relative; padding: .45rem .9rem; list-style: none; font-weight: 500; }
        .comp > summary::-webkit-details-marker { display: none; }
        .comp > summary::before { content: "▸"; position: absolute; left: .7rem; top: .5rem; color: var(--muted); }
        .comp[open] > summary::before { content: "▾"; }
        .comp > summary .title { padding-left: .6rem; }
        .comp[open] > summary { border-bottom: 1px solid var(--line); }
        .diff { text-align: right; font-variant-numeric: tabular-nums; font-weight: 650; }
        .cid { display: inline-block; min-width: 2.2rem; color: var(--muted); font-weight: 650; font-variant-numeric: tabular-nums; }
        .badge.na { background: var(--soft); color: var(--muted); font-weight: 500; }
        .indicators { padding: .3rem .9rem .6rem; }
        .indicator { border-top: 1px solid var(--soft); padding: .6rem 0; }
        .indicator:first-child { border-top: 0; }
        .indicator-text { margin: 0 0 .4rem; }
        .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .side-col { min-width: 0; }
        .side-col > p:first-child { display: flex; align-items: center; gap: .4rem; margin: 0 0 .2rem; }
        .hidden { display: none; }
        @media (max-width: 900px) {
          .comp-head { display: none; }
          .comp > summary { grid-template-columns: 1fr 1fr; }
          .comp > summary .title { grid-column: 1 / -1; }
          .sides { grid-template-columns: 1fr; }
        }
        @media print {
          .cats { grid-template-columns: repeat(6, 1fr); }
          .cat .cat-help { display: none; }
          .comp { break-inside: avoid; border: 0; border-bottom: 1px solid var(--line); border-radius: 0; margin: 0; }
          .comp > summary { padding: .15rem 0; }
          .comp > summary::before { content: none; }
          .comp-head { padding-left: 0; }
          .comp > summary .title { padding-left: 0; }
          .hidden { display: block; }
        }
        """#

    /// The script of compare.html: category filter, fold all, unfold everything for print.
    static let script = #"""
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
        """#
}
