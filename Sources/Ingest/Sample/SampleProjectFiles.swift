import Portfolio
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of one sample project: its bundle (`index.md`), its monthly status reports, an
/// optional `financials.csv`, and its change requests.
struct SampleProjectFiles {
    let project: SampleProject
    let asOf: Day
    /// Earlier projects this one may depend on (finish-to-start, never a cycle: only earlier ones).
    let earlier: [SampleProject]

    /// Demand entries written (role, FTE, months), for sizing the portfolio's capacity.
    private(set) var demand: [(role: String, fte: Double, months: [Month])] = []
    private(set) var files: [String: String] = [:]
    private(set) var changes: [(id: String, text: String)] = []

    typealias W = SampleWords
    typealias F = SampleFormat

    init(project: SampleProject, asOf: Day, earlier: [SampleProject]) {
        self.project = project; self.asOf = asOf; self.earlier = earlier
    }

    private func person(_ r: inout SampleRandom) -> String { YAMLWriter.quoted("\(r.pick(W.firstNames)) \(r.pick(W.lastNames))") }

    /// Writes every file; change request ids are numbered from `firstChange`.
    mutating func generate(firstChange: Int, _ r: inout SampleRandom) {
        let p = project
        let folder = "content/projects/\(p.id)"
        var front = ["name: \(YAMLWriter.quoted(p.name))"]
        if let program = p.program { front.append("program: \(program)") }
        front += ["manager: \(person(&r))", "sponsor: \(YAMLWriter.quoted(r.pick(W.sponsors)))",
                  "phase: \(p.phase.rawValue)", "start: \(p.start.iso)", "finish: \(p.finish.iso)", "budget: \(p.budget)",
                  "category: \(YAMLWriter.quoted(r.pick(W.categories)))"]
        let scores = W.objectives.map { "\($0.id): \(r.chance(0.3) ? 0 : r.int(1...5))" }
        front.append("scores: {\(scores.joined(separator: ", "))}")
        if r.chance(0.3) {
            let planned = p.budget / 100 * r.int(10...60)
            let realised = p.phase == .closed ? planned / 100 * r.int(20...90) : 0
            front.append("savings: {planned: \(planned), realised: \(realised)}")
        }
        if r.chance(0.2) {
            front.append("uncertainty: {duration: [0.95, 1.0, \(F.short(r.double(1.15, 1.45)))], cost: [0.95, 1.0, \(F.short(r.double(1.1, 1.3)))]}")
        }
        if [.approved, .proposed].contains(p.phase), r.chance(0.25),
           let before = earlier.suffix(12).filter({ [.active, .approved].contains($0.phase) }).last {
            front.append("depends_on: [\(before.id)]")
        }
        front += milestones(&r)
        front += risks(&r)
        front += demandLines(&r)
        front += issues(&r)
        files["\(folder)/index.md"] = YAMLWriter.document(front, body: SampleNarratives.project(name: p.name, id: p.id, budget: p.budget, &r))

        for month in p.reportMonths(asOf: asOf) {
            let date = min(month.lastDay, asOf)
            files["\(folder)/status/\(date.iso).md"] = statusReport(at: date, &r)
        }
        if p.hasStarted && p.phase != .cancelled && r.chance(0.4) {
            files["\(folder)/financials.csv"] = financials(&r)
        }
        if p.phase != .proposed && p.phase != .cancelled {
            let count = [0, 0, 1, 1, 1, 2, 2, 3][r.int(0...7)]
            for k in 0..<count {
                let id = "CR-" + String(repeating: "0", count: max(0, 5 - String(firstChange + k).count)) + String(firstChange + k)
                changes.append((id, change(&r)))
            }
        }
    }

    // MARK: - Front matter lists

