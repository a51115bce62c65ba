/// The Markdown narratives of `pmo sample`: about 3 KB each for projects and status reports,
/// with headings, paragraphs, emphasis, bullet, numbered and task lists, a table, a link and
/// strikethrough — the GitHub Flavored Markdown a PMO writes.
enum SampleNarratives {
    typealias W = SampleWords

    static func sentence(_ r: inout SampleRandom) -> String {
        "\(r.pick(W.subjects)) \(r.pick(W.verbs)) \(r.pick(W.objects)) \(r.pick(W.clauses))."
    }

    static func paragraph(_ r: inout SampleRandom, sentences: ClosedRange<Int>) -> String {
        var out: [String] = []
        for i in 0..<r.int(sentences) {
            var s = sentence(&r)
            // Some emphasis, as people write it.
            if i == 1 { s = "**" + s.dropLast() + "**." }
            out.append(s)
        }
        return wrap(out.joined(separator: " "))
    }

    /// Wraps text at about 100 columns, as a text editor would.
    static func wrap(_ text: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + word.count + 1 > 100 { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    static func bullets(_ r: inout SampleRandom, count: ClosedRange<Int>, prefix: (Int) -> String = { _ in "- " }) -> String {
        (0..<r.int(count)).map { prefix($0) + sentence(&r) }.joined(separator: "\n")
    }

    static func workstreamTable(_ r: inout SampleRandom, rows: Int) -> String {
        var lines = ["| workstream | lead | status | progress |", "|---|---|---:|---:|"]
        for name in r.sample(W.workstreams, count: rows) {
            let lead = "\(r.pick(W.firstNames)) \(r.pick(W.lastNames))"
            lines.append("| \(name) | \(lead) | \(r.pick(W.statusWords)) | \(r.int(0...100))% |")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Documents

    /// A project's narrative (its bundle's body): about 3 KB.
    static func project(name: String, id: String, budget: Int, _ r: inout SampleRandom) -> String {
        """
        # \(name)

        \(paragraph(&r, sentences: 3...4))

        ## Why this project

        \(paragraph(&r, sentences: 3...4))

        ## What changes

        \(bullets(&r, count: 4...5))

        ## Approach

        \(paragraph(&r, sentences: 3...4))

        1. Discovery and business case
        2. Design and procurement
        3. Build, test and migrate
        4. Go-live and hypercare

        ## Workstreams

        \(workstreamTable(&r, rows: 5))

        The whole-life budget is **\(SampleFormat.money(budget))**; the business case is on the
        [project site](https://intranet.example.org/projects/\(id)). ~~A phased go-live by directorate~~
        was replaced by a single cut-over after the gateway review.

        ## Governance

        \(paragraph(&r, sentences: 2...3))
        """
    }

    /// A status report's narrative: about 3 KB.
    static func statusReport(percent: Int, _ r: inout SampleRandom) -> String {
        """
        ## Summary

        \(paragraph(&r, sentences: 4...5))

        ## Accomplishments

        \(bullets(&r, count: 4...5))

        ## Next steps

        \(bullets(&r, count: 3...4, prefix: { $0 == 0 ? "- [x] " : "- [ ] " }))

        ## Workstream status

        \(workstreamTable(&r, rows: 4))

        Overall progress is reported at **\(percent)%**.

        ## Decisions needed

        \(bullets(&r, count: 1...2, prefix: { "\($0 + 1). " }))

        ## Commentary

        \(paragraph(&r, sentences: 4...6))

        \(paragraph(&r, sentences: 2...3))
        """
    }

    static func change(_ r: inout SampleRandom) -> String {
        paragraph(&r, sentences: 2...4) + "\n\n" + bullets(&r, count: 2...3)
    }

    static func program(name: String, _ r: inout SampleRandom) -> String {
        """
        # \(name)

        \(paragraph(&r, sentences: 3...4))

        ## Priorities this year

        \(bullets(&r, count: 3...4))

        \(paragraph(&r, sentences: 2...3))
        """
    }

    static func portfolio(projects: Int, programs: Int, _ r: inout SampleRandom) -> String {
        """
        ## Executive summary

        The change portfolio holds **\(SampleFormat.grouped(projects)) projects** in \(programs) programmes.
        \(paragraph(&r, sentences: 3...4))

        ## Headlines for the board

        \(bullets(&r, count: 5...6))

        ## Capacity

        \(paragraph(&r, sentences: 3...4))

        ## Decisions needed

        \(bullets(&r, count: 2...3, prefix: { "\($0 + 1). " }))
        """
    }
}
