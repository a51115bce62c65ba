import Foundation
import Testing
@testable import Charts

@Suite struct NumberFormatTests {
    /// `SVGNumber.format` as written before 2026-11-28 (a String per part), kept as the oracle
    /// for the one that writes bytes.
    static func oracle(_ value: Double, decimals: Int = 2, grouping: String? = nil) -> String {
        guard value.isFinite else { return "0" }
        let places = max(0, min(decimals, 6))
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        var scaled = (value * Double(scale)).rounded(.toNearestOrAwayFromZero)
        scaled = min(9.0e15, max(-9.0e15, scaled))
        let n = Int(scaled)
        if n == 0 { return "0" }
        let whole = n.magnitude / UInt(scale), fraction = n.magnitude % UInt(scale)
        var text = String(whole)
        if let grouping, text.count > 3 {
            var out = ""
            for (i, c) in text.enumerated() {
                if i > 0 && (text.count - i) % 3 == 0 { out += grouping }
                out.append(c)
            }
            text = out
        }
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: places - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return n < 0 ? "-" + text : text
    }

    /// 200,000 seeded values of every size and sign, each at 0 to 7 decimals, with and without
    /// grouping, plus the edges: the same text as the oracle.
    @Test func sameAsTheOracle() {
        var state: UInt64 = 42
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state }
        var values: [Double] = [0, -0.0, 0.004999, 0.005, -0.005, 1, 9.995, 999.995, 1000, -1234.5, 9.0e15, 9.1e15, -9.1e15,
                                1e300, .nan, .infinity, -.infinity, 0.1 + 0.2, 123456789.987654321]
        for _ in 0..<200_000 {
            let r = next()
            let magnitude = pow(10, Double(Int(r >> 59)) - 4)  // 1e-4 … 1e27
            values.append((Double(next() >> 11) * 0x1p-53 - 0.5) * 2 * magnitude)
        }
        var mismatches = 0, appendMismatches = 0
        for value in values {
            // The bytes an SVG attribute's number is written as: the default format's text.
            var bytes: [UInt8] = [0x3D]
            SVGNumber.append(value, to: &bytes)
            if bytes != [0x3D] + Array(Self.oracle(value).utf8) { appendMismatches += 1 }
        }
        #expect(appendMismatches == 0)
        for (k, value) in values.enumerated() {
            let decimals = k % 8
            let grouping: String? = k % 3 == 0 ? "," : k % 3 == 1 ? nil : "\u{202F}"
            if SVGNumber.format(value, decimals: decimals, grouping: grouping) != Self.oracle(value, decimals: decimals, grouping: grouping) {
                mismatches += 1
            }
        }
        #expect(mismatches == 0)
    }

    @Test func fixedDecimalsTrimmed() {
        #expect(SVGNumber.format(1.5) == "1.5")
        #expect(SVGNumber.format(2.0) == "2")
        #expect(SVGNumber.format(2.345) == "2.35")
        #expect(SVGNumber.format(-2.345) == "-2.35")
        #expect(SVGNumber.format(0.1 + 0.2) == "0.3")
        #expect(SVGNumber.format(1234567.891) == "1234567.89")
        #expect(SVGNumber.format(1234567.891, decimals: 0, grouping: ",") == "1,234,568")
        #expect(SVGNumber.format(-1000, grouping: ",") == "-1,000")
        #expect(SVGNumber.format(0.05, decimals: 1) == "0.1")
    }

    @Test func neverNegativeZeroExponentOrNaN() {
        #expect(SVGNumber.format(-0.0) == "0")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(1e-7) == "0")
        #expect(SVGNumber.format(1e20) == "90000000000000")
        #expect(SVGNumber.format(.nan) == "0")
        #expect(SVGNumber.format(.infinity) == "0")
        #expect(SVGNumber.format(-.infinity) == "0")
    }

    @Test func defaultFormats() {
        #expect(ChartFormat.compact(1_250_000) == "1.25M")
        #expect(ChartFormat.compact(34_000) == "34k")
        #expect(ChartFormat.compact(2_500) == "2,500")
        #expect(ChartFormat.compact(-3_000_000_000) == "-3B")
        #expect(ChartFormat.percent()(0.853) == "85%")
        #expect(ChartFormat.percent(decimals: 1)(1.2345) == "123.5%")
        #expect(ChartFormat.number()(1234.5) == "1,234.5")
        #expect(ChartFormat.isoDay(d("2028-02-29")) == "2028-02-29")
        #expect(ChartFormat.dayMonthYear()(d("2026-03-31")) == "31 Mar 2026")
    }
}

