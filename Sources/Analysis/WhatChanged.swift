import Portfolio

/// What changed between two reporting dates (SPEC §4 "History"): RAG moves, new reds,
/// slips and newly approved change requests, project by project in id order.
public struct WhatChanged: Sendable {
    public struct RAGMove: Hashable, Sendable {
        public let project: String
        public let from: Rating?
        public let to: Rating?
        /// Worse on the RAG scale; false for moves to or from words (withheld, not rated).
        public var isWorse: Bool {
            guard let a = from?.rag, let b = to?.rag else { return false }
            return b > a
        }
    }

    public struct Slip: Hashable, Sendable {
        public let project: String
        public let from: Day
        public let to: Day
        public var days: Int { from.days(to: to) }
    }

    public let previousDate: Day
    public let date: Day
    /// Projects whose shown overall rating differs.
    public let ragMoves: [RAGMove]
    /// Projects shown red now that were not red before.
    public let newReds: [String]
    /// Projects whose forecast finish moved later.
    public let slips: [Slip]
    /// Change requests approved (in force) now that were not before.
    public let newlyApproved: [ChangeRequest]

    public var isEmpty: Bool { ragMoves.isEmpty && newReds.isEmpty && slips.isEmpty && newlyApproved.isEmpty }

    public init(from previous: Figures, to current: Figures) {
        previousDate = previous.date
        date = current.date
        var moves: [RAGMove] = [], reds: [String] = [], slips: [Slip] = []
        for now in current.projects {
            guard let before = previous.project(now.id) else { continue }
            let a = before.rag.overall, b = now.rag.overall
            if a != b { moves.append(RAGMove(project: now.id, from: a, to: b)) }
            if b?.rag == .red && a?.rag != .red { reds.append(now.id) }
            if let f0 = before.earnedValue.forecastFinish, let f1 = now.earnedValue.forecastFinish, f1 > f0 {
                slips.append(Slip(project: now.id, from: f0, to: f1))
            }
        }
        ragMoves = moves
        newReds = reds
        self.slips = slips
        let approvedBefore = Set(previous.changes.entries.filter { $0.status == .approved }.map(\.change.id))
        newlyApproved = current.changes.entries.filter { $0.status == .approved && !approvedBefore.contains($0.change.id) }.map(\.change)
    }
}

/// A status report against the project's previous one: the deltas its page shows.
public struct ReportDelta: Hashable, Sendable {
    public let previous: StatusReport?
    public let overallFrom: Rating?
    public let overallTo: Rating?
    /// Percentage points.
    public let percentComplete: Double?
    public let actualCost: Money?
    /// Days the forecast finish moved (positive: later).
    public let forecastFinishDays: Int?
    public let forecastCost: Money?

    /// `report` against the latest report of `reports` dated before it.
    public init(_ report: StatusReport, among reports: [StatusReport]) { self.init(report, among: reports[...]) }

    /// The same, among a slice of a project's reports (a site model's prefix up to `as_of`).
    public init(_ report: StatusReport, among reports: ArraySlice<StatusReport>) {
        // The first of the latest dates before the report's, found by position (filtering
        // copied every earlier report, for every report page).
        var latest: Int? = nil
        for i in reports.indices where reports[i].date < report.date {
            if latest.map({ reports[$0].date < reports[i].date }) ?? true { latest = i }
        }
        let previous = latest.map { reports[$0] }
        self.previous = previous
        overallFrom = previous?.overall
        overallTo = report.overall
        func delta<T>(_ a: T?, _ b: T?, _ minus: (T, T) -> T) -> T? {
            guard let a, let b else { return nil }
            return minus(b, a)
        }
        percentComplete = delta(previous?.percentComplete, report.percentComplete, -)
        actualCost = delta(previous?.actualCost, report.actualCost, -)
        forecastCost = delta(previous?.forecastCost, report.forecastCost, -)
        if let a = previous?.forecastFinish, let b = report.forecastFinish { forecastFinishDays = a.days(to: b) } else { forecastFinishDays = nil }
    }
}
