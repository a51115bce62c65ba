import Analysis
import Charts
import Portfolio

/// The charts of each page (SPEC §4), drawn by the chart kit from the figures.
extension SiteModel {
    // MARK: - Project

    func projectCharts(_ project: Project) -> [ChartModel] {
        let f = figures(of: project)
        let e = f.earnedValue
        var charts: [ChartModel] = []
        if let row = ganttRow(f) {
            let slip = e.slipDays.map { $0 == 0 ? "on its baseline" : $0 > 0 ? "\(format.integer($0)) days after the baseline" : "\(format.integer(-$0)) days before the baseline" }
            let description = e.forecastFinish.map { "Forecast finish \(format.day($0))" + (slip.map { ", \($0)." } ?? ".") }
            charts.append(ChartModel(GanttChart(
                info: ChartInfo(id: "gantt", title: "Schedule: baseline and forecast", description: description),
                rows: [row], statusDate: asOf.ordinal, dayFormat: chartDay, monthNames: monthNames)))
        }
        let series = earnedValueSeries(project)
        if !series.ev.isEmpty || !series.pv.isEmpty {
            let description = [e.cpi.map { "CPI \(ratio($0))" }, e.spi.map { "SPI \(ratio($0))" },
                               e.eac.map { "EAC \(format.money($0))" }, e.bac.map { "BAC \(format.money($0))" }]
                .compactMap { $0 }.joined(separator: ", ")
            charts.append(ChartModel(EarnedValueChart(
                info: ChartInfo(id: "evm", title: "Earned value over the reporting dates",
                                description: description.isEmpty ? nil : "At the status date: \(description)."),
                pv: series.pv, ev: series.ev, ac: series.ac, bac: e.bac?.amount, eac: e.eac?.amount,
                forecastFinish: e.forecastFinish?.ordinal, statusDate: asOf.ordinal,
                valueFormat: chartMoney, axisFormat: chartCompactMoney, dayFormat: chartDay, monthNames: monthNames)))
        }
        if e.bac != nil || e.eac != nil {
            charts.append(ChartModel(BudgetBarsChart(
                info: ChartInfo(id: "budget", title: "Budget, forecast and spend"),
                items: [.init(label: project.name, bac: e.bac?.amount, eac: e.eac?.amount, ac: e.ac.amount)],
                valueFormat: chartMoney, axisFormat: chartCompactMoney)))
        }
        let reports = reports(of: project).filter { $0.overall != nil }
        if !reports.isEmpty {
            charts.append(ChartModel(RAGTrendStrip(
                info: ChartInfo(id: "rag-trend", title: "Reported overall RAG, report by report"),
                cells: reports.map { .init(day: $0.date.ordinal, rag: Self.chartRAG($0.overall?.rag)) },
                label: "Overall", dayFormat: chartDay, monthNames: monthNames)))
        }
        return charts
    }

    /// PV, EV and AC of a project at each reporting date on or after its start.
    func earnedValueSeries(_ project: Project) -> (pv: [DayValue], ev: [DayValue], ac: [DayValue]) {
        var pv: [DayValue] = [], ev: [DayValue] = [], ac: [DayValue] = []
        for snapshot in history.snapshots {
            // The project's figures read where they lie (`snapshot.project(id)` copied them
            // whole, for each reporting date of each project page).
            guard let start = project.start, snapshot.date >= start,
                  let i = snapshot.projects.index(withID: project.id, \.id) else { continue }
            let day = snapshot.date.ordinal
            let e = snapshot.projects[i].earnedValue
            if let v = e.pv { pv.append(DayValue(day: day, value: v.amount)) }
            // EV only where a percent complete was reported by then: 0 % by default is not a measurement.
            if let v = e.ev, snapshot.projects[i].inputs.percentCompleteSource != .none { ev.append(DayValue(day: day, value: v.amount)) }
            ac.append(DayValue(day: day, value: e.ac.amount))
        }
        return (pv, ev, ac)
    }

    func ganttRow(_ f: ProjectFigures) -> GanttChart.Row? {
        let p = f.project
        guard let start = p.start else { return nil }
        let baseline = f.earnedValue.baselineFinish.map { GanttChart.Span(start: start.ordinal, finish: $0.ordinal) }
        let forecast = f.earnedValue.forecastFinish.map { GanttChart.Span(start: start.ordinal, finish: $0.ordinal) }
        let milestones = p.milestones.compactMap { m -> GanttChart.Milestone? in
            guard let planned = m.forecast ?? m.baseline else { return nil }
            return GanttChart.Milestone(label: m.name, planned: planned.ordinal, actual: m.actual?.ordinal)
        }
        return GanttChart.Row(id: p.id, label: p.name, baseline: baseline, forecast: forecast,
                              rag: Self.chartRAG(f.rag.overall?.rag), milestones: milestones)
    }

