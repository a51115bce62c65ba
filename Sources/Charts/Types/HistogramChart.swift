/// Histogram of simulated outcomes (finish dates or costs) with the cumulative S-curve on a
/// 0–100% right axis, percentile markers (P50, P80…) and an optional reference marker (baseline
/// finish, budget). Read the S-curve at a marker: the share of trials at or below that value.
///
/// It draws bins made elsewhere (the simulation bins its trials, so it need not keep them):
/// equal bins in ascending order, each with its count and cumulative share.
public struct HistogramChart: Chart {
    /// What the samples are: plain numbers (costs) or day ordinals (finish dates).
    public enum Domain: Sendable, Equatable { case values, days }

    public struct Marker: Sendable, Equatable {
        public enum Kind: String, Sendable { case percentile, reference }
        public let label: String
        public let value: Double
        public let kind: Kind
        /// The share of trials at or below `value`, told for a reference marker.
        public let share: Double?
        public init(label: String, value: Double, kind: Kind = .percentile, share: Double? = nil) {
            self.label = label; self.value = value; self.kind = kind; self.share = share
        }
    }

    public struct Bin: Sendable, Equatable {
        /// [low, high); the last bin is closed.
        public let low: Double
        public let high: Double
        public let count: Int
        /// Share of all trials in this bin or below it.
        public let cumulative: Double

        public init(low: Double, high: Double, count: Int, cumulative: Double) {
            self.low = low; self.high = high; self.count = count; self.cumulative = cumulative
        }
    }

    public let info: ChartInfo
    /// Equal bins, ascending; empty when there are no trials.
    public let bins: [Bin]
    /// The number of trials binned.
    public let trials: Int
    /// The smallest and largest trial.
    public let range: ClosedRange<Double>?
    public let domain: Domain
    public let markers: [Marker]
    public let width: Double
    public let height: Double
    /// Formats a sample: money for costs; ignored for `.days`, which use `dayFormat`.
    public let valueFormat: ValueFormat
    public let axisFormat: ValueFormat
    public let dayFormat: DayFormat
    public let monthNames: [String]

    public init(info: ChartInfo, bins: [Bin], trials: Int, range: ClosedRange<Double>?, domain: Domain = .values, markers: [Marker] = [],
                width: Double = 480, height: Double = 300,
                valueFormat: @escaping ValueFormat = ChartFormat.number(), axisFormat: @escaping ValueFormat = ChartFormat.compact,
                dayFormat: @escaping DayFormat = ChartFormat.isoDay, monthNames: [String] = ChartFormat.monthAbbreviations) {
        self.info = info; self.bins = bins; self.trials = trials; self.range = range; self.domain = domain
        self.markers = markers.filter { $0.value.isFinite }
        self.width = max(width, 280); self.height = max(height, 180)
        self.valueFormat = valueFormat; self.axisFormat = axisFormat; self.dayFormat = dayFormat; self.monthNames = monthNames
    }

    func format(_ v: Double) -> String {
        domain == .days ? dayFormat(Int(v.rounded(.up))) : valueFormat(v)
    }

