extension HTMLReport {
    /// The style sheet of report.html only: summary cards, filters, the heatmap and the evidence panel.
    static let reportStyles = #"""
        .docs { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .75rem; margin-top: 1.1rem; }
        .doc-card { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .7rem .9rem; }
        .doc-card h2 { font-size: .95rem; margin: 0 0 .15rem; }
        .doc-card .meta { font-size: .8rem; color: var(--muted); margin: 0 0 .5rem; }
        .bar { display: flex; height: .7rem; border-radius: 999px; overflow: hidden; background: var(--soft); }
        .bar span { display: block; height: 100%; }
        .counts { display: flex; flex-wrap: wrap; gap: .1rem .8rem; font-size: .82rem; margin: .4rem 0 0; font-variant-numeric: tabular-nums; }
        .counts span { white-space: nowrap; }
        .warn { color: var(--gap-fg); font-size: .8rem; margin: .4rem 0 0; }
        .help { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 0 2.5rem; }
        .help .legend { flex-direction: column; gap: .35rem; margin: 0 0 .8rem; }
        .controls { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .75rem 1.5rem; padding: .75rem 1rem; }
        .controls label, .controls legend { font-size: .8rem; font-weight: 650; color: var(--muted); display: block; margin-bottom: .2rem; }
        .controls select { font: inherit; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; min-width: 11rem; }
        .controls fieldset { border: 0; margin: 0; padding: 0; }
        .controls fieldset label { display: inline-flex; align-items: center; gap: .3rem; font-size: .9rem; font-weight: 500; color: var(--ink); margin-right: .8rem; }
        .result-count { font-size: .85rem; color: var(--muted); margin-left: auto; }
        .workspace { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.25rem; align-items: start; }
        .workspace.has-panel { grid-template-columns: minmax(0, 1fr) minmax(20rem, 28rem); }
        .matrix-wrap { overflow: auto; max-height: 85vh; border: 1px solid var(--line); border-radius: 10px; background: var(--card); }
        #matrix { border-collapse: separate; border-spacing: 0; width: 100%; font-size: .87rem; }
        #matrix caption { text-align: left; padding: .6rem .9rem; color: var(--muted); font-size: .85rem; caption-side: top; }
        #matrix thead th { position: sticky; top: 0; z-index: 2; background: var(--card); border-bottom: 2px solid var(--ink); padding: .5rem .4rem; vertical-align: bottom; text-align: center; font-weight: 650; min-width: 6.8rem; max-width: 11rem; }
        #matrix thead th.corner { text-align: left; left: 0; z-index: 3; min-width: 14rem; }
        .doc-title { display: block; font-size: .85rem; line-height: 1.2; }
        .doc-meta { display: block; font-size: .72rem; font-weight: 500; color: var(--muted); margin-top: .15rem; }
        #matrix tbody th { position: sticky; left: 0; z-index: 1; background: var(--card); text-align: left; font-weight: 500; padding: .25rem .6rem .25rem .9rem; border-bottom: 1px solid var(--soft); min-width: 14rem; max-width: 24rem; }
        #matrix td { padding: 2px 3px; border-bottom: 1px solid var(--soft); text-align: center; }
        .cid { display: inline-block; min-width: 2.2rem; font-variant-numeric: tabular-nums; color: var(--muted); font-weight: 650; }
        tr.cluster-row th, tr.cluster-row td { background: var(--soft); border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
        tr.cluster-row th { padding: .3rem .5rem; }
        .cluster-toggle { font: inherit; font-weight: 700; background: none; border: 0; padding: .15rem .2rem; cursor: pointer; color: var(--ink); text-align: left; display: flex; gap: .6rem; align-items: baseline; width: 100%; }
        .cluster-toggle .cluster-no { white-space: nowrap; color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
        .cluster-toggle::before { content: "▾"; display: inline-block; width: 1em; color: var(--muted); transition: transform .15s; }
        .cluster-toggle[aria-expanded="false"]::before { transform: rotate(-90deg); }
        .cluster-cell { font-size: .78rem; font-weight: 650; border-radius: 4px; padding: .1rem .3rem; display: inline-block; min-width: 4.5rem; font-variant-numeric: tabular-nums; }
        button.cell { font: inherit; font-weight: 650; width: 100%; min-width: 5.8rem; min-height: 1.9rem; border: 0; border-radius: 5px; cursor: pointer; display: inline-flex; align-items: center; justify-content: center; gap: .35rem; font-variant-numeric: tabular-nums; }
        button.cell:hover { filter: brightness(1.08) saturate(1.1); box-shadow: 0 0 0 2px var(--ink); }
        button.cell:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; box-shadow: inset 0 0 0 2px #fff; }
        button.cell.selected { box-shadow: 0 0 0 3px var(--ink), inset 0 0 0 2px #fff; }
        button.cell .sym { font-size: 1.05em; }
        .ovr { font-size: .75em; border: 1px solid currentColor; border-radius: 3px; padding: 0 .2em; line-height: 1.2; }
        .dim { opacity: .28; }
        .hidden-row, .hidden-col, .collapsed { display: none; }
        #evidence { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.2rem; box-shadow: 0 6px 24px rgba(20, 30, 50, .08); }
        #evidence:focus { outline: none; }
        #evidence .panel-head { display: flex; justify-content: space-between; gap: 1rem; align-items: flex-start; }
        #evidence h2 { font-size: 1.1rem; }
        .panel-doc { font-size: .8rem; color: var(--muted); margin: 0 0 .2rem; }
        .panel-score { display: flex; align-items: center; gap: .6rem; flex-wrap: wrap; margin: .2rem 0 .8rem; }
        .level-title { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1rem 0 .4rem; }
        .indicator { border-top: 1px solid var(--line); padding: .7rem 0 .4rem; }
        .indicator-head { display: flex; gap: .5rem; align-items: baseline; justify-content: space-between; }
        .indicator-text { margin: .25rem 0 .35rem; }
        .indicator-text ul { margin: .2rem 0 0 1.1rem; padding: 0; }
        .indicator .none { font-size: .85rem; color: var(--muted); font-style: italic; }
        .gap-doc, .profile-doc { margin-bottom: .75rem; }
        .gap-doc h3, .profile-doc h3 { display: inline; font-size: 1rem; }
        .gap-list { margin: .4rem 0 0; padding: 0; list-style: none; }
        .gap-list > li { padding: .5rem 0; border-top: 1px solid var(--soft); }
        .gap-list .suggest { margin: .25rem 0 0 2.6rem; font-size: .88rem; }
        .gap-list .suggest ul { margin: .2rem 0 0 1.1rem; padding: 0; }
        .profile td:first-child { min-width: 12rem; }
        .statements { margin: .2rem 0 0; padding: 0; list-style: none; }
        .statements > li { padding: .2rem 0; }
        .statements > li.gap { color: var(--muted); }
        .statements blockquote { font-size: .85rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .run-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem 2rem; }
        .run-grid dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; font-size: .88rem; }
        .run-grid dt { color: var(--muted); }
        .run-grid dd { margin: 0; }
        @media (max-width: 1100px) { .workspace.has-panel { grid-template-columns: minmax(0, 1fr); } #evidence { position: static; max-height: none; } }
        @media print {
          .docs { grid-template-columns: repeat(5, 1fr); gap: .4rem; margin-top: .5rem; }
          .doc-card { padding: .3rem .4rem; }
          .help { grid-template-columns: 1fr 1fr; font-size: 8.5pt; }
          .workspace, .workspace.has-panel { display: block; }
          .matrix-wrap { overflow: visible; max-height: none; border: 0; }
          #matrix { font-size: 7.5pt; page-break-inside: auto; }
          #matrix caption { padding: 0 0 .2rem; }
          #matrix thead { display: table-header-group; }
          #matrix thead th, #matrix tbody th { position: static; min-width: 0; max-width: none; padding: 1px 3px; }
          #matrix thead th.corner { width: 34%; }
          #matrix tr { page-break-inside: avoid; }
          #matrix td { padding: 1px; }
          button.cell { min-width: 0; min-height: 0; padding: 1px 2px; border-radius: 2px; box-shadow: none; }
          .cluster-toggle::before { content: none; }
          .collapsed, .hidden-row, .hidden-col { display: table-row; }
          td.hidden-col, th.hidden-col { display: table-cell; }
          .dim { opacity: 1; }
          #evidence { position: static; max-height: none; overflow: visible; box-shadow: none; border: 0; padding: 0; break-before: page; }
          #evidence[hidden] { display: none; }
          #gaps, #run-info { break-before: page; }
          blockquote { break-inside: avoid; }
        }
        """#
}