@Suite struct LinearScaleTests {
    @Test func niceSteps() {
        #expect(LinearScale.niceStep(0.7).value == 0.5)
        #expect(LinearScale.niceStep(1.3).value == 1)
        #expect(LinearScale.niceStep(1.6).value == 2)
        #expect(LinearScale.niceStep(3.5).value == 5)
        #expect(LinearScale.niceStep(8).value == 10)
        #expect(LinearScale.niceStep(230_000).value == 200_000)
        #expect(LinearScale.niceStep(0.0004).value == 0.0005)
    }

    @Test func niceTicks() {
        #expect(LinearScale.ticks(low: 0, high: 10, count: 5) == [0, 2, 4, 6, 8, 10])
        #expect(LinearScale.ticks(low: 0, high: 1, count: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(LinearScale.ticks(low: 0, high: 1_200_000, count: 5) == [0, 200_000, 400_000, 600_000, 800_000, 1_000_000, 1_200_000])
        #expect(LinearScale.ticks(low: 0.3, high: 0.7, count: 4) == [0.3, 0.4, 0.5, 0.6, 0.7])
    }

    @Test func negativeValues() {
        #expect(LinearScale.ticks(low: -35, high: 80, count: 5) == [-20, 0, 20, 40, 60, 80])
        let d = LinearScale.niceDomain(low: -35, high: 80, count: 5)
        #expect(d.low == -40 && d.high == 80)
        let s = LinearScale(domain: d, range: (0, 120))
        #expect(s.map(0) == 40)
        #expect(LinearScale.niceDomain(low: -0.62, high: 0.62, count: 4) == (low: -1, high: 1))
        #expect(LinearScale.niceDomain(low: -0.62, high: 0.35, count: 5) == (low: -0.8, high: 0.4))
    }

    @Test func allZeroDomain() {
        let d = LinearScale.niceDomain(low: 0, high: 0)
        #expect(d.low == 0 && d.high == 1)
        let s = LinearScale(domain: (0, 0), range: (100, 0))
        #expect(s.map(0) == 50)
        #expect(LinearScale.ticks(low: 0, high: 0) == [0])
        #expect(LinearScale.extent([0, 0, 0], includeZero: true) == (low: 0, high: 0))
        #expect(LinearScale.extent([]) == (low: 0, high: 0))
    }

    @Test func singlePointDomain() {
        let d = LinearScale.niceDomain(low: 5, high: 5)
        #expect(d.low < 5 && d.high > 5)
        #expect(LinearScale(domain: (5, 5), range: (0, 10)).map(5) == 5)
        #expect(LinearScale.niceDomain(low: -3, high: -3).high > -3)
    }

    @Test func mappingIsLinearAndInvertible() {
        let s = LinearScale(domain: (0, 200), range: (300, 20))
        #expect(s.map(0) == 300)
        #expect(s.map(200) == 20)
        #expect(s.map(100) == 160)
        #expect(s.map(.nan) == 300)
    }

    @Test func bandScale() {
        let b = BandScale(count: 4, range: (0, 100), paddingInner: 0, paddingOuter: 0)
        #expect(b.step == 25 && b.bandwidth == 25 && b.start(2) == 50 && b.center(3) == 87.5)
        let p = BandScale(count: 0, range: (0, 100))
        #expect(p.bandwidth.isFinite)
    }
}

@Suite struct CalendarTests {
    @Test func ordinalsRoundTrip() {
        #expect(CalendarDay.ordinal(year: 1970, month: 1, day: 1) == 0)
        #expect(CalendarDay.ordinal(year: 2000, month: 3, day: 1) == 11017)
        #expect(CalendarDay.ordinal(year: 1969, month: 12, day: 31) == -1)
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            let c = CalendarDay.civil(day)
            #expect(CalendarDay.ordinal(year: c.year, month: c.month, day: c.day) == day)
        }
    }

    @Test func leapYears() {
        #expect(CalendarDay.isLeap(2028) && CalendarDay.isLeap(2000) && !CalendarDay.isLeap(1900) && !CalendarDay.isLeap(2026))
        #expect(CalendarDay.iso(d("2028-02-28") + 1) == "2028-02-29")
        #expect(CalendarDay.iso(d("2028-02-29") + 1) == "2028-03-01")
        #expect(CalendarDay.iso(d("2027-02-28") + 1) == "2027-03-01")
        #expect(CalendarDay.daysIn(year: 2028, month: 2) == 29)
    }

    @Test func weekdaysAndMonths() {
        #expect(CalendarDay.weekday(0) == 3)               // 1970-01-01, a Thursday
        #expect(CalendarDay.weekday(d("2026-03-30")) == 0)  // a Monday
        #expect(CalendarDay.weekday(-1) == 2)
        #expect(ChartMonth(year: 2026, month: 13) == ChartMonth(year: 2027, month: 1))
        #expect(ChartMonth(year: 2026, month: 0) == ChartMonth(year: 2025, month: 12))
        #expect(ChartMonth(year: 2026, month: 12).next.iso == "2027-01")
        #expect(ChartMonth(day: d("2028-02-29")).label() == "Feb 2028")
    }
}

