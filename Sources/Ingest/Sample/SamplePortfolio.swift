import Portfolio

/// `pmo sample`: a realistic synthetic portfolio of any size, for demos and benchmarks (SPEC §1).
///
/// Deterministic: the same `projects` and `seed` give the same files, byte for byte, on any
/// machine. One project in ten reports outside a program, the others sit in programs of about
/// ten; phases are mixed as in a real portfolio (about 58% active, 12% approved, 10% proposed,
/// 5% on hold, 12% closed, 3% cancelled); started projects report monthly for up to 18 months;
/// capacity is sized below the committed demand so some roles are over-allocated, and funding
/// leaves about half of the candidates out. Narratives of projects and status reports are about
/// 3 KB of GitHub Flavored Markdown each. Pure: returns the files; Build writes them.
public enum SamplePortfolio {
    /// The status date of every sample portfolio.
    public static let asOf = Day(iso: "2026-10-31")!

    public static func generate(projects count: Int, seed: UInt64 = 1) -> ImportedSite {
        var files: [String: String] = [:]
        var r = SampleRandom(seed: seed, stream: 0)
        let programs = programIDs(count: max(1, (count + 9) / 10))
        var projects: [SampleProject] = []
        projects.reserveCapacity(count)
        for index in 0..<count {
            var pr = SampleRandom(seed: seed, stream: 1_000 + UInt64(index))
            projects.append(SampleProject(index: index, count: count, programs: programs.map(\.id), asOf: asOf, &pr))
        }

        var demand: [String: [Month: Double]] = [:]
        var changeNumber = 1
        var reports = 0
        for project in projects {
            var pr = SampleRandom(seed: seed, stream: 1_000_000_000 + UInt64(project.index))
            var writer = SampleProjectFiles(project: project, asOf: asOf, earlier: Array(projects[max(0, project.index - 12)..<project.index]))
            writer.generate(firstChange: changeNumber, &pr)
            for (path, text) in writer.files {
                files[path] = text
                if path.contains("/status/") { reports += 1 }
            }
            for (id, text) in writer.changes { files["content/changes/\(id).md"] = text }
            changeNumber += writer.changes.count
            if [.active, .approved].contains(project.phase) {
                for entry in writer.demand {
                    for month in entry.months { demand[entry.role, default: [:]][month, default: 0] += entry.fte }
                }
            }
        }

        for (k, program) in programs.enumerated() {
            var pr = SampleRandom(seed: seed, stream: 500_000 + UInt64(k))
            let members = projects.filter { $0.program == program.id }
            files.merge(programFiles(program, members: members, &pr)) { a, _ in a }
        }
        files["content/_index.md"] = portfolioFile(projects: projects, programs: programs.count, demand: demand, &r)
        files["pmo.yaml"] = settings(count: count, seed: seed)
        let summary = ["Sample portfolio: \(count) projects in \(programs.count) programs, \(reports) status reports, "
                       + "\(changeNumber - 1) change requests; status date \(asOf.iso)"]
        return ImportedSite(files: files, diagnostics: [], summary: summary)
    }

    // MARK: - Settings and portfolio

    static func settings(count: Int, seed: UInt64) -> String {
        """
        # A sample portfolio written by `pmo sample --projects \(count) --seed \(seed)`: fictional data.
        title: Sample County Council — Change Portfolio
        base_url: ""
        as_of: \(asOf.iso)
        currency: GBP
        locale: en_GB
        fiscal_year_start: 4
        rollup: worst
        simulation: {trials: 10000, seed: \(seed), distribution: pert, duration: [0.9, 1.0, 1.3], cost: [0.95, 1.0, 1.2]}
        markdown: {unsafe: false}
        reporting: {period: month}

        """
    }

    static func portfolioFile(projects: [SampleProject], programs: Int, demand: [String: [Month: Double]], _ r: inout SampleRandom) -> String {
        let horizonFrom = Month(year: 2024, month: 1)!, horizonTo = Month(year: 2030, month: 12)!
        var front = ["name: \(YAMLWriter.quoted("Sample County Council Change Portfolio"))", "objectives:"]
        for o in SampleWords.objectives {
            front.append("  - {id: \(o.id), name: \(YAMLWriter.quoted(o.name)), weight: \(o.weight)}")
        }
        let committed = projects.filter { $0.phase == .active }.map(\.budget).reduce(0, +)
        let candidates = projects.filter { [.approved, .proposed].contains($0.phase) }.map(\.budget).reduce(0, +)
        front.append("funding: \(committed + candidates / 2)")
        front.append("horizon: {from: \(horizonFrom.iso), to: \(horizonTo.iso)}")
        front.append("capacity:")
        // Each role's capacity is 90% of its average committed demand over the next year, so
        // some months are over-allocated and the feasibility plan delays or cuts candidates.
        let year = (0..<12).map { asOf.month.advanced(by: $0) }
        for role in SampleWords.roles {
            let average = year.map { demand[role]?[$0] ?? 0 }.reduce(0, +) / 12
            let fte = max(1, Int((average * 0.9).rounded()))
            if role == "developer" {
                // Contractors leave at the end of the financial year.
                front.append("  - {role: \(role), fte: \(max(1, fte * 3 / 4))}")
                front.append("  - {role: \(role), fte: \(max(1, fte - fte * 3 / 4)), from: \(horizonFrom.iso), to: 2027-03}")
            } else {
                front.append("  - {role: \(role), fte: \(fte)}")
            }
        }
        return YAMLWriter.document(front, body: SampleNarratives.portfolio(projects: projects.count, programs: programs, &r))
    }

