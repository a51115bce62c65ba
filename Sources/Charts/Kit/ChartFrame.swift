/// What every chart is told by its caller: an id prefix, a title and (optionally) the message
/// of the chart in words; without one, the chart writes a default description from its data.
public struct ChartInfo: Sendable, Equatable {
    /// Prefix of every id in the chart (title, description, patterns), unique on the page.
    public let id: String
    public let title: String
    public let description: String?

    public init(id: String, title: String, description: String? = nil) {
        self.id = SVG.sanitizedID(id)
        self.title = title
        self.description = description
    }

    /// An id inside this chart: `<prefix>-<name>`.
    public func id(_ name: String) -> String { id + "-" + name }
}

/// A chart type: plain values in, an SVG document and a data table out.
public protocol Chart: Sendable {
    var info: ChartInfo { get }
    /// The chart as a self-contained `<svg>` (`role="img"`, `viewBox` sizing, `<title>`,
    /// `<desc>`), as UTF-8 bytes: a page puts them in as they are, never made a String (which
    /// checks every byte again; a hundredth of a build in the charts of a thousand projects).
    func svgBytes() -> [UInt8]
    /// The chart's data as a table.
    func table() -> ChartTable
}

extension Chart {
    /// The chart's `<svg>` as text.
    public func svg() -> String { String(decoding: svgBytes(), as: UTF8.self) }
}

/// The `<svg>` root every chart shares, and the "No data" chart.
public enum ChartFrame {
    public static let noDataMessage = "No data"

    /// A complete chart: root, title, description, defs and body, as UTF-8 bytes.
    public static func render(_ info: ChartInfo, kind: String, width: Double, height: Double,
                              description: String, defs: [SVGElement] = [], body: [SVGElement]) -> [UInt8] {
        var children: [SVGElement] = [
            .textElement("title", ["id": .s(info.id("title"))], text: info.title),
            .textElement("desc", ["id": .s(info.id("desc"))], text: info.description ?? description),
        ]
        if !defs.isEmpty { children.append(SVGElement("defs", elements: defs)) }
        children += body
        return root(info, classes: "chart chart--" + kind, width: width, height: height, children: children)
    }

    /// A chart saying "No data" (as UTF-8 bytes): the title is kept, the description says there is nothing to show.
    public static func noData(_ info: ChartInfo, kind: String, width: Double, height: Double = 120) -> [UInt8] {
        root(info, classes: "chart chart--" + kind + " chart--empty", width: width, height: height, children: [
            .textElement("title", ["id": .s(info.id("title"))], text: info.title),
            .textElement("desc", ["id": .s(info.id("desc"))], text: "No data to show."),
            Mark.rect(x: 0.5, y: 0.5, width: width - 1, height: height - 1, class: "no-data-frame"),
            Mark.text(noDataMessage, x: width / 2, y: height / 2 + 5, anchor: .middle, class: "no-data-label"),
        ])
    }

    /// The `<svg>` root around `children`, with a line end after it.
    private static func root(_ info: ChartInfo, classes: String, width: Double, height: Double, children: [SVGElement]) -> [UInt8] {
        SVGElement.document("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "class": .s(classes),
            "role": "img",
            "viewBox": .s("0 0 " + SVGNumber.format(width) + " " + SVGNumber.format(height)),
            "aria-labelledby": .s(info.id("title") + " " + info.id("desc")),
        ], children: children)
    }

    /// Joins sentences for a default description.
    static func sentences(_ parts: [String]) -> String { parts.filter { !$0.isEmpty }.joined(separator: " ") }
}