    public func svgBytes() -> [UInt8] {
        guard !bins.isEmpty else { return ChartFrame.noData(info, kind: "histogram", width: width) }
        var items: [Legend.Item] = [.init(.box("bar series-hist"), "Trials per bin"), .init(.line("line series-cumulative"), "Cumulative share")]
        if markers.contains(where: { $0.kind == .percentile }) { items.append(.init(.line("marker-line marker--percentile"), "Percentile")) }
        if markers.contains(where: { $0.kind == .reference }) { items.append(.init(.line("marker-line marker--reference"), "Reference")) }
        let legendHeight = Legend.height(items, maxWidth: width - 16)
        let markerRows = 2.0
        let box = PlotBox(left: 46, top: 10 + markerRows * 13, right: width - 44, bottom: height - 30 - legendHeight)
        let lo = min(bins.first!.low, markers.map(\.value).min() ?? .infinity)
        let hi = max(bins.last!.high, markers.map(\.value).max() ?? -.infinity)
        let xs: (Double) -> Double
        let xTicks: [Axis.Tick]
        if domain == .days {
            let t = TimeScale(domain: (Int(lo.rounded(.down)), Int(hi.rounded(.up))), range: (box.left, box.right))
            xs = { t.map($0) }
            xTicks = Axis.ticks(t, maxCount: max(2, Int(box.width / 70)), monthNames: monthNames)
        } else {
            let l = LinearScale(domain: (lo, hi), range: (box.left, box.right))
            xs = { l.map($0) }
            xTicks = Axis.ticks(l, count: max(2, Int(box.width / 80)), format: axisFormat)
        }
        let maxCount = Double(bins.map(\.count).max() ?? 1)
        let y = LinearScale(domain: LinearScale.niceDomain(low: 0, high: maxCount, count: 4), range: (box.bottom, box.top))
        let share = LinearScale(domain: (0, 1), range: (box.bottom, box.top))
        let yTicks = Axis.ticks(y, count: 4, format: { SVGNumber.format($0, grouping: ",") })
        let shareTicks = Axis.ticks(share, count: 4, format: ChartFormat.percent())
        var body: [SVGElement] = [Axis.horizontalGrid(shareTicks.map(\.position), x0: box.left, x1: box.right)]
        body.append(SVGElement.group("bars", bins.filter { $0.count > 0 }.map { b in
            Mark.rect(x: xs(b.low) + 0.5, y: y.map(Double(b.count)), width: xs(b.high) - xs(b.low) - 1,
                      height: box.bottom - y.map(Double(b.count)), class: "bar series-hist")
        }))
        let curve = [ChartPoint(xs(bins[0].low), box.bottom)] + bins.map { ChartPoint(xs($0.high), share.map($0.cumulative)) }
        body.append(Mark.polyline(curve, class: "line series-cumulative"))
        // Marker labels alternate between two rows when neighbours are close.
        var lastX = [-Double.infinity, -Double.infinity]
        let sortedMarkers = markers.enumerated().sorted { ($0.element.value, $0.offset) < ($1.element.value, $1.offset) }.map(\.element)
        for m in sortedMarkers {
            let px = xs(m.value)
            let text = m.label + " " + format(m.value)
            let w = TextFit.width(text, fontSize: 10)
            let anchor: Mark.Anchor = px + w / 2 > width - 2 ? .end : (px - w / 2 < 2 ? .start : .middle)
            // The label's extent as anchored, so a label pushed right of its line is not overlapped.
            let left = anchor == .start ? px : anchor == .end ? px - w : px - w / 2
            let row = left > lastX[0] + 4 ? 0 : (left > lastX[1] + 4 ? 1 : 0)
            lastX[row] = left + w
            let ly = 8 + Double(row) * 13 + 8
            body.append(SVGElement.group("marker marker--" + m.kind.rawValue, [
                Mark.line(x1: px, y1: ly + 3, x2: px, y2: box.bottom, class: "marker-line marker--" + m.kind.rawValue),
                Mark.text(text, x: px, y: ly, anchor: anchor, class: "marker-label"),
            ]))
        }
        body.append(Axis.horizontal(xTicks, y: box.bottom, x0: box.left, x1: box.right))
        body.append(Axis.vertical(yTicks, x: box.left, y0: box.bottom, y1: box.top))
        body.append(Axis.vertical(shareTicks, x: box.right, y0: box.bottom, y1: box.top, right: true))
        body.append(Legend.render(items, x: 8, y: height - 8 - legendHeight, maxWidth: width - 16).element)
        return ChartFrame.render(info, kind: "histogram", width: width, height: height, description: defaultDescription(), body: body)
    }

    func defaultDescription() -> String {
        var parts = ["\(trials) trials" + (range.map { ", from \(format($0.lowerBound)) to \(format($0.upperBound))." } ?? ".")]
        for m in markers {
            if m.kind == .percentile {
                parts.append("\(m.label): \(format(m.value)).")
            } else if let share = m.share {
                parts.append("\(m.label) \(format(m.value)): \(SVGNumber.format(share * 100, decimals: 0))% of trials at or below it.")
            } else {
                parts.append("\(m.label): \(format(m.value)).")
            }
        }
        return ChartFrame.sentences(parts)
    }

    public func table() -> ChartTable {
        let pct = ChartFormat.percent(decimals: 1)
        let rows = bins.map { b -> [String] in
            let high = domain == .days ? dayFormat(Int(b.high) - 1) : valueFormat(b.high)
            return [format(b.low), high, String(b.count), pct(b.cumulative)]
        }
        let notes = markers.map { m in
            "\(m.label): \(format(m.value))" + (m.kind == .reference ? m.share.map { " (\(pct($0)) of trials at or below)" } ?? "" : "")
        }
        return ChartTable(caption: info.title, columns: [.init("From"), .init(domain == .days ? "To" : "Below"), .init("Trials", numeric: true),
                                                         .init("Cumulative", numeric: true)], rows: rows, notes: ["\(trials) trials."] + notes)
    }
}
