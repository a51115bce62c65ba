import Charts

/// A day ordinal from `YYYY-MM-DD` (test data only).
func d(_ iso: String) -> Int {
    let p = iso.split(separator: "-").map { Int($0)! }
    return CalendarDay.ordinal(year: p[0], month: p[1], day: p[2])
}

/// One sample of every chart type, with every label built by `name` (so the escaping test can
/// put `<script>` into each of them).
enum Samples {
    static let money: ValueFormat = { "£" + SVGNumber.format($0, decimals: 0, grouping: ",") }

    static func all(_ name: @escaping (String) -> String = { $0 }) -> [(String, any Chart)] {
        let info = { (id: String, title: String) in ChartInfo(id: id, title: name(title)) }
        return [
            ("gantt", GanttChart(info: info("gantt", "Programme timeline"), rows: [
                .init(id: "a", label: name("Discovery"), baseline: .init(start: d("2026-01-05"), finish: d("2026-03-31")),
                      forecast: .init(start: d("2026-01-05"), finish: d("2026-04-20")), rag: .amber,
                      milestones: [.init(label: name("Design sign-off"), planned: d("2026-02-27"), actual: d("2026-03-06"))]),
                .init(id: "b", label: name("Platform build and migration of the legacy ledger"), baseline: .init(start: d("2026-04-01"), finish: d("2026-09-30")),
                      forecast: .init(start: d("2026-04-15"), finish: d("2026-10-30")), rag: .red,
                      milestones: [.init(label: name("Go-live"), planned: d("2026-09-30"))]),
                .init(id: "c", label: name("Training"), baseline: .init(start: d("2026-08-01"), finish: d("2026-11-30")),
                      forecast: .init(start: d("2026-08-01"), finish: d("2026-11-30")), rag: .green),
                .init(id: "d", label: name("Benefits tracking"), baseline: .init(start: d("2026-11-02"), finish: d("2027-03-31")), forecast: nil, rag: nil),
            ], dependencies: [.init(from: "a", to: "b"), .init(from: "b", to: "c"), .init(from: "b", to: "d"), .init(from: "x", to: "a")],
               statusDate: d("2026-05-31"))),
            ("evm", EarnedValueChart(info: info("evm", "Earned value"),
                pv: [DayValue(day: d("2026-01-01"), value: 0), DayValue(day: d("2026-02-28"), value: 120_000), DayValue(day: d("2026-03-31"), value: 260_000),
                     DayValue(day: d("2026-04-30"), value: 410_000), DayValue(day: d("2026-05-31"), value: 560_000), DayValue(day: d("2026-09-30"), value: 1_000_000)],
                ev: [DayValue(day: d("2026-01-01"), value: 0), DayValue(day: d("2026-02-28"), value: 100_000), DayValue(day: d("2026-03-31"), value: 210_000),
                     DayValue(day: d("2026-04-30"), value: 330_000), DayValue(day: d("2026-05-31"), value: 450_000)],
                ac: [DayValue(day: d("2026-01-01"), value: 0), DayValue(day: d("2026-02-28"), value: 115_000), DayValue(day: d("2026-03-31"), value: 250_000),
                     DayValue(day: d("2026-04-30"), value: 390_000), DayValue(day: d("2026-05-31"), value: 540_000)],
                bac: 1_000_000, eac: 1_200_000, forecastFinish: d("2026-11-15"), statusDate: d("2026-05-31"), valueFormat: money)),
            ("budget", BudgetBarsChart(info: info("budget", "Budget by project"), items: [
                .init(label: name("Customer portal"), bac: 1_000_000, eac: 1_200_000, ac: 540_000),
                .init(label: name("Data centre exit"), bac: 2_400_000, eac: 2_250_000, ac: 1_900_000),
                .init(label: name("HR system replacement programme"), bac: 650_000, eac: 655_000, ac: 20_000),
                .init(label: name("Withheld"), bac: nil, eac: 300_000, ac: 100_000),
            ], valueFormat: money)),
            ("rag-strip", RAGTrendStrip(info: info("rag", "RAG history"), rows: [
                .init(label: name("Overall"), cells: [.init(day: d("2025-11-30"), rag: .green), .init(day: d("2025-12-31"), rag: .green),
                                                      .init(day: d("2026-01-31"), rag: .amberGreen), .init(day: d("2026-02-28"), rag: .amber),
                                                      .init(day: d("2026-03-31"), rag: .amberRed), .init(day: d("2026-04-30"), rag: .red),
                                                      .init(day: d("2026-05-31"), rag: nil)]),
                .init(label: name("Cost"), cells: [.init(day: d("2025-11-30"), rag: .green), .init(day: d("2026-03-31"), rag: .red)]),
            ])),
            ("benefits", BenefitsChart(info: info("benefits", "Savings planned vs realised"),
                planned: [DayValue(day: d("2026-01-01"), value: 0), DayValue(day: d("2026-12-31"), value: 500_000), DayValue(day: d("2027-06-30"), value: 500_000)],
                realised: [DayValue(day: d("2026-03-31"), value: 60_000), DayValue(day: d("2026-06-30"), value: 150_000), DayValue(day: d("2026-09-30"), value: 260_000)],
                target: 500_000, statusDate: d("2026-10-15"), valueFormat: money)),
            ("heatmap", CapacityHeatmap(info: info("heatmap", "Capacity utilisation"),
                roles: [name("Business analyst"), name("Developer"), name("Enterprise architecture lead"), name("Tester")],
                months: (0..<12).map { ChartMonth(year: 2026, month: 7 + $0) },
                utilisation: [
                    [0.4, 0.55, 0.8, 0.95, 1.05, 1.3, 0.9, 0.7, 0.5, 0.2, 0.1, 0],
                    [0.9, 1.0, 1.1, 1.25, 1.6, 1.2, 1.0, 0.95, 0.8, 0.6, 0.5, 0.5],
                    [nil, nil, 0.5, 0.5, 0.5, 0.5, nil, nil, 0.25, 0.25, 0.25, 0.25],
                    [0, 0, 0.3, 0.6, 0.9, 1.0, 1.01, 0.99, 0.7, 0.4, 0.2, 0.1],
                ])),
            ("demand", DemandAreaChart(info: info("demand", "Demand and capacity: developers"),
                months: (0..<12).map { ChartMonth(year: 2026, month: 10 + $0) },
                layers: [.init(label: name("Customer portal"), values: [2, 2, 3, 3, 3, 2, 1, 1, 0, 0, 0, 0]),
                         .init(label: name("Data centre exit"), values: [1, 1, 1, 2, 2, 2, 2, 1, 1, 0, 0, 0]),
                         .init(label: name("HR system"), values: [0, 0, 0, 1, 2, 3, 3, 3, 2, 2, 1, 1])],
                capacity: [5, 5, 5, 5, 6, 6, 6, 6, 6, nil, 4, 4], valueFormat: { SVGNumber.format($0) + " FTE" })),
            ("bubble", BubbleChart(info: info("bubble", "Value against risk"), bubbles: [
                .init(label: name("Customer portal"), value: 82, risk: 0.65, budget: 1_000_000, rag: .amber),
                .init(label: name("Data centre exit"), value: 64, risk: 0.2, budget: 2_400_000, rag: .green),
                .init(label: name("HR system replacement programme"), value: 45, risk: 0.8, budget: 650_000, rag: .red),
                .init(label: name("Archive"), value: 12, risk: 0.05, budget: 40_000, rag: nil),
                .init(label: name("Zero"), value: 97, risk: 0.97, budget: 0, rag: .amberGreen),
            ], budgetFormat: money)),
            // 202 and 34 of the 400 trials are at or below the reference (the bins' cumulative counts).
            ("histogram-cost", HistogramChart(info: info("hist-cost", "Portfolio cost confidence"), bins: costBins(), trials: 400,
                range: costSamples().min()!...costSamples().max()!,
                markers: [.init(label: "P50", value: 5_030_000), .init(label: "P80", value: 5_240_000),
                          .init(label: name("Budget"), value: 5_100_000, kind: .reference, share: 202.0 / 400)], valueFormat: money)),
            ("histogram-finish", HistogramChart(info: info("hist-finish", "Finish date confidence"), bins: finishBins(), trials: 400,
                range: finishSamples().min()!...finishSamples().max()!, domain: .days,
                markers: [.init(label: "P50", value: Double(d("2026-12-18"))), .init(label: "P80", value: Double(d("2027-01-22"))),
                          .init(label: name("Baseline"), value: Double(d("2026-11-30")), kind: .reference, share: 34.0 / 400)])),
            ("tornado", TornadoChart(info: info("tornado", "What drives the finish date"), bars: [
                .init(label: name("Duration uncertainty"), value: 0.62), .init(label: name("Vendor delay"), value: 0.41),
                .init(label: name("Key staff leave"), value: 0.12), .init(label: name("Early supplier delivery"), value: -0.27),
                .init(label: name("Scope reduction agreed with the steering committee"), value: -0.05),
            ], negativeTitle: name("earlier"), positiveTitle: name("later"))),
            ("frontier", EfficientFrontierChart(info: info("frontier", "Efficient frontier"), levels: (0...20).map { i in
                let f = 2_000_000 + Double(i) * 250_000
                let v = 180 + [0, 0, 35, 35, 60, 72, 72, 110, 118, 118, 140, 151, 151, 151, 170, 182, 182, 190, 195, 195, 203][i] * 1.0
                return .init(funding: f, value: v)
            }, funding: 4_000_000, selectedValue: 298, fundingFormat: money)),
            ("power-interest", PowerInterestGrid(info: info("stakeholders", "Stakeholders"), stakeholders: [
                .init(label: name("Finance director"), interest: 4, power: 5), .init(label: name("Union"), interest: 5, power: 2),
                .init(label: name("Regulator"), interest: 2, power: 5), .init(label: name("Suppliers"), interest: 2, power: 2),
                .init(label: name("Staff forum"), interest: 5, power: 2), .init(label: name("Board"), interest: 3, power: 4.5),
            ], scale: 1...5)),
            ("sparkline", Sparkline(info: info("spark", "CPI trend"), values: [1.02, 0.98, 0.95, 0.97, 0.91, 0.88],
                                    labels: ["Jan", "Feb", "Mar", "Apr", "May", "Jun"].map(name))),
        ]
    }

