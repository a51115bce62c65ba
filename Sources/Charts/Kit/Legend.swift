/// A legend: symbols with labels, flowing left to right and wrapping at the chart's width.
public enum Legend {
    public enum Symbol: Sendable, Equatable {
        /// A filled square in the given classes (`"bar c1"`).
        case box(String)
        /// A short line in the given classes (`"line c2 line--dashed"`).
        case line(String)
        case diamond(String)
        case circle(String)
        /// A filled square with a pattern from the chart's `<defs>` on top.
        case pattern(String, patternID: String)
    }

    public struct Item: Sendable, Equatable {
        public let symbol: Symbol
        public let label: String
        public init(_ symbol: Symbol, _ label: String) { self.symbol = symbol; self.label = label }
    }

    static let fontSize = 11.0
    static let rowHeight = 18.0

    /// The legend's group and its height, laid out from (x, y) within `maxWidth`.
    public static func render(_ items: [Item], x: Double, y: Double, maxWidth: Double) -> (element: SVGElement, height: Double) {
        guard !items.isEmpty else { return (SVGElement.group("legend", []), 0) }
        var children: [SVGElement] = []
        var cx = x
        var cy = y
        for item in items {
            let labelWidth = min(TextFit.width(item.label, fontSize: fontSize), maxWidth - 24)
            let itemWidth = 18 + labelWidth + 14
            if cx > x && cx + itemWidth > x + maxWidth { cx = x; cy += rowHeight }
            children.append(symbol(item.symbol, x: cx, y: cy + 9))
            children.append(Mark.label(item.label, x: cx + 18, y: cy + 13, maxWidth: labelWidth, fontSize: fontSize, class: "legend-label"))
            cx += itemWidth
        }
        return (SVGElement.group("legend", children), cy - y + rowHeight)
    }

    /// The height `render` would use, to lay out a chart before drawing it.
    public static func height(_ items: [Item], maxWidth: Double) -> Double {
        render(items, x: 0, y: 0, maxWidth: maxWidth).height
    }

    static func symbol(_ symbol: Symbol, x: Double, y: Double) -> SVGElement {
        switch symbol {
        case .box(let c): return Mark.rect(x: x, y: y - 5, width: 12, height: 10, class: c)
        case .line(let c): return Mark.line(x1: x, y1: y, x2: x + 14, y2: y, class: c)
        case .diamond(let c): return Mark.diamond(cx: x + 6, cy: y, size: 5, class: c)
        case .circle(let c): return Mark.circle(cx: x + 6, cy: y, r: 5, class: c)
        case .pattern(let c, let id):
            return SVGElement.group(nil, [Mark.rect(x: x, y: y - 5, width: 12, height: 10, class: c),
                                          Mark.patternRect(x: x, y: y - 5, width: 12, height: 10, patternID: id, class: "pattern-overlay")])
        }
    }
}