    private func milestones(_ r: inout SampleRandom) -> [String] {
        let p = project
        let count = r.int(4...6)
        var lines = ["milestones:"]
        for k in 1...count {
            let baseline = p.start + p.durationDays * k / count
            let forecast = baseline + p.slipDays(at: asOf) * k / count
            var fields = ["name: \(YAMLWriter.quoted(r.pick(W.workstreams) + " milestone \(k)"))", "baseline: \(baseline.iso)",
                          "forecast: \(forecast.iso)"]
            if p.hasStarted && forecast < asOf { fields.append("actual: \(min(asOf, forecast + r.int(0...10)).iso)") }
            fields.append("deliverable: \(k == count || r.chance(0.4))")
            lines.append("  - {\(fields.joined(separator: ", "))}")
        }
        return lines
    }

    private func risks(_ r: inout SampleRandom) -> [String] {
        let p = project
        var lines = ["risks:"]
        for k in 1...r.int(3...8) {
            let scale = Double(p.budget) * r.double(0.005, 0.04)
            let low = Int(scale * r.double(0, 0.5)), likely = Int(scale), high = Int(scale * r.double(1.5, 4))
            let d0 = r.int(0...10), d1 = d0 + r.int(5...30), d2 = d1 + r.int(10...60)
            lines += [
                "  - id: R\(k)",
                "    title: \(YAMLWriter.quoted(r.pick(W.workstreams) + ": " + String(r.pick(W.objects)) + " " + r.pick(["slips", "costs more", "needs rework", "lacks staff"])))",
                "    probability: \(F.short(Double(r.int(5...60)) / 100))",
                "    cost: [\(low), \(likely), \(high)]",
                "    schedule_days: [\(d0), \(d1), \(d2)]",
                "    owner: \(person(&r))",
                "    response: \(YAMLWriter.quoted(SampleNarratives.sentence(&r)))",
                "    status: \(r.chance(0.2) ? "closed" : "open")",
            ]
        }
        return lines
    }

    private mutating func demandLines(_ r: inout SampleRandom) -> [String] {
        let p = project
        var lines = ["demand:"]
        let roles = r.sample(W.roles.filter { $0 != "energy-engineer" || p.index % 5 == 0 }, count: r.int(2...4))
        let months = Array(p.start.month...p.finish.month)
        for role in roles {
            let fte = [0.5, 1, 1, 1.5, 2, 2, 3, 4][r.int(0...7)]
            if months.count > 4 && r.chance(0.5) {
                let from = r.int(0...(months.count / 2)), to = r.int((months.count / 2)...(months.count - 1))
                lines.append("  - {role: \(role), fte: \(F.short(fte)), from: \(months[from].iso), to: \(months[to].iso)}")
                demand.append((role, fte, Array(months[from...to])))
            } else {
                lines.append("  - {role: \(role), fte: \(F.short(fte))}")
                demand.append((role, fte, months))
            }
        }
        return lines
    }

    private func issues(_ r: inout SampleRandom) -> [String] {
        let count = project.hasStarted ? r.int(0...3) : 0
        guard count > 0 else { return [] }
        var lines = ["issues:"]
        for _ in 0..<count {
            lines.append("  - {title: \(YAMLWriter.quoted(r.pick(W.workstreams) + ": " + r.pick(W.objects) + " is late")), severity: \(r.pick(["low", "medium", "high", "critical"])), owner: \(person(&r)), due: \((asOf + r.int(-30...90)).iso), status: \(r.chance(0.7) ? "open" : "closed")}")
        }
        return lines
    }

    // MARK: - Status reports

