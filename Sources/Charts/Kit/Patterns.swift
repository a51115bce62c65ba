/// Patterns for the chart's `<defs>`, so a state (over capacity, over budget) is never shown by
/// colour alone. Ids are made from the chart's id prefix, so charts on one page never clash.
/// The strokes take their colour from the stylesheet (`.pattern-stroke`).
public enum Patterns {
    /// Diagonal hatching (45°).
    public static func hatch(id: String, spacing: Double = 6) -> SVGElement {
        SVGElement("pattern", ["id": .s(id), "width": .n(spacing), "height": .n(spacing),
                               "patternUnits": "userSpaceOnUse", "patternTransform": "rotate(45)"],
                   children: [.element(Mark.line(x1: 0, y1: 0, x2: 0, y2: spacing, class: "pattern-stroke"))])
    }

    /// Cross-hatching (two diagonals).
    public static func crossHatch(id: String, spacing: Double = 6) -> SVGElement {
        SVGElement("pattern", ["id": .s(id), "width": .n(spacing), "height": .n(spacing),
                               "patternUnits": "userSpaceOnUse", "patternTransform": "rotate(45)"],
                   children: [.element(Mark.line(x1: 0, y1: 0, x2: 0, y2: spacing, class: "pattern-stroke")),
                              .element(Mark.line(x1: 0, y1: 0, x2: spacing, y2: 0, class: "pattern-stroke"))])
    }

    /// Dots.
    public static func dots(id: String, spacing: Double = 5) -> SVGElement {
        SVGElement("pattern", ["id": .s(id), "width": .n(spacing), "height": .n(spacing), "patternUnits": "userSpaceOnUse"],
                   children: [.element(Mark.circle(cx: spacing / 2, cy: spacing / 2, r: 1, class: "pattern-dot"))])
    }
}