@Suite struct TimeScaleTests {
    func ticks(_ a: String, _ b: String, max: Int = 8) -> [String] {
        TimeScale(domain: (d(a), d(b)), range: (0, 600)).ticks(maxCount: max).map { CalendarDay.iso($0.day) + " " + $0.label }
    }

    @Test func dayTicksAcrossAMonthBoundary() {
        #expect(ticks("2026-01-29", "2026-02-02") == ["2026-01-29 29 Jan 2026", "2026-01-30 30 Jan", "2026-01-31 31 Jan",
                                                       "2026-02-01 1 Feb", "2026-02-02 2 Feb"])
    }

    @Test func dayTicksOverALeapDay() {
        #expect(ticks("2028-02-27", "2028-03-02") == ["2028-02-27 27 Feb 2028", "2028-02-28 28 Feb", "2028-02-29 29 Feb",
                                                       "2028-03-01 1 Mar", "2028-03-02 2 Mar"])
    }

    @Test func weekTicksOnMondaysAcrossAYearBoundary() {
        let t = ticks("2026-12-10", "2027-01-20")
        #expect(t == ["2026-12-14 14 Dec 2026", "2026-12-21 21 Dec", "2026-12-28 28 Dec", "2027-01-04 4 Jan 2027",
                      "2027-01-11 11 Jan", "2027-01-18 18 Jan"])
        for s in t { #expect(CalendarDay.weekday(d(String(s.prefix(10)))) == 0) }
    }

    @Test func monthTicksAcrossAYearBoundary() {
        #expect(ticks("2026-10-15", "2027-03-31") == ["2026-11-01 Nov 2026", "2026-12-01 Dec", "2027-01-01 Jan 2027",
                                                       "2027-02-01 Feb", "2027-03-01 Mar"])
    }

    @Test func monthTicksThroughALeapFebruary() {
        #expect(ticks("2028-01-01", "2028-05-01").map { String($0.prefix(10)) } == ["2028-01-01", "2028-02-01", "2028-03-01", "2028-04-01", "2028-05-01"])
        let s = TimeScale(domain: (d("2028-02-01"), d("2028-03-01")), range: (0, 29))
        #expect(s.map(d("2028-02-29")) == 28)
    }

    @Test func quarterTicks() {
        #expect(ticks("2026-02-10", "2027-12-31") == ["2026-04-01 Q2 2026", "2026-07-01 Q3 2026", "2026-10-01 Q4 2026", "2027-01-01 Q1 2027",
                                                       "2027-04-01 Q2 2027", "2027-07-01 Q3 2027", "2027-10-01 Q4 2027"])
    }

    @Test func yearTicks() {
        #expect(ticks("2024-06-01", "2031-02-01") == ["2025-01-01 2025", "2026-01-01 2026", "2027-01-01 2027", "2028-01-01 2028",
                                                       "2029-01-01 2029", "2030-01-01 2030", "2031-01-01 2031"])
        #expect(ticks("1990-01-01", "2060-01-01").map { String($0.suffix(4)) } == ["1990", "2000", "2010", "2020", "2030", "2040", "2050", "2060"])
    }

    @Test func singleDayDomain() {
        let s = TimeScale(domain: (d("2028-02-29"), d("2028-02-29")), range: (0, 100))
        #expect(s.map(d("2028-02-29")) == 50)
        #expect(s.ticks().map(\.label) == ["28 Feb 2028", "29 Feb", "1 Mar"])
    }

    @Test func beforeTheEpoch() {
        #expect(ticks("1969-12-30", "1970-01-02") == ["1969-12-30 30 Dec 1969", "1969-12-31 31 Dec", "1970-01-01 1 Jan 1970", "1970-01-02 2 Jan"])
    }

    @Test func monthNamesCanBeReplaced() {
        let fr = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        let t = TimeScale(domain: (d("2026-01-01"), d("2026-03-01")), range: (0, 1)).ticks(maxCount: 3, monthNames: fr)
        #expect(t.map(\.label) == ["janv. 2026", "févr.", "mars"])
    }
}