    // MARK: - Program

    func programCharts(_ program: Program) -> [ChartModel] {
        let pf = figures(of: program)
        var charts: [ChartModel] = []
        let members = pf.members.filter { $0.project.phase != .cancelled }
        let rows = members.compactMap(ganttRow)
        if !rows.isEmpty {
            let ids = Set(rows.map(\.id))
            let links = members.flatMap { f in f.project.dependsOn.filter(ids.contains).map { GanttChart.Dependency(from: $0, to: f.id) } }
            charts.append(ChartModel(GanttChart(
                info: ChartInfo(id: "gantt", title: "Projects: baseline and forecast, with dependencies",
                                description: pf.rollup.forecastFinish.map { "Committed projects finish by \(format.day($0)) on forecast." }),
                rows: rows, dependencies: links, statusDate: asOf.ordinal, dayFormat: chartDay, monthNames: monthNames)))
        }
        let budgeted = pf.members.filter { $0.project.phase.isCommitted && $0.earnedValue.bac != nil }
        if !budgeted.isEmpty {
            charts.append(ChartModel(BudgetBarsChart(
                info: ChartInfo(id: "budget", title: "Budget rollup: BAC, EAC and actual cost by project",
                                description: "Committed projects: BAC \(format.money(pf.rollup.bac)), EAC \(format.money(pf.rollup.eac)), actual \(format.money(pf.rollup.ac))."),
                items: budgeted.map { .init(label: $0.project.name, bac: $0.earnedValue.bac?.amount, eac: $0.earnedValue.eac?.amount, ac: $0.earnedValue.ac.amount) },
                valueFormat: chartMoney, axisFormat: chartCompactMoney)))
        }
        for b in pf.benefits { charts.append(benefitChart(b)) }
        if !program.stakeholders.isEmpty { charts.append(stakeholderGrid(program.stakeholders)) }
        return charts
    }

    func benefitChart(_ b: BenefitFigures) -> ChartModel {
        let benefit = b.benefit
        var planned: [DayValue] = []
        if let start = benefit.start, let end = benefit.targetDate {
            planned = [DayValue(day: start.ordinal, value: benefit.baseline), DayValue(day: end.ordinal, value: benefit.target)]
        }
        let realised = benefit.measurements.filter { $0.date <= asOf }.map { DayValue(day: $0.date.ordinal, value: $0.value) }
        let plain: ValueFormat = { [format] (x: Double) -> String in format.number(x) }
        let value: ValueFormat = benefit.financial ? chartMoney : plain
        let unit: String = benefit.financial ? "" : (benefit.unit.map { " " + $0 } ?? "")
        var description: String? = nil
        if let realisedValue = b.realised {
            var text = "Realised " + value(realisedValue) + unit
            if let plannedValue = b.planned { text += " against " + value(plannedValue) + unit + " planned by now" }
            description = text + ", target " + value(benefit.target) + unit + "."
        }
        return ChartModel(BenefitsChart(
            info: ChartInfo(id: "benefit-\(benefit.id)", title: "\(benefit.name): planned and realised", description: description),
            planned: planned, realised: realised, target: benefit.target, statusDate: asOf.ordinal,
            valueFormat: value, axisFormat: benefit.financial ? chartCompactMoney : ChartFormat.compact,
            dayFormat: chartDay, monthNames: monthNames))
    }

    /// Stakeholders on the power/interest grid; high and low sit in the middle of their half,
    /// spread so that several in one quadrant do not cover each other.
    func stakeholderGrid(_ stakeholders: [Stakeholder]) -> ChartModel {
        var seen: [String: Int] = [:]
        let points = stakeholders.compactMap { s -> PowerInterestGrid.Stakeholder? in
            guard let power = s.power, let interest = s.interest else { return nil }
            let quadrant = "\(power.rawValue)-\(interest.rawValue)"
            let n = seen[quadrant, default: 0]
            seen[quadrant] = n + 1
            let spread = Double(n % 4) * 0.09 - 0.135, lift = Double(n / 4) * 0.08
            return PowerInterestGrid.Stakeholder(label: s.name, interest: (interest == .high ? 0.75 : 0.25) + spread,
                                                 power: (power == .high ? 0.75 : 0.25) - lift + (n % 2 == 0 ? 0.04 : -0.04))
        }
        return ChartModel(PowerInterestGrid(
            info: ChartInfo(id: "stakeholders", title: "Stakeholders by power and interest"),
            stakeholders: points, scoreFormat: { $0 >= 0.5 ? "High" : "Low" }))
    }