    // MARK: - Programs

    static func programIDs(count: Int) -> [(id: String, name: String)] {
        (0..<count).map { k in
            let theme = SampleWords.programThemes[k % SampleWords.programThemes.count]
            let round = k / SampleWords.programThemes.count
            let name = round == 0 ? theme : "\(theme) \(round + 1)"
            return (SampleIDs.slug(name), name)
        }
    }

    static func programFiles(_ program: (id: String, name: String), members: [SampleProject], _ r: inout SampleRandom) -> [String: String] {
        let w = SampleWords.self
        let folder = "content/programs/\(program.id)"
        let budget = members.map(\.budget).reduce(0, +)
        var front = ["name: \(YAMLWriter.quoted(program.name + " Programme"))",
                     "sponsor: \(YAMLWriter.quoted(r.pick(w.sponsors)))",
                     "manager: \(YAMLWriter.quoted("\(r.pick(w.firstNames)) \(r.pick(w.lastNames))"))",
                     "objectives: [\(r.sample(w.objectives.map(\.id), count: r.int(1...3)).joined(separator: ", "))]"]
        if r.chance(0.3) { front.append("rollup: weighted") }
        let inCSV = r.chance(0.5)
        var csv = ["benefit,date,value"]
        front.append("benefits:")
        let quarters = stride(from: -6, through: 0, by: 3).map { asOf.month.advanced(by: $0 - 1).lastDay }
        let benefits: [(id: String, name: String, unit: String, financial: Bool, baseline: Double, target: Double)] = [
            ("cashable-savings", "Cashable savings (cumulative)", "GBP", true, 0, Double(max(100_000, budget / 1000 * r.int(20...60) / 100 * 1000))),
            ("online-transactions", "Transactions completed online", "% of transactions", false, Double(r.int(15...40)), Double(r.int(55...85))),
            ("satisfaction", "Resident satisfaction", "% satisfied", false, Double(r.int(50...65)), Double(r.int(70...90))),
        ]
        for benefit in benefits.prefix(r.int(2...3)) {
            let start = asOf.month.advanced(by: -r.int(3...12)).firstDay
            let target = asOf.month.advanced(by: r.int(12...36)).lastDay
            front += ["  - id: \(benefit.id)", "    name: \(YAMLWriter.quoted(benefit.name))", "    unit: \(YAMLWriter.quoted(benefit.unit))",
                      "    financial: \(benefit.financial)", "    baseline: \(SampleFormat.short(benefit.baseline))",
                      "    target: \(SampleFormat.short(benefit.target))", "    start: \(start.iso)", "    target_date: \(target.iso)",
                      "    owner: \(YAMLWriter.quoted(r.pick(w.sponsors)))"]
            var measurements: [String] = []
            for date in quarters where date >= start {
                let planned = Double(start.days(to: date)) / Double(start.days(to: target))
                let value = benefit.baseline + (benefit.target - benefit.baseline) * planned * r.double(0.5, 1.2)
                let text = SampleFormat.short(value, benefit.financial ? 0 : 1)
                if inCSV { csv.append("\(benefit.id),\(date.iso),\(text)") } else { measurements.append("{date: \(date.iso), value: \(text)}") }
            }
            if !measurements.isEmpty { front.append("    measurements: [\(measurements.joined(separator: ", "))]") }
        }
        front.append("stakeholders:")
        for role in r.sample(w.stakeholderRoles, count: r.int(4...6)) {
            front.append("  - {name: \(YAMLWriter.quoted(r.pick(w.sponsors))), role: \(YAMLWriter.quoted(role)), power: \(r.chance(0.5) ? "high" : "low"), interest: \(r.chance(0.6) ? "high" : "low")}")
        }
        var files = ["\(folder)/index.md": YAMLWriter.document(front, body: SampleNarratives.program(name: program.name + " Programme", &r))]
        if inCSV && csv.count > 1 { files["\(folder)/benefits.csv"] = csv.joined(separator: "\n") + "\n" }
        return files
    }
}