@Suite struct TextFitTests {
    /// Widths are summed scalar by scalar where every scalar is a Character of its own (since
    /// 2026-11-28). Oracle: the Character-by-Character sum, on every scalar of the ranges that
    /// path takes, alone and after a letter, on seeded mixes of them with ASCII, CR LF and
    /// combining marks or other scalars (which must go to the Character path), and on money.
    @Test func scalarWidthsAsCharacterWidths() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x2FF, 0x2010...0x2027, 0x202F...0x205E, 0x20A0...0x20CF]
        let scalars = ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
        for scalar in scalars {
            for text in [String(scalar), "A" + String(scalar) + "b"] {
                #expect(TextFit.units(text) == TextFit.characterUnits(text), "U+\(String(scalar.value, radix: 16))")
            }
        }
        let extra: [String] = ["\r\n", "\u{301}", "\u{200D}", "\u{1F600}", "\u{2028}", "\u{20D0}", "ß", "İ", "ǅ", "ª", " "]
        var state: UInt64 = 0x7E57
        for _ in 0..<3000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for k in 0..<Int(state >> 60) {
                let r = Int((state >> UInt64(4 * k % 56)) % 100)
                text += r < 8 ? extra[r % extra.count] : String(scalars[(r * 7919 + k * 104729) % scalars.count])
            }
            #expect(TextFit.units(text) == TextFit.characterUnits(text), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(TextFit.singleScalarUnits("£1.2M") != nil && TextFit.singleScalarUnits("e\u{301}") == nil)
        #expect(TextFit.units("£1\u{202F}200 – €3") == TextFit.characterUnits("£1\u{202F}200 – €3"))
    }

    @Test func shortensWithEllipsis() {
        let f = TextFit.fit("Platform build and migration of the legacy ledger", maxWidth: 100, fontSize: 12)
        #expect(f.truncated && f.text.hasSuffix("…"))
        #expect(TextFit.width(f.text, fontSize: 12) <= 100)
        #expect(TextFit.fit("Short", maxWidth: 100, fontSize: 12) == (text: "Short", truncated: false))
    }

    @Test func truncatedLabelKeepsFullTextInTitle() {
        let e = Mark.label("A very long label that cannot fit", x: 0, y: 0, maxWidth: 60, fontSize: 12, class: "row-label").render()
        #expect(e.contains("<title>A very long label that cannot fit</title>"))
        #expect(e.contains("…</text>"))
    }

    @Test func spreadKeepsLabelsApart() {
        let ys = PlotBox.spread([50, 52, 51, 200], minGap: 12, low: 0, high: 300)
        #expect(ys == [50, 74, 62, 200])
        let top = PlotBox.spread([100, 100], minGap: 12, low: 0, high: 100)
        #expect(top == [88, 100])
    }
}

@Suite struct ChartLogicTests {
    @Test func bubbleAreaIsProportionalToBudget() {
        let r1 = BubbleChart.radius(budget: 1_000_000, largest: 4_000_000)
        let r4 = BubbleChart.radius(budget: 4_000_000, largest: 4_000_000)
        #expect(abs(r4 * r4 / (r1 * r1) - 4) < 1e-9)
        #expect(BubbleChart.radius(budget: 0, largest: 0) > 0)
    }

    @Test func tornadoSortsByMagnitude() {
        let t = TornadoChart(info: ChartInfo(id: "t", title: "t"), bars: [.init(label: "a", value: 0.1), .init(label: "b", value: -0.5),
                                                                           .init(label: "c", value: 0.3), .init(label: "d", value: 0.5)])
        #expect(t.sorted.map(\.label) == ["b", "d", "c", "a"])
        #expect(t.table().rows.map { $0[1] } == ["-0.5", "+0.5", "+0.3", "+0.1"])
    }

