/// `style.css`: the one stylesheet — screen, dark and print rules by `@media`. No inline
/// styles anywhere, so pages pass `style-src 'self'`.
enum Stylesheet {
    static let css = #"""
/* pmo built-in theme. Override by putting a style.css in the site's layouts/ folder. */
:root {
  --bg: #ffffff;
  --surface: #f6f8fa;
  --text: #1b1f24;
  --muted: #4f5963;
  --border: #d0d7de;
  --link: #0b57a4;
  --header-bg: #102a43;
  --header-text: #ffffff;
  --focus: #d97706;
  /* RAG: the Okabe–Ito bluish green, orange and vermillion the charts use too (one palette,
     safe for colour-blind readers), with dark letters; always with a letter and a word. */
  --green: #009E73;
  --amber: #E69F00;
  --red: #D55E00;
  --on-green: #1b1f24;
  --on-amber: #1b1f24;
  --on-red: #1b1f24;
  --radius: 6px;
  color-scheme: light dark;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1419;
    --surface: #171d24;
    --text: #e6edf3;
    --muted: #a8b3bf;
    --border: #343d47;
    --link: #7cb7ff;
    --header-bg: #0a1826;
    --header-text: #e6edf3;
  }
}

*, *::before, *::after { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  font-size: 1rem;
  line-height: 1.5;
}

a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }

.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }

.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

.skip-link {
  position: absolute; left: 0.5rem; top: -3rem; z-index: 10;
  padding: 0.5rem 1rem; background: var(--bg); color: var(--link); border-radius: var(--radius);
}
.skip-link:focus { top: 0.5rem; }

/* Header and navigation */
.site-header { background: var(--header-bg); color: var(--header-text); }
.site-header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.brand { color: var(--header-text); font-weight: 700; font-size: 1.1rem; text-decoration: none; }
.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0; padding: 0; list-style: none; }
.site-nav a { display: block; padding: 0.35rem 0.75rem; color: var(--header-text); text-decoration: none; border-radius: var(--radius); }
.site-nav a:hover { background: rgba(255, 255, 255, 0.12); }
.site-nav a[aria-current] { background: rgba(255, 255, 255, 0.18); box-shadow: inset 0 -3px 0 var(--amber); font-weight: 600; }

.breadcrumbs ol { display: flex; flex-wrap: wrap; margin: 1rem 0 0; padding: 0; list-style: none; font-size: 0.9rem; color: var(--muted); }
.breadcrumbs li + li::before { content: "/"; padding: 0 0.5rem; color: var(--muted); }

main { padding-top: 0.5rem; padding-bottom: 3rem; }

/* Page header */
.page-header { margin: 1.25rem 0 1rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
.kicker { margin: 0 0 0.25rem; color: var(--muted); font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.05em; }
.lede { margin: 0.35rem 0 0; color: var(--muted); }
.hint, .cell-note, .kpi-note, .rating-note { color: var(--muted); font-size: 0.85rem; }
.empty { color: var(--muted); font-style: italic; }

/* Facts and ratings lists */
.facts, .ratings { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.75rem 1.5rem; margin: 1rem 0; }
.facts dl, .ratings dl, .kpi-grid dl, .glossary dl { min-width: 0; margin: 0; }
.facts dt, .ratings dt { color: var(--muted); font-size: 0.85rem; }
.facts dd, .ratings dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }

/* KPI panel */
.kpi-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr)); gap: 0.75rem; margin: 1rem 0; }
.kpi { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 0.75rem 1rem; }
.kpi dt { color: var(--muted); font-size: 0.85rem; }
.kpi dd { margin: 0.15rem 0 0; }
.kpi-value { display: block; font-size: 1.5rem; font-weight: 700; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }

.panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0 2rem; }
.tally { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; margin: 0.5rem 0; padding: 0; list-style: none; }
.tally li { display: flex; align-items: center; gap: 0.4rem; }
.tally-count { font-weight: 700; font-size: 1.2rem; font-variant-numeric: tabular-nums; }