    private func statusReport(at date: Day, _ r: inout SampleRandom) -> String {
        let p = project
        let percent = p.percent(at: date)
        let slip = Double(p.slipDays(at: date)) / Double(p.durationDays)
        let overrun = Double(p.forecastCost(at: date) - p.budget) / Double(p.budget)
        let schedule = band(p.pace >= 0.95 && slip <= 0.05 ? 0 : p.pace >= 0.9 && slip <= 0.1 ? 2 : 4)
        let cost = band(overrun <= 0.05 ? 0 : overrun <= 0.1 ? 2 : 4)
        // Overall: the worse of the two, one step better in one report in six (the optimism a
        // PMO watches for), on the five-point scale for a third of the projects.
        var overall = max(schedule.score, cost.score)
        if r.chance(1.0 / 6) { overall = max(0, overall - 2) }
        let fivePoint = p.index % 3 == 0
        var front: [String]
        if r.chance(0.002) {
            front = ["overall: withheld", "overall_note: \(YAMLWriter.quoted("Withheld pending a commercial decision"))"]
        } else {
            front = ["overall: \(label(fivePoint ? overall : overall / 2 * 2))"]
        }
        front += ["schedule: \(schedule.label)", "cost: \(cost.label)", "scope: \(r.chance(0.85) ? "green" : "amber")",
                  "resources: \(r.chance(0.7) ? "green" : r.chance(0.7) ? "amber" : "red")",
                  "percent_complete: \(percent)", "actual_cost: \(p.actualCost(at: date))",
                  "forecast_finish: \((p.finish + p.slipDays(at: date)).iso)", "forecast_cost: \(p.forecastCost(at: date))"]
        return YAMLWriter.document(front, body: SampleNarratives.statusReport(percent: percent, &r))
    }

    /// 0 green, 1 amber-green, 2 amber, 3 amber-red, 4 red.
    private func label(_ score: Int) -> String { ["green", "amber-green", "amber", "amber-red", "red"][min(4, max(0, score))] }
    private func band(_ score: Int) -> (score: Int, label: String) { (score, label(score)) }

    // MARK: - Financials

    /// Monthly planned spend on a bell-shaped profile summing to the budget, actual spend to the
    /// status month, forecast spend after it.
    private func financials(_ r: inout SampleRandom) -> String {
        let p = project
        let months = Array(p.start.month...max(p.finish.month, min(p.lastMonth, asOf.month)))
        let planMonths = p.start.month.distance(to: p.finish.month) + 1
        let weights = (0..<planMonths).map { 0.2 + sin(Double.pi * (Double($0) + 0.5) / Double(planMonths)) }
        let total = weights.reduce(0, +)
        var planned = weights.map { Int(Double(p.budget) * $0 / total / 100) * 100 }
        planned[planned.count - 1] += p.budget - planned.reduce(0, +)
        var lines = ["month,planned,actual,forecast"]
        for (k, month) in months.enumerated() {
            let plan = k < planned.count ? planned[k] : 0
            let spend = Int(Double(plan) * p.costFactor * r.double(0.85, 1.15) / 100) * 100
            if month <= min(p.lastMonth, asOf.month) {
                lines.append("\(month.iso),\(plan),\(spend),")
            } else {
                lines.append("\(month.iso),\(plan),,\(spend)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Change requests

    private func change(_ r: inout SampleRandom) -> String {
        let p = project
        let earliest = max(p.start + (-60), asOf + (-540))
        let submitted = earliest + r.int(0...max(0, earliest.days(to: asOf + (-1))))
        let u = r.unit()
        let status = u < 0.5 ? "approved" : u < 0.75 ? "submitted" : u < 0.9 ? "rejected" : "deferred"
        var front = ["project: \(p.id)",
                     "title: \(YAMLWriter.quoted(r.pick(["Add", "Extend", "Descope", "Re-plan", "Bring forward"]) + " " + r.pick(W.objects)))",
                     "status: \(status)", "submitted: \(submitted.iso)"]
        if status != "submitted" { front.append("decided: \((submitted + r.int(5...45)).iso)") }
        let cost = p.budget / 1000 * r.int(-3...12) / 100 * 1000
        front += ["impact:", "  cost: \(cost)", "  schedule_days: \(r.int(-10...60))"]
        if r.chance(0.3) {
            let from = max(p.start.month, asOf.month), to = max(from, p.finish.month)
            front.append("  demand: [{role: \(r.pick(W.roles)), fte: \(F.short([0.5, 1, 2][r.int(0...2)])), from: \(from.iso), to: \(to.iso)}]")
        }
        return YAMLWriter.document(front, body: SampleNarratives.change(&r))
    }
}
