/// Power/interest grid: stakeholders placed by interest (x) and power (y) in four quadrants —
/// keep satisfied, manage closely, monitor, keep informed. Stakeholders at the same spot share a
/// dot and a label.
public struct PowerInterestGrid: Chart {
    public struct Stakeholder: Sendable, Equatable {
        public let label: String
        public let interest: Double
        public let power: Double
        public init(label: String, interest: Double, power: Double) {
            self.label = label; self.interest = interest.isFinite ? interest : 0; self.power = power.isFinite ? power : 0
        }
    }

    public let info: ChartInfo
    public let stakeholders: [Stakeholder]
    /// The scale of both axes (e.g. 0…1 or 1…5); quadrants split at its middle.
    public let scale: ClosedRange<Double>
    public let width: Double
    public let scoreFormat: ValueFormat

    public init(info: ChartInfo, stakeholders: [Stakeholder], scale: ClosedRange<Double> = 0...1, width: Double = 420,
                scoreFormat: @escaping ValueFormat = { SVGNumber.format($0) }) {
        self.info = info; self.stakeholders = stakeholders
        self.scale = scale.lowerBound.isFinite && scale.upperBound.isFinite && scale.upperBound > scale.lowerBound ? scale : 0...1
        self.width = max(width, 260); self.scoreFormat = scoreFormat
    }

    var middle: Double { (scale.lowerBound + scale.upperBound) / 2 }

    /// `Manage closely`, `Keep satisfied`, `Keep informed` or `Monitor`.
    public func quadrant(_ s: Stakeholder) -> String {
        switch (s.power >= middle, s.interest >= middle) {
        case (true, true): return "Manage closely"
        case (true, false): return "Keep satisfied"
        case (false, true): return "Keep informed"
        case (false, false): return "Monitor"
        }
    }

    public func svgBytes() -> [UInt8] {
        guard !stakeholders.isEmpty else { return ChartFrame.noData(info, kind: "power-interest", width: width) }
        let height = width
        let box = PlotBox(left: 34, top: 10, right: width - 10, bottom: height - 34)
        let clamp: (Double) -> Double = { min(max($0, self.scale.lowerBound), self.scale.upperBound) }
        // A margin of 8% each side keeps points on the scale's ends off the frame.
        let pad = (scale.upperBound - scale.lowerBound) * 0.08
        let x = LinearScale(domain: (scale.lowerBound - pad, scale.upperBound + pad), range: (box.left, box.right))
        let y = LinearScale(domain: (scale.lowerBound - pad, scale.upperBound + pad), range: (box.bottom, box.top))
        let mx = x.map(middle), my = y.map(middle)
        var body: [SVGElement] = [
            Mark.rect(x: box.left, y: box.top, width: mx - box.left, height: my - box.top, class: "quadrant quadrant--satisfied"),
            Mark.rect(x: mx, y: box.top, width: box.right - mx, height: my - box.top, class: "quadrant quadrant--manage"),
            Mark.rect(x: box.left, y: my, width: mx - box.left, height: box.bottom - my, class: "quadrant quadrant--monitor"),
            Mark.rect(x: mx, y: my, width: box.right - mx, height: box.bottom - my, class: "quadrant quadrant--informed"),
            Mark.text("Keep satisfied", x: box.left + 6, y: box.top + 15, class: "quadrant-label"),
            Mark.text("Manage closely", x: box.right - 6, y: box.top + 15, anchor: .end, class: "quadrant-label"),
            Mark.text("Monitor", x: box.left + 6, y: box.bottom - 7, class: "quadrant-label"),
            Mark.text("Keep informed", x: box.right - 6, y: box.bottom - 7, anchor: .end, class: "quadrant-label"),
            Axis.title("Interest →", x: (box.left + box.right) / 2, y: box.bottom + 18),
            SVGElement("text", ["x": .n(14), "y": .n((box.top + box.bottom) / 2), "text-anchor": "middle",
                                "transform": .s("rotate(-90 14 " + SVGNumber.format((box.top + box.bottom) / 2) + ")"), "class": "axis-title"],
                       children: [.text("Power →")]),
        ]
        // Group stakeholders at the same point, in first-seen order.
        var groups: [(interest: Double, power: Double, names: [String])] = []
        for s in stakeholders {
            let key = (clamp(s.interest), clamp(s.power))
            if let i = groups.firstIndex(where: { $0.interest == key.0 && $0.power == key.1 }) { groups[i].names.append(s.label) }
            else { groups.append((key.0, key.1, [s.label])) }
        }
        body.append(SVGElement.group("points", groups.map { g in
            let px = x.map(g.interest), py = y.map(g.power)
            let right = px < box.right - 90
            let text = g.names.joined(separator: ", ")
            return SVGElement.group("point", [
                .textElement("title", text: text + ": interest \(scoreFormat(g.interest)), power \(scoreFormat(g.power))"),
                Mark.circle(cx: px, cy: py, r: 5, class: "dot stakeholder"),
                Mark.label(text, x: right ? px + 8 : px - 8, y: py + 4, maxWidth: 100, fontSize: 11, anchor: right ? .start : .end, class: "point-label"),
            ])
        }))
        body.append(Mark.rect(x: box.left, y: box.top, width: box.width, height: box.height, class: "plot-frame"))
        return ChartFrame.render(info, kind: "power-interest", width: width, height: height, description: defaultDescription(), body: body)
    }

    func defaultDescription() -> String {
        let order = ["Manage closely", "Keep satisfied", "Keep informed", "Monitor"]
        let counts = order.map { q in (q, stakeholders.count(where: { quadrant($0) == q })) }.filter { $0.1 > 0 }
        let manage = stakeholders.filter { quadrant($0) == "Manage closely" }.map(\.label)
        return ChartFrame.sentences([
            "\(stakeholders.count) \(stakeholders.count == 1 ? "stakeholder" : "stakeholders"): " + counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ".",
            manage.isEmpty ? "" : "Manage closely: \(manage.joined(separator: ", ")).",
        ])
    }

    public func table() -> ChartTable {
        ChartTable(caption: info.title, columns: [.init("Stakeholder"), .init("Interest", numeric: true), .init("Power", numeric: true), .init("Quadrant")],
                   rows: stakeholders.map { [$0.label, scoreFormat($0.interest), scoreFormat($0.power), quadrant($0)] })
    }
}
