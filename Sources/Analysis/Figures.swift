import Portfolio

/// Every number of SPEC §3.1–3.8 for a portfolio at a date: the output of Analysis, the
/// input of the pages and of `data/portfolio.json`. Collections keep the portfolio's id order.
public struct Figures: Sendable {
    public let date: Day
    public let projects: [ProjectFigures]
    public let programs: [ProgramFigures]
    public let portfolio: PortfolioFigures
    public let changes: ChangeLog
    /// The Monte Carlo results (SPEC §3.9); nil until `simulated(threads:)` runs it.
    public internal(set) var simulation: SimulationResult? = nil
    /// Capacity, feasibility, strategic value and selection (SPEC §3.7–3.8); nil when computed
    /// without them (past reporting dates).
    public internal(set) var office: PortfolioOffice?

    /// Computes the figures of `portfolio` at `date` (the status date, or a past reporting date);
    /// `office: false` leaves out SPEC §3.7–3.8, which trends do not use.
    /// The figures are the same whatever `threads` (projects, and the selection's frontier levels, are computed on up to that many).
    public init(portfolio: Portfolio, at date: Day, office: Bool = true, threads: Int = 1) {
        self.date = date
        let changes = ChangeLog(portfolio.changes, at: date)
        self.changes = changes
        let projects = ParallelMap.map(portfolio.projects, threads: threads) {
            ProjectFigures(project: $0, changes: changes, settings: portfolio.settings, at: date)
        }
        self.projects = projects
        // The office (value, capacity, selection) on another thread while the programs and the
        // portfolio roll up here: it needs the projects' figures only.
        let office = office ? Background(threads: threads) { PortfolioOffice(portfolio: portfolio, projects: projects, at: date, threads: threads) } : nil
        let rules = RAGRules(thresholds: portfolio.settings.thresholds)
        // Members in project order, grouped once (not one scan of every project per program).
        var members: [String: [ProjectFigures]] = [:]
        for figures in projects { if let program = figures.project.program { members[program, default: []].append(figures) } }
        programs = portfolio.programs.map { program in
            ProgramFigures(program: program, members: members[program.id] ?? [],
                           rule: program.rollup ?? portfolio.settings.rollup, rules: rules, at: date)
        }
        self.portfolio = PortfolioFigures(projects: projects, programs: programs, rule: portfolio.settings.rollup)
        self.office = office?.value()
    }

    public func project(_ id: String) -> ProjectFigures? { projects.element(withID: id) { $0.id } }
    public func program(_ id: String) -> ProgramFigures? { programs.element(withID: id) { $0.id } }
}

/// A program's rollup, RAG and benefits (SPEC §3.3–3.5).
public struct ProgramFigures: Sendable, Identifiable {
    public let program: Program
    public let members: [ProjectFigures]
    public let rollup: Rollup
    public let rule: RollupRule
    public let rag: RAG?
    public let benefits: [BenefitFigures]
    /// `(Σ target of financial benefits − Σ eac) / Σ eac`; nil without a financial benefit.
    public let roi: Double?

    public var id: String { program.id }

    init(program: Program, members: [ProjectFigures], rule: RollupRule, rules: RAGRules, at date: Day) {
        self.program = program
        self.members = members
        self.rule = rule
        let rollup = Rollup(members)
        self.rollup = rollup
        rag = RollupRAG.rag(of: members, rule: rule)
        benefits = program.benefits.map { BenefitFigures($0, at: date, rules: rules) }
        let financial = benefits.filter(\.benefit.financial)
        if financial.isEmpty {
            roi = nil
        } else {
            let target = financial.map(\.benefit.target).reduce(0, +)
            roi = rollup.eac.amount == 0 ? nil : (target - rollup.eac.amount) / rollup.eac.amount
        }
    }
}

/// The portfolio's headline figures (SPEC §3.3, §3.5).
public struct PortfolioFigures: Sendable {
    public let rollup: Rollup
    public let rule: RollupRule
    public let rag: RAG?
    /// Projects per phase, and per shown overall RAG (`none` when a project has neither a
    /// reported nor a computed overall), over every project of the build.
    public let phaseCounts: [(Phase, Int)]
    public let ragCounts: [(String, Int)]
    /// Financial benefits only, summed over every program.
    public let benefitsTarget: Double
    public let benefitsPlanned: Double
    public let benefitsRealised: Double

    init(projects: [ProjectFigures], programs: [ProgramFigures], rule: RollupRule) {
        rollup = Rollup(projects)
        self.rule = rule
        rag = RollupRAG.rag(of: projects, rule: rule)
        phaseCounts = Phase.allCases.compactMap { phase in
            let n = projects.count(where: { $0.project.phase == phase })
            return n > 0 ? (phase, n) : nil
        }
        let keys = RAG.allCases.map(\.name) + ["withheld", "not-rated", "none"]
        ragCounts = keys.compactMap { key in
            let n = projects.count(where: { ($0.rag.overall?.name ?? "none") == key })
            return n > 0 ? (key, n) : nil
        }
        let financial = programs.flatMap(\.benefits).filter(\.benefit.financial)
        benefitsTarget = financial.map(\.benefit.target).reduce(0, +)
        // A financial benefit without a plan or a measurement yet counts its baseline.
        benefitsPlanned = financial.map { $0.planned ?? $0.benefit.baseline }.reduce(0, +)
        benefitsRealised = financial.map { $0.realised ?? $0.benefit.baseline }.reduce(0, +)
    }
}
