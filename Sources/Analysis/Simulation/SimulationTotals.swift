import Portfolio

/// Per program and trial, the latest finish of its approved and active projects; per trial,
/// Σ simulated cost of approved and active projects + Σ EAC of on-hold and closed ones, summed
/// in id order. Each project is added as soon as it is simulated, so its draws need not wait.
struct Totals {
    let trials: Int
    /// Per simulated project (model order): the programs whose finish it counts in, and
    /// whether its cost counts in the portfolio total (approved and active projects).
    private let programsOf: [[Int]]
    private let counted: [Bool]
    private var programFinish: [[Double]?]
    private let fixed: [Money]
    private var total: [Double]
    private var simulatedCount = 0

    init(_ figures: Figures, simulated: [ProjectFigures], trials n: Int) {
        trials = n
        let committedNow = simulated.map { $0.project.phase == .approved || $0.project.phase == .active }
        let index = Dictionary(uniqueKeysWithValues: simulated.enumerated().map { ($0.element.id, $0.offset) })
        var programsOf = [[Int]](repeating: [], count: simulated.count)
        for (k, program) in figures.programs.enumerated() {
            for member in program.members {
                if let i = index[member.id], committedNow[i], !programsOf[i].contains(k) { programsOf[i].append(k) }
            }
        }
        self.programsOf = programsOf
        counted = committedNow
        programFinish = Array(repeating: nil, count: figures.programs.count)
        fixed = figures.projects.filter { $0.project.phase == .onHold || $0.project.phase == .closed }.compactMap(\.earnedValue.eac)
        total = [Double](repeating: fixed.sum().amount, count: n)
    }

    /// A project's cost per trial; projects come in id order.
    mutating func add(cost samples: [Double], of project: Int) {
        guard counted[project] else { return }
        simulatedCount += 1
        total.withUnsafeMutableBufferPointer { total in
            samples.withUnsafeBufferPointer { s in
                for t in 0..<trials { total[t] += s[t] }
            }
        }
    }

    /// A project's finish per trial, in any order: the latest of them is the same.
    mutating func add(finish samples: [Double], of project: Int) {
        for k in programsOf[project] {
            guard var finish = programFinish[k] else { programFinish[k] = samples; continue }
            programFinish[k] = nil  // uniquely referenced: updated in place
            finish.withUnsafeMutableBufferPointer { f in
                samples.withUnsafeBufferPointer { s in
                    for t in 0..<trials where s[t] > f[t] { f[t] = s[t] }
                }
            }
            programFinish[k] = finish
        }
    }

    /// Programs with at least one approved or active project whose finish was simulated; their
    /// outcomes (a sort and a histogram each) on `threads` threads.
    func programs(_ figures: Figures, hasFinish: Set<String>, threads: Int = 1) -> [ProgramSimulation] {
        let finishes = programFinish
        return ParallelMap.map(Array(figures.programs.indices), threads: threads) { k -> ProgramSimulation? in
            let program = figures.programs[k]
            let members = program.members.filter { ($0.project.phase == .approved || $0.project.phase == .active) && hasFinish.contains($0.id) }
            guard !members.isEmpty, let finish = finishes[k] else { return nil }
            let baseline = members.compactMap { $0.earnedValue.baselineFinish }.max()
            return ProgramSimulation(id: program.id, finish: Outcome(samples: finish, reference: baseline.map { Double($0.ordinal) }, scale: .days),
                                     memberIDs: members.map(\.id))
        }.compactMap { $0 }
    }

    /// The committed portfolio's total cost; nil without a committed project that has a cost.
    func portfolio(_ figures: Figures) -> PortfolioSimulation? {
        guard simulatedCount > 0 || !fixed.isEmpty else { return nil }
        return PortfolioSimulation(cost: Outcome(samples: total, reference: figures.portfolio.rollup.bac.amount, scale: .values),
                                   fixedCost: fixed.sum(), simulatedCount: simulatedCount, fixedCount: fixed.count)
    }
}
