import Portfolio

/// The current baseline and earned-value figures of one project at a date (SPEC §3.1).
/// Every value is unrounded; nil where SPEC §3 says the figure cannot be computed.
public struct EarnedValue: Hashable, Sendable {
    /// `budget + Σ cost of approved change requests`; nil without a budget.
    public let bac: Money?
    /// `finish + Σ schedule_days of approved change requests`.
    public let baselineFinish: Day?
    public let pv: Money?
    public let ev: Money?
    public let ac: Money
    public let cv: Money?
    public let sv: Money?
    public let cpi: Double?
    public let spi: Double?
    public let eac: Money?
    public let eacCPI: Money?
    public let eacCPISPI: Money?
    public let etc: Money?
    public let vac: Money?
    public let tcpi: Double?
    /// Earned schedule in days; nil unless started and not closed.
    public let esDays: Double?
    public let spiT: Double?
    public let forecastFinish: Day?
    public let slipDays: Int?

    public init(project: Project, inputs: ProjectInputs, approved: [ChangeRequest], at date: Day) {
        let bac = project.budget.map { $0 + approved.map(\.cost).sum() }
        let baselineFinish = project.finish.map { $0 + approved.map(\.scheduleDays).reduce(0, +) }
        self.bac = bac
        self.baselineFinish = baselineFinish

        let curve = PlannedValueCurve(project: project, bac: bac, baselineFinish: baselineFinish)
        let pv = curve?.plannedValue(at: date)
        let ev = bac.map { $0 * (inputs.percentComplete / 100) }
        let ac = inputs.actualCost
        self.pv = pv
        self.ev = ev
        self.ac = ac
        cv = ev.map { $0 - ac }
        sv = ev.flatMap { ev in pv.map { ev - $0 } }
        let cpi = ev.flatMap { $0 / ac }
        let spi = ev.flatMap { ev in pv.flatMap { ev / $0 } }
        self.cpi = cpi
        self.spi = spi

        let eacCPI: Money? = bac.flatMap { bac in cpi.flatMap { $0 == 0 ? nil : bac / $0 } }
        let eacCPISPI: Money? = bac.flatMap { bac in ev.flatMap { ev in
            guard let cpi, let spi, cpi * spi != 0 else { return nil }
            return ac + (bac - ev) / (cpi * spi)
        } }
        self.eacCPI = eacCPI
        self.eacCPISPI = eacCPISPI
        let eac = inputs.forecastCost ?? eacCPI ?? bac
        self.eac = eac
        etc = eac.map { $0 - ac }
        vac = bac.flatMap { bac in eac.map { bac - $0 } }
        tcpi = bac.flatMap { bac in ev.flatMap { ev in (bac - ev) / (bac - ac) } }

        if let start = project.start, start <= date, project.phase != .closed, let ev, let curve {
            let es = curve.earnedSchedule(for: ev)
            esDays = es
            let at = start.days(to: date)
            spiT = at == 0 ? nil : es / Double(at)
        } else {
            esDays = nil
            spiT = nil
        }

        let forecastFinish = inputs.forecastFinish ?? baselineFinish
        self.forecastFinish = forecastFinish
        slipDays = forecastFinish.flatMap { ff in baselineFinish.map { $0.days(to: ff) } }
    }
}

/// The planned-value curve of a project (SPEC §3.1): linear from (start, 0) to
/// (baseline finish, BAC), or, with `financials.csv`, piecewise linear through the month ends.
struct PlannedValueCurve {
    /// (day offset from start, cumulative planned value), increasing in day.
    let points: [(day: Double, value: Double)]
    /// When the curve comes from `financials.csv`: each month of the file, sorted, with Σ planned
    /// up to and including it (added in month order, so exactly the sum of those months).
    let monthly: [(month: Month, cumulative: Money)]?
    let start: Day
    let bac: Money?
    let baselineFinish: Day?

    init?(project: Project, bac: Money?, baselineFinish: Day?) {
        guard let start = project.start else { return nil }
        self.start = start
        self.bac = bac
        self.baselineFinish = baselineFinish
        if let financials = project.financials, financials.hasPlanned {
            // One pass over the months (a sum per month over the whole file was quadratic:
            // 20,000 rows took minutes).
            var running = Money.zero
            let monthly = financials.rows.sorted { $0.month < $1.month }.map { row in
                if let planned = row.planned { running = running + planned }
                return (month: row.month, cumulative: running)
            }
            self.monthly = monthly
            var points: [(Double, Double)] = [(0, 0)]
            for row in monthly where row.month >= start.month {
                points.append((Double(start.days(to: row.month.lastDay)), row.cumulative.amount))
            }
            self.points = points
        } else {
            guard let bac, let baselineFinish else { return nil }
            monthly = nil
            let span = Double(max(0, start.days(to: baselineFinish)))
            points = [(0, 0), (span, bac.amount)]
        }
    }

    /// PV at `date` (SPEC §3.1).
    func plannedValue(at date: Day) -> Money? {
        if let monthly {
            // The last month on or before the date's, by binary search.
            var low = 0, high = monthly.count
            while low < high {
                let mid = (low + high) / 2
                if monthly[mid].month <= date.month { low = mid + 1 } else { high = mid }
            }
            return low == 0 ? .zero : monthly[low - 1].cumulative
        }
        guard let bac, let baselineFinish else { return nil }
        let span = start.days(to: baselineFinish)
        if span <= 0 { return date >= start ? bac : .zero }
        let fraction = min(1, max(0, Double(start.days(to: date)) / Double(span)))
        return bac * fraction
    }

    /// Days from start until the curve first reaches `ev`, by linear interpolation; the
    /// curve's last day when `ev` lies above it all.
    func earnedSchedule(for ev: Money) -> Double {
        let target = ev.amount
        if target <= points[0].value { return points[0].day }
        for i in 1..<points.count where points[i].value >= target {
            let (d0, v0) = points[i - 1], (d1, v1) = points[i]
            if v1 == v0 { return d1 }
            return d0 + (target - v0) / (v1 - v0) * (d1 - d0)
        }
        return points.last!.day
    }
}
