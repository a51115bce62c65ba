/// The marks charts are drawn with. Every mark takes a CSS class: colours live in the stylesheet
/// (`ChartStyles.css`), never in the SVG.
public enum Mark {
    public enum Anchor: String, Sendable { case start, middle, end }

    public static func rect(x: Double, y: Double, width: Double, height: Double, class className: String) -> SVGElement {
        SVGElement("rect", estimate: 100) { out in
            out.attribute("x", x); out.attribute("y", y)
            out.attribute("width", max(0, width)); out.attribute("height", max(0, height))
            out.attribute("class", className)
        }
    }

    /// A rect filled with a pattern from the chart's `<defs>` (`fill="url(#id)"` names a pattern, not a colour).
    public static func patternRect(x: Double, y: Double, width: Double, height: Double, patternID: String, class className: String) -> SVGElement {
        SVGElement("rect", ["x": .n(x), "y": .n(y), "width": .n(max(0, width)), "height": .n(max(0, height)),
                            "fill": .s("url(#\(patternID))"), "class": .s(className)])
    }

    public static func line(x1: Double, y1: Double, x2: Double, y2: Double, class className: String) -> SVGElement {
        SVGElement("line", estimate: 100) { out in
            out.attribute("x1", x1); out.attribute("y1", y1); out.attribute("x2", x2); out.attribute("y2", y2)
            out.attribute("class", className)
        }
    }

    /// A polyline through `points` (a single point draws nothing: use `circle` for it).
    public static func polyline(_ points: [ChartPoint], class className: String) -> SVGElement {
        path(SVG.pathData(points), class: className)
    }

    /// A step line: horizontal to each next x, then vertical ("step-after").
    public static func stepLine(_ points: [ChartPoint], class className: String) -> SVGElement {
        var steps: [ChartPoint] = []
        for (i, p) in points.enumerated() {
            if i > 0 { steps.append(ChartPoint(p.x, points[i - 1].y)) }
            steps.append(p)
        }
        return path(SVG.pathData(steps), class: className)
    }

    /// The area between an upper edge and a lower edge (both left to right).
    public static func area(upper: [ChartPoint], lower: [ChartPoint], class className: String) -> SVGElement {
        path(SVG.pathData(upper + lower.reversed(), closed: true), class: className)
    }

    public static func circle(cx: Double, cy: Double, r: Double, class className: String) -> SVGElement {
        SVGElement("circle", estimate: 80) { out in
            out.attribute("cx", cx); out.attribute("cy", cy); out.attribute("r", max(0, r))
            out.attribute("class", className)
        }
    }

    /// A diamond (milestone) of half-diagonal `size` centred on (cx, cy).
    public static func diamond(cx: Double, cy: Double, size: Double, class className: String) -> SVGElement {
        path(SVG.pathData([ChartPoint(cx, cy - size), ChartPoint(cx + size, cy), ChartPoint(cx, cy + size), ChartPoint(cx - size, cy)], closed: true),
             class: className)
    }

    public static func path(_ d: String, class className: String) -> SVGElement {
        SVGElement("path", estimate: d.utf8.count &+ 40) { out in
            out.attribute("d", d)
            out.attribute("class", className)
        }
    }

    /// Text at (x, y); `y` is the baseline. The text is escaped when written.
    public static func text(_ text: String, x: Double, y: Double, anchor: Anchor = .start, class className: String) -> SVGElement {
        SVGElement("text", estimate: 90, text: text) { out in
            out.attribute("x", x); out.attribute("y", y)
            if anchor != .start { out.attribute("text-anchor", anchor.rawValue) }
            out.attribute("class", className)
        }
    }

    /// Text shortened with `…` to `maxWidth`; when shortened, the full text is in a `<title>`
    /// (a tooltip on screen) on a group around it.
    public static func label(_ full: String, x: Double, y: Double, maxWidth: Double, fontSize: Double,
                             anchor: Anchor = .start, class className: String) -> SVGElement {
        let fitted = TextFit.fit(full, maxWidth: maxWidth, fontSize: fontSize)
        let t = text(fitted.text, x: x, y: y, anchor: anchor, class: className)
        guard fitted.truncated else { return t }
        return SVGElement("g", ["class": "truncated"], children: [.element(.textElement("title", text: full)), .element(t)])
    }

    /// A polyline ending in a filled arrowhead at its last point.
    public static func arrow(_ points: [ChartPoint], headSize: Double = 5, class className: String) -> SVGElement {
        guard points.count >= 2, let tip = points.last else { return SVGElement.group(className, []) }
        let from = points[points.count - 2]
        let dx = tip.x - from.x, dy = tip.y - from.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return SVGElement.group(className, [polyline(points, class: "arrow-line")]) }
        let ux = dx / length, uy = dy / length
        let base = ChartPoint(tip.x - ux * headSize * 1.6, tip.y - uy * headSize * 1.6)
        let left = ChartPoint(base.x - uy * headSize, base.y + ux * headSize)
        let right = ChartPoint(base.x + uy * headSize, base.y - ux * headSize)
        var shaft = points
        shaft[shaft.count - 1] = base
        return SVGElement.group(className, [
            path(SVG.pathData(shaft), class: "arrow-line"),
            path(SVG.pathData([tip, left, right], closed: true), class: "arrow-head"),
        ])
    }
}
