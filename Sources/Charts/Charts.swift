// The chart kit: an escaped SVG writer (Kit/SVG.swift), deterministic numbers, pure scales,
// axes, marks, legends and patterns (Kit/), and the chart types (Types/). It knows nothing about
// portfolios and imports nothing. See docs/charts.md.
//
// No `enum Charts` namespace here: a type named like its module breaks `Charts.X` qualification.