    /// Deterministic pseudo-random samples (a linear congruential generator; no clock, no system RNG).
    static func lcg(_ n: Int, seed: UInt64) -> [Double] {
        var s = seed
        return (0..<n).map { _ in
            s = s &* 6364136223846793005 &+ 1442695040888963407
            return Double(s >> 11) / Double(1 << 53)
        }
    }

    static func costSamples() -> [Double] {
        let u = lcg(1200, seed: 7)
        return stride(from: 0, to: u.count, by: 3).map { (i: Int) -> Double in
            let mean: Double = (u[i] + u[i + 1] + u[i + 2]) / 3
            return 4_600_000 + mean * 1_000_000
        }
    }

    static func finishSamples() -> [Double] {
        let u = lcg(1200, seed: 11)
        let start = d("2026-11-01")
        return stride(from: 0, to: u.count, by: 3).map { (i: Int) -> Double in
            let mean: Double = (u[i] + u[i + 1] + u[i + 2]) / 3
            return Double(start + Int(mean * 120))
        }
    }

    /// Bins of `step` from `first` × `step`, with these counts; cumulative shares of their total.
    static func bins(first: Double, step: Double, counts: [Int]) -> [HistogramChart.Bin] {
        let total = counts.reduce(0, +)
        var running = 0
        return counts.enumerated().map { i, count in
            running += count
            return HistogramChart.Bin(low: (first + Double(i)) * step, high: (first + Double(i + 1)) * step, count: count,
                                      cumulative: Double(running) / Double(total))
        }
    }

