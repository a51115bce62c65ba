/// The stylesheet for every chart, for the site to append to its own. Charts carry classes only —
/// no inline colours, no `style` attributes — so a strict CSP holds, and dark mode and print restyle
/// them here. Palette: Okabe–Ito (safe for the common colour-vision deficiencies).
public enum ChartStyles {
    public static let css = """
    /* pmo charts — colours by class; Okabe–Ito palette */
    :root {
      --chart-1: #0072B2; --chart-2: #E69F00; --chart-3: #009E73; --chart-4: #CC79A7;
      --chart-5: #56B4E9; --chart-6: #D55E00; --chart-7: #F0E442; --chart-8: #8C8C8C;
      --chart-ink: #1A1A1A; --chart-muted: #5C5C5C; --chart-grid: #DDDDDD; --chart-band: #F4F6F8; --chart-bg: #FFFFFF;
      --rag-green: #009E73; --rag-amber-green: #9BC53D; --rag-amber: #E69F00; --rag-amber-red: #EA8A1E; --rag-red: #D55E00; --rag-none: #C4C4C4;
      --heat-0: #E4EFF8; --heat-1: #B4D3EC; --heat-2: #6FAEDC; --heat-3: #F3BE7C; --heat-4: #E0803A; --heat-none: #E0E0E0;
      --chart-on-fill: #000000;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --chart-1: #4FA8E8; --chart-8: #B0B0B0;
        --chart-ink: #E8E8E8; --chart-muted: #ABABAB; --chart-grid: #3A3D42; --chart-band: #1D2024; --chart-bg: #121417;
        --rag-none: #8A8A8A; --heat-none: #8A8A8A;
      }
    }
    svg.chart { display: block; width: 100%; height: auto; max-width: 44rem; overflow: visible;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    svg.chart--gantt, svg.chart--heatmap, svg.chart--demand { max-width: 60rem; }
    .chart-scroll { overflow-x: auto; }
    .chart-scroll > svg.chart { min-width: 22rem; }
    .chart-scroll > svg.chart--gantt, .chart-scroll > svg.chart--heatmap { min-width: 34rem; }
    svg.chart--sparkline { display: inline-block; width: 6em; height: 1.5em; vertical-align: middle; overflow: hidden; }
    .chart text { fill: var(--chart-ink); font-size: 12px; }
    .chart .tick-label, .chart .legend-label, .chart .point-label, .chart .value-label { font-size: 11px; }
    .chart .tick-label { fill: var(--chart-muted); }
    .chart .tick-label--year { font-weight: 600; }
    .chart .axis-title { font-size: 11px; fill: var(--chart-muted); }
    .chart .today-label, .chart .marker-label, .chart .cut-label, .chart .chart-note, .chart .zone-label, .chart .over-label { font-size: 10px; }
    .chart .chart-note, .chart .zone-label, .chart .quadrant-label { fill: var(--chart-muted); }
    .chart .quadrant-label { font-size: 11px; font-style: italic; }
    .chart .end-label { font-size: 11px; font-weight: 600; }
    .chart .over-label, .chart .cell-label--over { font-weight: 700; }
    .chart .point-label, .chart .end-label, .chart .marker-label, .chart .today-label, .chart .cut-label, .chart .zone-label,
    .chart .quadrant-label, .chart .value-label, .chart .over-label { paint-order: stroke; stroke: var(--chart-bg); stroke-width: 3px; stroke-linejoin: round; }
    .chart .label-pill { fill: #FFFFFF; fill-opacity: 0.85; }
    .chart .no-data-frame { fill: none; stroke: var(--chart-grid); stroke-dasharray: 4 3; }
    .chart .no-data-label { fill: var(--chart-muted); font-size: 14px; }
    .chart--sparkline .no-data-label { font-size: 9px; }
    .chart .axis-line, .chart .axis-tick { stroke: var(--chart-muted); stroke-width: 1; }
    .chart .grid-line { stroke: var(--chart-grid); stroke-width: 1; }
    .chart .zero-line { stroke: var(--chart-ink); stroke-width: 1.2; }
    .chart .row-band { fill: var(--chart-band); }
    .chart .plot-frame { fill: none; stroke: var(--chart-muted); }
    /* palette classes set --c; mark classes use it */
    .chart .c1 { --c: var(--chart-1); } .chart .c2 { --c: var(--chart-2); } .chart .c3 { --c: var(--chart-3); } .chart .c4 { --c: var(--chart-4); }
    .chart .c5 { --c: var(--chart-5); } .chart .c6 { --c: var(--chart-6); } .chart .c7 { --c: var(--chart-7); } .chart .c8 { --c: var(--chart-8); }
    .chart .series-pv, .chart .series-planned, .chart .series-frontier, .chart .series-cumulative, .chart .series-bac, .chart .series-negative { --c: var(--chart-1); }
    .chart .series-ev, .chart .series-realised { --c: var(--chart-3); }
    .chart .series-ac, .chart .series-eac, .chart .series-positive { --c: var(--chart-6); }
    .chart .series-eac.bar { --c: var(--chart-2); }
    .chart .series-ac.bar, .chart .series-hist { --c: var(--chart-5); }
    .chart .rag-green { --c: var(--rag-green); } .chart .rag-amber-green { --c: var(--rag-amber-green); }
    .chart .rag-amber { --c: var(--rag-amber); } .chart .rag-amber-red { --c: var(--rag-amber-red); }
    .chart .rag-red { --c: var(--rag-red); } .chart .rag-none { --c: var(--rag-none); }
    .chart .heat-0 { --c: var(--heat-0); } .chart .heat-1 { --c: var(--heat-1); } .chart .heat-2 { --c: var(--heat-2); }
    .chart .heat-3 { --c: var(--heat-3); } .chart .heat-4 { --c: var(--heat-4); } .chart .heat-none { --c: var(--heat-none); }
    .chart .bar, .chart .cell, .chart .rag-badge, .chart .dot { fill: var(--c, var(--chart-1)); }
    .chart .area { fill: var(--c, var(--chart-1)); fill-opacity: 0.85; stroke: var(--chart-bg); stroke-width: 0.75; }
    .chart .line { fill: none; stroke: var(--c, var(--chart-1)); stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
    .chart .line.series-pv, .chart .line.series-planned { stroke-dasharray: 6 4; }
    .chart .line.series-ev { stroke-width: 2.75; }
    .chart .line.series-ac { stroke-dasharray: 1 4; stroke-width: 2.5; }
    .chart .line.series-eac { stroke-dasharray: 8 3 2 3; stroke-width: 1.75; }
    .chart .series-eac-label { fill: var(--chart-6); }
    .chart .line.series-realised-link { stroke: var(--chart-3); stroke-width: 1; stroke-dasharray: none; }
    .chart .dot { stroke: var(--chart-bg); stroke-width: 1; }
    .chart .bar--baseline { fill: var(--chart-8); }
    .chart .bar--forecast { fill: var(--c, var(--chart-1)); }
    .chart .rag-letter { fill: var(--chart-on-fill); font-size: 11px; font-weight: 700; }
    .chart .cell-label { fill: var(--chart-on-fill); font-size: 10px; }
    .chart .milestone--planned { fill: var(--chart-bg); stroke: var(--chart-ink); stroke-width: 1.5; }
    .chart .milestone--actual { fill: var(--chart-ink); }
    .chart .milestone-link { stroke: var(--chart-ink); stroke-width: 1; stroke-dasharray: 2 2; }
    .chart .today-line { stroke: var(--chart-6); stroke-width: 1.5; stroke-dasharray: 4 3; }
    .chart .today-label { fill: var(--chart-ink); font-weight: 600; }
    .chart .ref-line { stroke: var(--chart-ink); stroke-width: 1; stroke-dasharray: 2 3; }
    .chart .arrow-line, .chart .dependency-line { fill: none; stroke: var(--chart-muted); stroke-width: 1.25; }
    .chart .arrow-head { fill: var(--chart-muted); }
    .chart .dependency--conflict .arrow-line { stroke: var(--chart-6); stroke-dasharray: 3 2; stroke-width: 1.75; }
    .chart .dependency--conflict .arrow-head { fill: var(--chart-6); }
    .chart .capacity-line { fill: none; stroke: var(--chart-ink); stroke-width: 2.5; stroke-dasharray: 8 4; }
    .chart .over-zone { fill: var(--chart-bg); stroke: var(--chart-muted); }
    .chart .pattern-overlay { stroke: none; }
    .chart .pattern-stroke { stroke: #000000; stroke-opacity: 0.55; stroke-width: 1.5; }
    .chart .pattern-dot { fill: #000000; fill-opacity: 0.55; }
    .chart .marker-line { stroke: var(--chart-ink); stroke-width: 1.5; }
    .chart .marker--reference.marker-line { stroke: var(--chart-6); stroke-dasharray: 5 3; }
    .chart .bubble { fill: var(--c, var(--chart-1)); fill-opacity: 0.8; stroke: var(--chart-ink); stroke-width: 0.75; }
    .chart .quadrant-line { stroke: var(--chart-muted); stroke-dasharray: 4 4; }
    .chart .quadrant { fill: var(--chart-bg); }
    .chart .quadrant--manage { fill: var(--chart-band); }
    .chart .stakeholder { fill: var(--chart-1); }
    .chart .cut-line { stroke: var(--chart-6); stroke-width: 2; stroke-dasharray: 6 3; }
    .chart .cut-label { fill: var(--chart-ink); font-weight: 600; }
    .chart .unfunded-zone { fill: var(--chart-band); }
    .chart .selected-mark { fill: var(--chart-2); stroke: var(--chart-ink); stroke-width: 1.25; }
    .chart .spark-line { fill: none; stroke: var(--chart-1); stroke-width: 1.5; }
    .chart .spark-dot { fill: var(--chart-1); }
    @media print {
      :root {
        --chart-1: #0072B2; --chart-8: #8C8C8C;
        --chart-ink: #000000; --chart-muted: #404040; --chart-grid: #CCCCCC; --chart-band: #F2F2F2; --chart-bg: #FFFFFF;
        --rag-none: #C4C4C4; --heat-none: #E0E0E0;
      }
      svg.chart { max-width: 100%; break-inside: avoid; page-break-inside: avoid; }
      .chart-scroll { overflow: visible; }
      .chart-scroll > svg.chart, .chart-scroll > svg.chart--gantt, .chart-scroll > svg.chart--heatmap { min-width: 0; }
    }

    """
}