    // MARK: - Dashboard

    /// Strategic value against risk (1 − probability on time, SPEC §4), bubble area the
    /// budget, mark the shown RAG: every project that has all three.
    func valueRiskBubbles() -> ChartModel? {
        guard let values = figures.office?.values, let simulation = figures.simulation else { return nil }
        let bubbles = figures.projects.compactMap { f -> BubbleChart.Bubble? in
            guard let value = values.value(of: f.id), let onTime = simulation.project(f.id)?.probOnTime,
                  let bac = f.earnedValue.bac else { return nil }
            return BubbleChart.Bubble(label: f.project.name, value: Rounding.value(value), risk: 1 - onTime,
                                      budget: bac.amount, rag: Self.chartRAG(f.rag.overall?.rag))
        }
        guard !bubbles.isEmpty else { return nil }
        return ChartModel(BubbleChart(
            info: ChartInfo(id: "value-risk", title: "Strategic value against risk",
                            description: "\(bubbles.count) projects by strategic value (across) and risk of finishing late, 1 − probability on time (up); bubble area is the budget. Bottom right is high value at low risk."),
            bubbles: bubbles, width: 640, budgetFormat: chartMoney))
    }

    /// Most rows the dashboard's RAG overview draws: beyond, a strip of hundreds of projects is
    /// a page thousands of pixels tall that no one reads in ten seconds.
    static let overviewLimit = 40

    /// The projects the RAG overview draws, in their usual order: all of them up to
    /// `overviewLimit`; beyond, those rated worst now (shown overall RAG, red first; unrated
    /// last), then the largest budgets (BAC), then by id.
    static func overviewProjects(_ tracked: [ProjectFigures]) -> [ProjectFigures] {
        guard tracked.count > overviewLimit else { return tracked }
        // The keys read once per project, not two whole projects' figures copied per comparison.
        let keys = tracked.map { (rag: $0.rag.overall?.rag?.rawValue ?? -1, bac: $0.earnedValue.bac?.amount ?? -1) }
        let ranked = tracked.indices.sorted { a, b in
            if keys[a].rag != keys[b].rag { return keys[a].rag > keys[b].rag }
            if keys[a].bac != keys[b].bac { return keys[a].bac > keys[b].bac }
            return tracked[a].id < tracked[b].id
        }
        return ranked.prefix(overviewLimit).sorted().map { tracked[$0] }
    }

    func dashboardCharts() -> [ChartModel] {
        var charts: [ChartModel] = []
        let tracked = figures.projects.filter { $0.project.phase == .active || $0.project.phase == .onHold }
        if !tracked.isEmpty, history.dates.count > 0 {
            let shown = Self.overviewProjects(tracked)
            let rows = shown.map { f in
                RAGTrendStrip.Row(label: f.project.name, cells: history.snapshots.map { s in
                    .init(day: s.date.ordinal, rag: Self.chartRAG(s.projects.index(withID: f.id, \.id).flatMap { s.projects[$0].rag.overall?.rag }))
                })
            }
            let which = shown.count == tracked.count ? "each active or on-hold project"
                : "the \(format.integer(shown.count)) of \(format.integer(tracked.count)) active or on-hold projects rated worst on \(format.day(asOf)) (then the largest budgets; every project is on the Projects page)"
            charts.append(ChartModel(RAGTrendStrip(
                info: ChartInfo(id: "rag-overview", title: "RAG overview: active projects at each reporting date",
                                description: "Shown overall RAG (reported, else computed) of \(which) at the \(history.dates.count) reporting dates up to \(format.day(asOf))."),
                rows: rows, width: 640, dayFormat: chartDay, monthNames: monthNames)))
        }
        if let bubbles = valueRiskBubbles() { charts.append(bubbles) }
        let programs = figures.programs.filter { $0.rollup.committedCount > 0 }
        if !programs.isEmpty {
            charts.append(ChartModel(BudgetBarsChart(
                info: ChartInfo(id: "budget", title: "Committed budget, forecast and spend by program"),
                items: programs.map { .init(label: $0.program.name, bac: $0.rollup.bac.amount, eac: $0.rollup.eac.amount, ac: $0.rollup.ac.amount) },
                width: 640, valueFormat: chartMoney, axisFormat: chartCompactMoney)))
        }
        return charts
    }
}
