import Portfolio
import Testing
import TestSupport
@testable import Analysis

/// Worked examples for SPEC §3.3–3.5.
@Suite struct RollupTests {
    static let loc = SourceLocation(path: "x")
    static let asOf = Day(iso: "2026-06-30")!

    static func project(_ id: String, phase: Phase, budget: Money?, percent: Double, actual: Money, overall: RAG? = nil,
                        program: String? = "prog", savings: Money? = nil) -> Project {
        let reports = overall.map { [StatusReport(project: id, date: asOf, overall: .rag($0), location: loc)] } ?? []
        return Project(id: id, name: id, program: program, phase: phase, start: Day(iso: "2026-01-01")!,
                       finish: Day(iso: "2026-12-31")!, budget: budget, percentComplete: percent, actualCost: actual,
                       savingsPlanned: savings, statusReports: reports, location: loc)
    }

    static func figures(_ projects: [Project], rule: RollupRule = .worst, benefits: [Benefit] = []) -> Figures {
        let program = Program(id: "prog", name: "Prog", rollup: rule, benefits: benefits, location: loc)
        return Figures(portfolio: Portfolio(settings: Settings(asOf: asOf), info: PortfolioInfo(name: "P", location: loc),
                                            programs: [program], projects: projects), at: asOf)
    }

    @Test func sumsFirstIndicesFromSums() throws {
        // a: EV 50 % × 100 000 = 50 000, AC 40 000 (CPI 1.25)
        // b: EV 10 % × 300 000 = 30 000, AC 60 000 (CPI 0.5)
        // Program CPI = 80 000 / 100 000 = 0.8, not the mean of 1.25 and 0.5 (0.875).
        let f = Self.figures([
            Self.project("a", phase: .active, budget: 100_000, percent: 50, actual: 40_000, savings: 5_000),
            Self.project("b", phase: .active, budget: 300_000, percent: 10, actual: 60_000),
            Self.project("c", phase: .proposed, budget: 70_000, percent: 0, actual: 0),        // pipeline
            Self.project("d", phase: .cancelled, budget: 1_000_000, percent: 0, actual: 9_000), // not committed
        ])
        let r = try #require(f.program("prog")).rollup
        #expect(r.bac == 400_000)
        #expect(r.ev == 80_000)
        #expect(r.ac == 100_000)
        #expect(r.cpi == 0.8)
        #expect(r.pipelineBAC == 70_000)
        #expect(r.savingsPlanned == 5_000)
        #expect(r.committedCount == 2)
        #expect(f.portfolio.phaseCounts.map { "\($0.0.rawValue)=\($0.1)" } == ["proposed=1", "active=2", "cancelled=1"])
    }

    @Test func worstAndWeightedRules() throws {
        let projects = [
            Self.project("a", phase: .active, budget: 900_000, percent: 50, actual: 1, overall: .green),
            Self.project("b", phase: .active, budget: 100_000, percent: 50, actual: 1, overall: .red),
            Self.project("c", phase: .proposed, budget: 5_000_000, percent: 0, actual: 0, overall: .red),
        ]
        #expect(Self.figures(projects, rule: .worst).program("prog")?.rag == .red)
        // Weighted: (0 × 900 000 + 2 × 100 000) / 1 000 000 = 0.2 < 0.5 → green (c is not active).
        let weighted = try #require(Self.figures(projects, rule: .weighted).program("prog"))
        #expect(RollupRAG.weightedScore(of: weighted.members) == 0.2)
        #expect(weighted.rag == .green)
        // Five-point: amber-red scores 1.5 → (1.5 × 900 000 + 2 × 100 000) / 1 000 000 = 1.55 → red.
        var ar = projects
        ar[0] = Self.project("a", phase: .active, budget: 900_000, percent: 50, actual: 1, overall: .amberRed)
        #expect(Self.figures(ar, rule: .weighted).program("prog")?.rag == .red)
        #expect(Self.figures(ar, rule: .worst).program("prog")?.rag == .red)
    }

    @Test func benefitsProfileRealisationAndROI() throws {
        // Linear from 20 at 2026-01-01 to 60 at 2027-01-01 (365 days); at 2026-06-30 (180 days):
        // planned = 20 + 40 × 180/365 = 39.726…; realised 28 (latest measurement on or before).
        let adoption = Benefit(id: "adoption", name: "Adoption", baseline: 20, target: 60,
                               start: Day(iso: "2026-01-01")!, targetDate: Day(iso: "2027-01-01")!,
                               measurements: [Measurement(date: Day(iso: "2026-03-31")!, value: 25),
                                              Measurement(date: Day(iso: "2026-06-01")!, value: 28),
                                              Measurement(date: Day(iso: "2026-09-30")!, value: 50)])
        let savings = Benefit(id: "savings", name: "Savings", financial: true, baseline: 0, target: 500_000,
                              start: Day(iso: "2026-07-01")!, targetDate: Day(iso: "2027-06-30")!)
        let f = Self.figures([Self.project("a", phase: .active, budget: 400_000, percent: 50, actual: 200_000)],
                             benefits: [adoption, savings])
        let program = try #require(f.program("prog"))
        let b = program.benefits[0]
        let expectedPlanned: Double = 20 + 40 * 180.0 / 365
        #expect(abs(try #require(b.planned) - expectedPlanned) < 1e-9)
        #expect(b.realised == 28)
        #expect(b.realisation == 0.2)                                  // (28 − 20) / (60 − 20)
        let onTrack = try #require(b.onTrack)
        let expectedOnTrack: Double = 8 / (expectedPlanned - 20)
        #expect(abs(onTrack - expectedOnTrack) < 1e-9)                 // 8 / 19.726 = 0.4056
        #expect(b.onTrackRAG == .red)
        // Savings has not started: planned = baseline 0 → on-track denominator 0 → null.
        #expect(program.benefits[1].planned == 0)
        #expect(program.benefits[1].onTrack == nil)
        // eac: no forecast; CPI = 200 000/200 000 = 1 → EAC_cpi = 400 000. ROI = (500 000 − 400 000)/400 000.
        #expect(program.roi == 0.25)
        #expect(f.portfolio.benefitsTarget == 500_000)
    }

    /// Property: over random portfolios, program CPI = ΣEV/ΣAC and SPI = ΣEV/ΣPV of the
    /// committed, budgeted members — computed here independently of Rollup.
    @Test func programIndicesEqualRatiosOfSums() throws {
        var rng = TestRandom(seed: 42)
        for _ in 0..<200 {
            var projects: [Project] = []
            for i in 0..<Int(rng.next() % 8 + 1) {
                let phase = Phase.allCases[Int(rng.next() % 6)]
                projects.append(Self.project("p\(i)", phase: phase, budget: rng.next() % 5 == 0 ? nil : Money(Double(rng.next() % 1_000_000)),
                                             percent: Double(rng.next() % 101), actual: Money(Double(rng.next() % 900_000))))
            }
            let f = Self.figures(projects)
            let members = f.projects.filter { $0.project.phase.isCommitted && $0.earnedValue.bac != nil }
            let ev = members.map { $0.earnedValue.ev!.amount }.reduce(0, +)
            let ac = members.map { $0.earnedValue.ac.amount }.reduce(0, +)
            let pv = members.map { $0.earnedValue.pv!.amount }.reduce(0, +)
            let rollup = try #require(f.program("prog")).rollup
            #expect(rollup.cpi == (ac == 0 ? nil : ev / ac))
            #expect(rollup.spi == (pv == 0 ? nil : ev / pv))
        }
    }
}

