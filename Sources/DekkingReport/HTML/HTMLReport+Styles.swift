extension HTMLReport {
    /// The style sheet shared by report.html and compare.html: page, type, status colours, panels
    /// and print.
    ///
    /// Status colours come from one blue scale plus a pale warm tone for gaps, so they stay apart
    /// for every kind of colour blindness and in grey print; every status also has a symbol.
    static let baseStyles = #"""
        :root {
          --ink: #1b2230; --muted: #566072; --paper: #fbfaf7; --card: #ffffff; --line: #dcd7cc; --soft: #f2efe8;
          --accent: #1d4f91; --focus: #111111;
          --covered-bg: #1d4f91; --covered-fg: #ffffff;
          --partial-bg: #a9cbeb; --partial-fg: #0c2340;
          --gap-bg: #fdf0e6; --gap-fg: #8a3b12; --gap-line: #e7bfa3;
          --mark: #ffe28a;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
          color: var(--ink); background: var(--paper); line-height: 1.5;
        }
        * { box-sizing: border-box; }
        body { margin: 0; font-size: 15px; }
        a { color: var(--accent); }
        h1, h2, h3, h4 { line-height: 1.25; margin: 0 0 .5rem; }
        h1 { font-size: 1.75rem; letter-spacing: -.01em; }
        h2 { font-size: 1.3rem; margin-top: .25rem; }
        h3 { font-size: 1.05rem; }
        p { margin: 0 0 .6rem; }
        code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; z-index: 10; }
        .skip:focus { left: 1rem; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .page-head { padding: 1.75rem 2rem 1.25rem; background: var(--card); border-bottom: 1px solid var(--line); }
        .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; font-weight: 700; color: var(--accent); margin: 0 0 .35rem; }
        .sub { color: var(--muted); margin: 0; }
        main { padding: 1.25rem 2rem 2rem; max-width: 1600px; }
        section { margin: 0 0 1.75rem; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; }
        .muted { color: var(--muted); }
        .small { font-size: .85rem; }
        details > summary { cursor: pointer; font-weight: 650; }
        details > summary:hover { color: var(--accent); }
        details.card > summary { margin: -.25rem 0; padding: .25rem 0; }
        details[open].card > summary { margin-bottom: .75rem; }
        .s-covered { background: var(--covered-bg); color: var(--covered-fg); }
        .s-partial { background: var(--partial-bg); color: var(--partial-fg); }
        .s-gap { background: var(--gap-bg); color: var(--gap-fg); box-shadow: inset 0 0 0 1px var(--gap-line); }
        .btn { font: inherit; font-size: .85rem; padding: .35rem .75rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--ink); cursor: pointer; }
        .btn:hover { border-color: var(--accent); color: var(--accent); }
        .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem; font-weight: 650; white-space: nowrap; }
        .legend { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; margin: .5rem 0 0; padding: 0; list-style: none; }
        .legend li { display: flex; align-items: center; gap: .4rem; }
        .swatch { display: inline-flex; align-items: center; justify-content: center; width: 1.9rem; height: 1.4rem; border-radius: 4px; font-size: .95rem; }
        mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
        blockquote { margin: .4rem 0 .6rem; padding: .5rem .75rem; background: var(--soft); border-left: 3px solid var(--partial-bg); border-radius: 0 6px 6px 0; }
        .where { font-size: .8rem; color: var(--muted); margin: .5rem 0 0; }
        .where code { color: var(--ink); font-weight: 650; }
        .override { display: inline-block; margin: .25rem 0; padding: .1rem .5rem; border: 1px solid var(--ink); border-radius: 4px; font-size: .8rem; font-weight: 650; }
        table.plain { border-collapse: collapse; width: 100%; font-size: .85rem; }
        table.plain th, table.plain td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        table.plain td.num, table.plain th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .hash { word-break: break-all; }
        footer { padding: 1rem 2rem 2rem; color: var(--muted); font-size: .8rem; }
        @media (max-width: 700px) { .page-head, main { padding-left: 1rem; padding-right: 1rem; } }
        @media print {
          @page { size: A4 landscape; margin: 10mm; }
          :root { background: #fff; font-size: 10px; }
          body { font-size: 9.5pt; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .no-print, .skip { display: none !important; }
          .page-head { padding: 0 0 .5rem; border: 0; }
          main { padding: 0; max-width: none; }
          .card { border: 0; padding: 0; }
          details > summary { list-style: none; }
          details > summary::-webkit-details-marker { display: none; }
          a { color: inherit; text-decoration: none; }
          footer { padding: .5rem 0 0; }
        }
        """#
}