/* RAG badges: colour + letter + word; words only for withheld / not rated / not reported */
.rag { display: inline-flex; align-items: center; gap: 0.35rem; white-space: nowrap; }
.rag-letter {
  display: inline-flex; align-items: center; justify-content: center;
  min-width: 1.9em; height: 1.9em; padding: 0 0.3em; border-radius: 999px;
  font-size: 0.75rem; font-weight: 800; line-height: 1;
  border: 2px solid transparent;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.rag-green .rag-letter { background: var(--green); color: var(--on-green); }
.rag-amber .rag-letter { background: var(--amber); color: var(--on-amber); }
.rag-red .rag-letter { background: var(--red); color: var(--on-red); }
.rag-amber-green .rag-letter { background: var(--amber); color: var(--on-amber); border-color: var(--green); border-width: 3px; }
.rag-amber-red .rag-letter { background: var(--amber); color: var(--on-amber); border-color: var(--red); border-width: 3px; }
.rating { display: inline-block; padding: 0.05rem 0.5rem; border: 1px dashed var(--muted); border-radius: 999px; font-size: 0.85rem; color: var(--text); white-space: nowrap; }

.phase, .status, .severity { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; background: var(--surface); border: 1px solid var(--border); font-size: 0.85rem; white-space: nowrap; }
.severity-critical, .severity-high { font-weight: 700; }
.plan-delayed { border-color: var(--amber); }
.plan-infeasible { border-color: var(--red); font-weight: 700; }
.plan-on-plan { border-color: var(--green); }
tr.cut-line-row td { border-top: 3px dashed var(--red); border-bottom: 3px dashed var(--red); font-weight: 600; background: var(--surface); }
tr.unfunded th, tr.unfunded td { color: var(--muted); }
.draw { white-space: nowrap; }

/* Tables: readable, scroll sideways inside their wrapper on small screens */
.table-wrap { overflow-x: auto; margin: 0.75rem 0 1.25rem; border: 1px solid var(--border); border-radius: var(--radius); }
table { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
th, td { padding: 0.5rem 0.75rem; text-align: left; vertical-align: top; border-bottom: 1px solid var(--border); }
thead th { background: var(--surface); font-size: 0.85rem; color: var(--muted); font-weight: 600; white-space: nowrap; }
tbody th { font-weight: 600; }
tbody tr:last-child th, tbody tr:last-child td { border-bottom: 0; }
tbody tr:hover { background: var(--surface); }
tbody tr:target { outline: 3px solid var(--focus); outline-offset: -3px; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }

.link-list, .report-list { padding-left: 1.25rem; }
.report-list li { margin: 0.25rem 0; }

.prose { max-width: 48rem; }
.prose img { max-width: 100%; height: auto; }
.prose table { width: auto; }

.pager ul { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; margin: 2rem 0 0; padding: 1rem 0 0; list-style: none; border-top: 1px solid var(--border); }
.pager-next { margin-left: auto; }

/* Figures */
.kpi dt abbr { text-decoration: underline dotted; cursor: help; }
.kpi-good { color: var(--green); }
.kpi-warn { color: var(--text); }
.kpi-bad { color: var(--red); }
.program-rag { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.notice { border-left: 4px solid var(--muted); border-radius: var(--radius); padding: 0.6rem 1rem; margin: 0.75rem 0; background: var(--surface); }
.alert { border: 1px solid var(--red); border-left-width: 6px; border-radius: var(--radius); padding: 0.75rem 1rem; margin: 1rem 0; background: var(--surface); }
.alert h2 { margin-top: 0; border: 0; font-size: 1.1rem; }
.alert ul { margin: 0; padding-left: 1.25rem; }
.alert li { margin: 0.35rem 0; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--border); }
.toc ol { columns: 2 16rem; padding-left: 1.25rem; }
.glossary dl { margin: 0 0 0.75rem; break-inside: avoid; }
.glossary dt { font-weight: 700; }
.glossary dd { margin: 0.15rem 0 0 1rem; }
.glossary code { display: block; margin-top: 0.25rem; font-size: 0.9rem; color: var(--muted); white-space: normal; }

/* Charts: the SVG fills its column; its data table folds away under it */
.chart-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: 1rem 1.5rem; }
.chart-figure { margin: 0; min-width: 0; }
.chart-figure svg { display: block; width: 100%; height: auto; }
.chart-data summary { cursor: pointer; color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0; }
.chart-data .table-wrap { margin-top: 0.25rem; }

.download { font-size: 0.9rem; margin-top: -0.5rem; }
.download a::before { content: "↓ "; }

/* Dashboard: the first screen */
.counts-line { margin: 0 0 0.5rem; color: var(--muted); }
.glance { display: flex; flex-wrap: wrap; gap: 1rem 3rem; align-items: flex-start; }
.glance-label { margin: 0 0 0.25rem; font-weight: 600; }
.glance-portfolio p { margin: 0.25rem 0; }
.tally-big .tally-count { font-size: 1.6rem; }
.tally-big .rag-letter { width: 2rem; height: 2rem; font-size: 0.95rem; }

.site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: 0.9rem; padding: 1rem 0 2rem; }

@media (max-width: 40rem) {
  h1 { font-size: 1.5rem; }
  .site-nav a { padding: 0.35rem 0.5rem; }
  th, td { padding: 0.4rem 0.5rem; }
}

/* The board pack: one printed page per program and project */
.print-page { border-top: 3px solid var(--border); margin-top: 2.5rem; padding-top: 1rem; }
.print-page .page-header h2 { font-size: 1.6rem; margin: 0.25rem 0; }

@media print {
  @page { size: A4; margin: 14mm 12mm; }
  .print-page { break-before: page; border-top: 0; margin-top: 0; }
  .print-cover .toc { columns: 2; }
  .charts, .kpis { break-inside: auto; }
  .download { display: none; }
  :root { --bg: #ffffff; --surface: #f3f3f3; --text: #000000; --muted: #333333; --border: #999999; --link: #000000; }
  body { font-size: 10.5pt; }
  .skip-link, .site-nav, .breadcrumbs, .pager { display: none; }
  .site-header { background: none; color: #000000; border-bottom: 2px solid #000000; }
  .brand { color: #000000; }
  .wrap { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .table-wrap { overflow: visible; border: 0; }
  tr, .kpi, .facts dl, .ratings dl, .alert, .chart-figure { break-inside: avoid; }
  .chart-data { display: none; }
  abbr { text-decoration: none; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; }
}
"""#
}
