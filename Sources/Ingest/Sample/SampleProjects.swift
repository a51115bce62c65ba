import Portfolio
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One project of a sample portfolio, decided before any file is written (its phase, dates,
/// budget and program), so other projects can depend on it and the portfolio can size its
/// capacity and funding from the whole set.
struct SampleProject {
    let index: Int
    let id: String
    let name: String
    let program: String?
    let phase: Phase
    let start: Day
    let finish: Day
    let budget: Int
    /// Schedule performance (earned ÷ planned progress) and cost factor (actual ÷ earned).
    let pace: Double
    let costFactor: Double
    /// The month after which the project stopped reporting (closed, cancelled); as_of's otherwise.
    let lastMonth: Month

    var durationDays: Int { max(1, start.days(to: finish)) }
    var hasStarted: Bool { [.active, .onHold, .closed, .cancelled].contains(phase) }

    /// Draws project `index` of the portfolio from its own stream.
    init(index: Int, count: Int, programs: [String], asOf: Day, _ r: inout SampleRandom) {
        self.index = index
        let w = SampleWords.self
        name = "\(r.pick(w.areas)) \(r.pick(w.systems)) \(r.pick(w.actions))"
        id = SampleIDs.slug(name) + "-" + String(index + 1)
        // Neighbouring projects share a program; one in ten reports to the board directly.
        program = programs.isEmpty || r.chance(0.1) ? nil : programs[min(programs.count - 1, index * programs.count / max(1, count))]
        let u = r.unit()
        phase = u < 0.58 ? .active : u < 0.70 ? .approved : u < 0.80 ? .proposed : u < 0.85 ? .onHold : u < 0.97 ? .closed : .cancelled
        let now = asOf.month
        var startMonth: Month, months: Int
        switch phase {
        case .active:
            let elapsed = r.int(2...30)
            startMonth = now.advanced(by: -elapsed)
            months = r.int(max(6, elapsed - 4)...max(elapsed + 4, 36))
        case .approved:
            startMonth = now.advanced(by: r.int(1...12)); months = r.int(6...30)
        case .proposed:
            startMonth = now.advanced(by: r.int(2...18)); months = r.int(6...30)
        case .onHold:
            let elapsed = r.int(4...24)
            startMonth = now.advanced(by: -elapsed); months = r.int((elapsed + 3)...(elapsed + 24))
        case .closed:
            months = r.int(6...24)
            startMonth = now.advanced(by: -r.int(1...12) - months)
        case .cancelled:
            let elapsed = r.int(3...18)
            startMonth = now.advanced(by: -elapsed); months = r.int(12...30)
        }
        start = startMonth.firstDay + r.int(0...20)
        finish = startMonth.advanced(by: months).lastDay + (-r.int(0...20))
        // Budgets spread over two orders of magnitude, as in a real portfolio: £100k to £10m.
        let logBudget = r.double(11.5, 16.1)
        budget = max(50, Int(exp(logBudget) / 1000)) * 1000
        pace = r.double(0.78, 1.08)
        costFactor = r.double(0.92, 1.28)
        switch phase {
        case .closed: lastMonth = finish.month
        case .cancelled: lastMonth = startMonth.advanced(by: r.int(1...max(1, now.index - startMonth.index)))
        default: lastMonth = now
        }
    }

    /// Planned share of the work done by `day` (0…1), on the straight line of SPEC §3.1.
    func plannedFraction(at day: Day) -> Double {
        min(1, max(0, Double(start.days(to: day)) / Double(durationDays)))
    }

    /// Percent complete reported at `day`.
    func percent(at day: Day) -> Int {
        if phase == .closed && day.month >= lastMonth { return 100 }
        return min(99, max(0, Int((plannedFraction(at: day) * pace * 100).rounded())))
    }

    func actualCost(at day: Day) -> Int {
        Int((Double(budget) * Double(percent(at: day)) / 100 * costFactor / 100).rounded()) * 100
    }

    /// The days the forecast finish lies beyond the baseline at `day`: grows as the slip shows.
    func slipDays(at day: Day) -> Int {
        let full = max(0, (1 - pace) * Double(durationDays) * 0.9)
        return Int((full * min(1, plannedFraction(at: day) + 0.25)).rounded())
    }

    func forecastCost(at day: Day) -> Int {
        let overrun = (costFactor - 1) * min(1, plannedFraction(at: day) + 0.3)
        return Int((Double(budget) * (1 + overrun) / 1000).rounded()) * 1000
    }

    /// Reporting months: monthly from the start (at most the last 18 months) to the last month.
    func reportMonths(asOf: Day) -> [Month] {
        guard hasStarted else { return [] }
        let first = max(start.month, asOf.month.advanced(by: -17))
        let last = min(lastMonth, asOf.month)
        return first <= last ? Array(first...last) : []
    }
}

/// Ids from names: lowercase letters, digits and `-` (SPEC §2).
enum SampleIDs {
    static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for c in text.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) {
                if dash && !out.isEmpty { out.append("-") }
                out.append(c)
                dash = false
            } else {
                dash = true
            }
        }
        return out
    }
}
