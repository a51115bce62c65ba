/// Bubble chart: each item at (strategic value 0–100, risk 0–1); the bubble's *area* is
/// proportional to its budget; the RAG letter sits in the bubble (beside it when too small).
public struct BubbleChart: Chart {
    public struct Bubble: Sendable, Equatable {
        public let label: String
        public let value: Double
        public let risk: Double
        public let budget: Double
        public let rag: ChartRAG?
        public init(label: String, value: Double, risk: Double, budget: Double, rag: ChartRAG? = nil) {
            self.label = label
            self.value = value.isFinite ? min(max(value, 0), 100) : 0
            self.risk = risk.isFinite ? min(max(risk, 0), 1) : 0
            self.budget = budget.isFinite ? max(budget, 0) : 0
            self.rag = rag
        }
    }

    public let info: ChartInfo
    public let bubbles: [Bubble]
    public let width: Double
    public let height: Double
    public let xTitle: String
    public let yTitle: String
    public let budgetFormat: ValueFormat
    public let riskFormat: ValueFormat
    public let valueFormat: ValueFormat

    public init(info: ChartInfo, bubbles: [Bubble], width: Double = 480, height: Double = 380,
                xTitle: String = "Strategic value", yTitle: String = "Risk",
                budgetFormat: @escaping ValueFormat = ChartFormat.number(), riskFormat: @escaping ValueFormat = ChartFormat.percent(),
                valueFormat: @escaping ValueFormat = ChartFormat.number(decimals: 1)) {
        self.info = info; self.bubbles = bubbles; self.width = max(width, 280); self.height = max(height, 220)
        self.xTitle = xTitle; self.yTitle = yTitle; self.budgetFormat = budgetFormat; self.riskFormat = riskFormat; self.valueFormat = valueFormat
    }

    static let maxRadius = 26.0
    static let minRadius = 3.0

    /// Radius with area proportional to budget: r = maxRadius × √(budget ÷ largest budget).
    public static func radius(budget: Double, largest: Double) -> Double {
        guard largest > 0, budget > 0 else { return minRadius }
        return max(minRadius, maxRadius * (budget / largest).squareRoot())
    }

    public func svgBytes() -> [UInt8] {
        guard !bubbles.isEmpty else { return ChartFrame.noData(info, kind: "bubble", width: width) }
        let box = PlotBox(left: 48, top: 14, right: width - 14, bottom: height - 62)
        let x = LinearScale(domain: (0, 100), range: (box.left, box.right))
        let y = LinearScale(domain: (0, 1), range: (box.bottom, box.top))
        let xTicks = Axis.ticks(x, count: 5, format: { SVGNumber.format($0) })
        let yTicks = Axis.ticks(y, count: 4, format: riskFormat)
        let midX = x.map(50), midY = y.map(0.5)
        var body: [SVGElement] = [
            Axis.horizontalGrid(yTicks.map(\.position), x0: box.left, x1: box.right),
            Axis.verticalGrid(xTicks.map(\.position), y0: box.top, y1: box.bottom),
            Mark.line(x1: midX, y1: box.top, x2: midX, y2: box.bottom, class: "quadrant-line"),
            Mark.line(x1: box.left, y1: midY, x2: box.right, y2: midY, class: "quadrant-line"),
            SVGElement.group("quadrant-labels", [
                Mark.text("Low value, high risk", x: box.left + 6, y: box.top + 14, class: "quadrant-label"),
                Mark.text("High value, high risk", x: box.right - 6, y: box.top + 14, anchor: .end, class: "quadrant-label"),
                Mark.text("Low value, low risk", x: box.left + 6, y: box.bottom - 6, class: "quadrant-label"),
                Mark.text("High value, low risk", x: box.right - 6, y: box.bottom - 6, anchor: .end, class: "quadrant-label"),
            ]),
            Axis.horizontal(xTicks, y: box.bottom, x0: box.left, x1: box.right),
            Axis.vertical(yTicks, x: box.left, y0: box.bottom, y1: box.top),
            Axis.title(xTitle, x: (box.left + box.right) / 2, y: box.bottom + 32),
            SVGElement("text", ["x": .n(12), "y": .n((box.top + box.bottom) / 2), "text-anchor": "middle",
                                "transform": .s("rotate(-90 12 " + SVGNumber.format((box.top + box.bottom) / 2) + ")"), "class": "axis-title"],
                       children: [.text(yTitle)]),
        ]
        let largest = bubbles.map(\.budget).max() ?? 0
        // Largest first, so small bubbles stay visible on top.
        let order = bubbles.indices.sorted { (bubbles[$1].budget, bubbles[$0].label, $0) < (bubbles[$0].budget, bubbles[$1].label, $1) }
        var marks: [SVGElement] = []
        for i in order {
            let b = bubbles[i]
            let cx = x.map(b.value), cy = y.map(b.risk)
            let r = BubbleChart.radius(budget: b.budget, largest: largest)
            var children: [SVGElement] = [
                .textElement("title", text: "\(b.label): value \(valueFormat(b.value)), risk \(riskFormat(b.risk)), budget \(budgetFormat(b.budget)), \(ChartRAG.name(b.rag))"),
                Mark.circle(cx: cx, cy: cy, r: r, class: "bubble " + ChartRAG.className(b.rag)),
            ]
            let letter = ChartRAG.letter(b.rag)
            let labelRight = cx + r + 3 + 80 < width - 4
            let lx = labelRight ? cx + r + 3 : cx - r - 3
            if r >= 9 {
                children.append(Mark.text(letter, x: cx, y: cy + 4, anchor: .middle, class: "rag-letter"))
                children.append(Mark.label(b.label, x: lx, y: cy + 4, maxWidth: 80, fontSize: 11, anchor: labelRight ? .start : .end, class: "point-label"))
            } else {
                children.append(Mark.label(letter + " " + b.label, x: lx, y: cy + 4, maxWidth: 80, fontSize: 11, anchor: labelRight ? .start : .end, class: "point-label"))
            }
            marks.append(SVGElement.group("bubble-group", children))
        }
        body.append(SVGElement.group("bubbles", marks))
        body.append(Mark.text("Bubble area is proportional to budget; letter = RAG.", x: 8, y: height - 8, class: "chart-note"))
        return ChartFrame.render(info, kind: "bubble", width: width, height: height, description: defaultDescription(), body: body)
    }

    func defaultDescription() -> String {
        let risky = bubbles.filter { $0.risk >= 0.5 }
        let biggest = bubbles.max { ($0.budget, $1.label) < ($1.budget, $0.label) }!
        return ChartFrame.sentences([
            "\(bubbles.count) \(bubbles.count == 1 ? "item" : "items") by strategic value and risk, sized by budget.",
            "\(risky.count) with risk of 50% or more.",
            "Largest budget: \(biggest.label) (\(budgetFormat(biggest.budget)), value \(valueFormat(biggest.value)), risk \(riskFormat(biggest.risk))).",
        ])
    }

    public func table() -> ChartTable {
        ChartTable(caption: info.title, columns: [.init("Item"), .init(xTitle, numeric: true), .init(yTitle, numeric: true),
                                                  .init("Budget", numeric: true), .init("RAG")],
                   rows: bubbles.map { [$0.label, valueFormat($0.value), riskFormat($0.risk), budgetFormat($0.budget), ChartRAG.name($0.rag)] },
                   notes: ["Bubble area is proportional to budget."])
    }
}