    @Test func histogramTellsItsBinsAndTheReferenceShare() {
        // Two bins of 10 days from day 100: 3 trials, then 1; the reference (day 112) has 3 of 4
        // trials at or below it, as given by whoever binned them.
        let h = HistogramChart(info: ChartInfo(id: "h", title: "h"),
                               bins: [.init(low: 100, high: 110, count: 3, cumulative: 0.75), .init(low: 110, high: 120, count: 1, cumulative: 1)],
                               trials: 4, range: 101...115, domain: .days,
                               markers: [.init(label: "P50", value: 105), .init(label: "Baseline", value: 112, kind: .reference, share: 0.75)])
        let table = h.table()
        // "To" is the bin's last whole day: high − 1.
        #expect(table.rows == [[ChartFormat.isoDay(100), ChartFormat.isoDay(109), "3", "75%"],
                               [ChartFormat.isoDay(110), ChartFormat.isoDay(119), "1", "100%"]])
        #expect(table.notes == ["4 trials.", "P50: \(ChartFormat.isoDay(105))", "Baseline: \(ChartFormat.isoDay(112)) (75% of trials at or below)"])
        let svg = h.svg()
        #expect(svg.contains("4 trials, from \(ChartFormat.isoDay(101)) to \(ChartFormat.isoDay(115))."))
        #expect(svg.contains("Baseline \(ChartFormat.isoDay(112)): 75% of trials at or below it."))
        // Two bars, and the S-curve from the first bin's low through each bin's high.
        #expect(svg.components(separatedBy: "class=\"bar series-hist\"").count - 1 == 2 + 1)  // + the legend's swatch
    }

    @Test func heatmapBuckets() {
        #expect([0, 0.49, 0.5, 0.8, 1.0, 1.01, 1.2, 1.21].map(CapacityHeatmap.bucket) == [0, 0, 1, 2, 2, 3, 3, 4])
    }

    @Test func heatmapOverCellsCarryPatternAndText() {
        let svg = CapacityHeatmap(info: ChartInfo(id: "h", title: "h"), roles: ["Dev"], months: [ChartMonth(year: 2026, month: 1)],
                                  utilisation: [[1.1]]).svg()
        #expect(svg.contains("fill=\"url(#h-over)\""))
        #expect(svg.contains("class=\"cell-label cell-label--over\">110%</text>"))
        #expect(svg.contains("<pattern id=\"h-over\""))
    }

    @Test func ragIsNeverColourAlone() {
        let svg = RAGTrendStrip(info: ChartInfo(id: "r", title: "r"), cells: ChartRAG.allCases.enumerated().map { .init(day: $0.offset, rag: $0.element) }).svg()
        for rag in ChartRAG.allCases {
            #expect(svg.contains("class=\"cell \(rag.className)\""))
            #expect(svg.contains(">\(rag.letter)</text>"))
        }
    }

    @Test func powerInterestQuadrants() {
        let g = PowerInterestGrid(info: ChartInfo(id: "p", title: "p"), stakeholders: [], scale: 1...5)
        #expect(g.quadrant(.init(label: "", interest: 5, power: 5)) == "Manage closely")
        #expect(g.quadrant(.init(label: "", interest: 1, power: 5)) == "Keep satisfied")
        #expect(g.quadrant(.init(label: "", interest: 5, power: 1)) == "Keep informed")
        #expect(g.quadrant(.init(label: "", interest: 1, power: 1)) == "Monitor")
    }

    @Test func callerDescriptionWins() {
        let svg = Sparkline(info: ChartInfo(id: "s", title: "CPI", description: "CPI fell below 0.9 in May."), values: [1, 0.88]).svg()
        #expect(svg.contains("<desc id=\"s-desc\">CPI fell below 0.9 in May.</desc>"))
    }
}

@Suite struct ByteSinkTests {
    /// The sink holds exactly the bytes put into it, through many doublings of its room (from
    /// 16 bytes), single bytes and runs alike: compared with an array given the same puts.
    @Test func holdsWhatWasPutAcrossGrowth() {
        var sink = ByteSink(capacity: 1)
        var expected: [UInt8] = []
        var state: UInt64 = 7
        for i in 0..<5_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            if i % 3 == 0 {
                let byte = UInt8(0x61 + Int(state >> 60))
                sink.put(byte)
                expected.put(byte)
            } else {
                let run = [UInt8](repeating: UInt8(0x41 + Int(state >> 59)), count: Int(state >> 58))  // 0–63 bytes
                run.withUnsafeBufferPointer { sink.put($0) }
                expected.append(contentsOf: run)
            }
        }
        #expect(sink.count == expected.count)
        #expect(sink.finish() == String(decoding: expected, as: UTF8.self))
    }

    /// Escaping into a sink writes what `SVG.escape` returns (by hand: the five specials, a
    /// dropped control character, and U+FFFE dropped with its three bytes).
    @Test func escapesAsTheStringVersion() {
        let text = "a<b>&\"c'\u{1}d\u{FFFE}é"
        var sink = ByteSink(capacity: 4)
        SVG.appendEscaped(text, to: &sink)
        #expect(sink.finish() == "a&lt;b&gt;&amp;&quot;c&#39;dé")
        #expect(SVG.escape(text) == "a&lt;b&gt;&amp;&quot;c&#39;dé")
    }
}