    /// `costSamples()` in bins of £50,000 from £4,650,000: the counts the simulation's rule
    /// (Analysis `Histogram`) gives them, checked in AnalysisTests.
    static func costBins() -> [HistogramChart.Bin] {
        bins(first: 93, step: 50_000, counts: [3, 7, 12, 13, 17, 14, 49, 42, 45, 53, 52, 26, 26, 17, 13, 7, 4])
    }

    /// `finishSamples()` in bins of 5 days from 2026-11-13 (whose day ordinal is a multiple of 5:
    /// bins start at a multiple of their width), the counts checked in AnalysisTests.
    static func finishBins() -> [HistogramChart.Bin] {
        bins(first: Double(d("2026-11-13") / 5), step: 5,
             counts: [5, 10, 10, 12, 23, 29, 21, 43, 33, 35, 29, 33, 32, 29, 12, 19, 12, 7, 2, 3, 1])
    }

    /// Every chart type with no data at all.
    static func empty() -> [(String, any Chart)] {
        let info = ChartInfo(id: "empty", title: "Empty")
        return [
            ("gantt", GanttChart(info: info, rows: [])),
            ("evm", EarnedValueChart(info: info, pv: [], ev: [], ac: [])),
            ("budget", BudgetBarsChart(info: info, items: [])),
            ("rag-strip", RAGTrendStrip(info: info, rows: [])),
            ("benefits", BenefitsChart(info: info, planned: [], realised: [])),
            ("heatmap", CapacityHeatmap(info: info, roles: [], months: [], utilisation: [])),
            ("demand", DemandAreaChart(info: info, months: [], layers: [])),
            ("bubble", BubbleChart(info: info, bubbles: [])),
            ("histogram", HistogramChart(info: info, bins: [], trials: 0, range: nil)),
            ("tornado", TornadoChart(info: info, bars: [])),
            ("frontier", EfficientFrontierChart(info: info, levels: [])),
            ("power-interest", PowerInterestGrid(info: info, stakeholders: [])),
            ("sparkline", Sparkline(info: info, values: [])),
        ]
    }

    /// Every chart type with a single point (or a single all-zero item) and NaN/infinite inputs mixed in.
    static func single() -> [(String, any Chart)] {
        let info = ChartInfo(id: "one", title: "One")
        let day = d("2028-02-29")
        return [
            ("gantt", GanttChart(info: info, rows: [.init(id: "a", label: "A", baseline: .init(start: day, finish: day), forecast: nil)], statusDate: day)),
            ("evm", EarnedValueChart(info: info, pv: [DayValue(day: day, value: 0)], ev: [DayValue(day: day, value: .nan)], ac: [DayValue(day: day, value: 0)],
                                     bac: .infinity, eac: 0, forecastFinish: day, statusDate: day)),
            ("budget", BudgetBarsChart(info: info, items: [.init(label: "A", bac: 0, eac: 0, ac: .nan)])),
            ("rag-strip", RAGTrendStrip(info: info, cells: [.init(day: day, rag: .amber)])),
            ("benefits", BenefitsChart(info: info, planned: [DayValue(day: day, value: 5)], realised: [], target: .nan)),
            ("heatmap", CapacityHeatmap(info: info, roles: ["A"], months: [ChartMonth(day: day)], utilisation: [[.infinity]])),
            ("demand", DemandAreaChart(info: info, months: [ChartMonth(day: day)], layers: [.init(label: "A", values: [0])], capacity: [0])),
            ("bubble", BubbleChart(info: info, bubbles: [.init(label: "A", value: .nan, risk: 2, budget: -5)])),
            ("histogram", HistogramChart(info: info, bins: [.init(low: 40, high: 45, count: 2, cumulative: 1)], trials: 2, range: 42...42,
                                         markers: [.init(label: "P50", value: 42), .init(label: "NaN", value: .nan)])),
            ("histogram-days", HistogramChart(info: info, bins: [.init(low: Double(day), high: Double(day + 1), count: 1, cumulative: 1)],
                                              trials: 1, range: Double(day)...Double(day), domain: .days,
                                              markers: [.init(label: "P80", value: Double(day))])),
            ("tornado", TornadoChart(info: info, bars: [.init(label: "A", value: 0)])),
            ("frontier", EfficientFrontierChart(info: info, levels: [.init(funding: 0, value: 0)], funding: 0, selectedValue: 0)),
            ("power-interest", PowerInterestGrid(info: info, stakeholders: [.init(label: "A", interest: .nan, power: 0.5)])),
            ("sparkline", Sparkline(info: info, values: [3])),
        ]
    }
}
