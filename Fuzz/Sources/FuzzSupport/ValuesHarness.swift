import Ingest
import Portfolio

/// Values written in content and exports: dates, months, money, percentages, ratings. The
/// input's first byte picks a field (modulo 5: a project's `start`, `budget`,
/// `percent_complete`, a demand entry's `from`, a status report's `overall`); the rest, as
/// text, is that field's value, written as a YAML double-quoted scalar (every character
/// escaped, so YAML reads back exactly the text) and loaded; the same text also goes through
/// the importers' value readers.
///
/// Holds: the loader accepts the value exactly when the value's own parser does (`Day(iso:)`,
/// `Double` finite and in range, `Month(iso:)`, a rating), keeps the value it parsed, and
/// otherwise reports one error on the field's line; a parsed day or month reads back from its
/// ISO text; money formats and reads back to the same amount; the importers' decimal amounts
/// read back from their plain and grouped forms, and scale by 10^6 exactly or not at all.
public enum ValuesHarness {
    enum Field: CaseIterable { case start, budget, percent, month, rating }

    public static func run(_ data: [UInt8]) -> [String] {
        guard let selector = data.first.map(Int.init) else { return [] }
        let text = ImportText.decode(Array(data.dropFirst()))
        var findings = Findings()
        loaded(text, as: Field.allCases[selector % Field.allCases.count], &findings)
        dates(text, &findings)
        amounts(text, &findings)
        words(text, &findings)
        return findings.broken
    }

    // MARK: - Through the loader

    /// A project whose line 4 is `<field>: "<text>"` (or a status report's line 2).
    static func loaded(_ text: String, as field: Field, _ findings: inout Findings) {
        let value = quoted(text)
        var files = FrontMatterHarness.site
        let projectPath = "content/projects/proj/index.md", reportPath = "content/projects/proj/status/2026-03-31.md"
        var line = 4
        var path = projectPath
        switch field {
        case .start: files[projectPath] = Array("---\nname: P\nphase: active\nstart: \(value)\n---\n".utf8)
        case .budget: files[projectPath] = Array("---\nname: P\nphase: active\nbudget: \(value)\n---\n".utf8)
        case .percent: files[projectPath] = Array("---\nname: P\nphase: active\npercent_complete: \(value)\n---\n".utf8)
        case .month:
            files[projectPath] = Array("---\nname: P\nphase: active\ndemand: [{role: developer, fte: 1, from: \(value)}]\n---\n".utf8)
        case .rating:
            files[reportPath] = Array("---\noverall: \(value)\n---\n".utf8)
            line = 2
            path = reportPath
        }
        let result = PortfolioLoader.load(SourceTree(files: files))
        findings.checkLocations(result.diagnostics, files: files)
        let project = result.portfolio?.projects.first { $0.id == "proj" }
        let trimmed = text.trimmingWhitespace()

        // What the value's own parser makes of the text, and what the loader kept.
        let expected: String?, kept: String?
        switch field {
        case .start:
            expected = Day(iso: trimmed)?.iso
            kept = project?.start?.iso
            if let day = Day(iso: trimmed) {
                findings.check(day.iso == trimmed, "day `\(trimmed)` reads back as \(day.iso)")
            }
        case .budget:
            let amount = Double(trimmed).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
            expected = amount.map { String($0) }
            kept = project?.budget.map { String($0.amount) }
            if let money = project?.budget {
                findings.check(Double(money.description) == money.amount, "money \(money.amount) formats as `\(money.description)`")
            }
        case .percent:
            expected = Double(trimmed).flatMap { (0...100).contains($0) ? String($0) : nil }
            kept = project?.percentComplete.map { String($0) }
        case .month:
            expected = Month(iso: trimmed)?.iso
            kept = project?.demand.first?.from?.iso
            if let month = Month(iso: trimmed) {
                findings.check(month.iso == trimmed, "month `\(trimmed)` reads back as \(month.iso)")
            }
        case .rating:
            let word = trimmed.lowercased()
            let rating: Rating? = RAG(parsing: text).map { .rag($0) }
                ?? (word == "withheld" ? .withheld(note: nil) : ["not-rated", "not rated", "not_rated"].contains(word) ? .notRated(note: nil) : nil)
            expected = rating.map { "\($0)" }
            kept = project?.statusReports.first?.overall.map { "\($0)" }
        }
        if let expected {
            findings.check(result.portfolio != nil, "`\(text)` is a valid \(field) but the site did not load: \(result.diagnostics)")
            findings.check(kept == expected, "`\(text)` as \(field): kept \(kept ?? "nothing"), expected \(expected)")
        } else {
            findings.check(result.portfolio == nil, "`\(text)` is no \(field), yet the site loaded with \(kept ?? "nothing")")
            findings.check(result.diagnostics.contains { $0.isError && $0.location.path == path && $0.location.line == line },
                           "`\(text)` is no \(field), yet no error on line \(line): \(result.diagnostics)")
        }
    }

    /// A YAML double-quoted scalar that reads back as exactly `text`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case " "..."~": out.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += scalar.value <= 0xFFFF ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                                              : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            }
        }
        return out + "\""
    }

    // MARK: - The importers' readers

    static let patterns = [DatePattern.iso, DatePattern.dotted, DatePattern("DD/MM/YYYY")!, DatePattern("MM/DD/YY")!,
                           DatePattern("D MMM YYYY")!, DatePattern("YYYYMMDD")!]

    static func dates(_ text: String, _ findings: inout Findings) {
        for pattern in patterns {
            guard let day = pattern.parse(text) else { continue }
            findings.check(Day(iso: day.iso) == day && DatePattern.iso.parse(day.iso) == day,
                           "`\(text)` read with \(pattern) as \(day.iso), which does not read back")
            let (y, m, d) = day.components
            findings.check((1...12).contains(m) && d >= 1 && d <= Day.daysIn(year: y, month: m),
                           "`\(text)` read with \(pattern) as an impossible day \(y)-\(m)-\(d)")
        }
        // The text as a pattern (column maps give their own): any pattern must parse without a crash.
        if let pattern = DatePattern(text), let day = pattern.parse(text) {
            findings.check(Day(iso: day.iso) == day, "pattern `\(text)` read itself as \(day.iso)")
        }
    }

    static func amounts(_ text: String, _ findings: inout Findings) {
        let forms: [(symbols: [String], thousands: Character?, decimal: Character)] = [
            (["£", "$", "€"], ",", "."), (["€"], ".", ","), ([], nil, "."),
        ]
        for form in forms {
            guard let amount = DecimalAmount.parse(text, symbols: form.symbols, thousands: form.thousands, decimal: form.decimal)
            else { continue }
            let plain = amount.description
            findings.check(DecimalAmount.parse(plain) == amount.normalizedForm,
                           "`\(text)` read as \(amount.digits)e-\(amount.scale), written `\(plain)`, which does not read back")
            for decimals in 0...3 {
                let grouped = amount.grouped(decimals: decimals)
                guard let back = DecimalAmount.parse(grouped) else {
                    findings.check(false, "`\(text)` grouped with \(decimals) decimals as `\(grouped)`, which does not read back")
                    continue
                }
                let tolerance = 0.5 * pow10(-decimals) * (1 + 1e-9) + abs(amount.value) * 1e-12
                findings.check(abs(back.value - amount.value) <= tolerance,
                               "`\(text)` (\(amount.value)) grouped with \(decimals) decimals as `\(grouped)` (\(back.value))")
            }
            // £m to £, as the GMPP importer writes budgets.
            let pounds = amount.shifted(by: 6)
            findings.check(pounds.description == plainShifted(plain, by: 6),
                           "`\(plain)` × 10^6 written `\(pounds.description)`, expected `\(plainShifted(plain, by: 6))`")
        }
    }

    static func pow10(_ n: Int) -> Double {
        var v = 1.0
        for _ in 0..<abs(n) { v *= 10 }
        return n < 0 ? 1 / v : v
    }

    /// Plain decimal text times 10^power, by moving the point in the text (independently of
    /// `DecimalAmount`): `-1.5` by 6 → `-1500000`.
    static func plainShifted(_ plain: String, by power: Int) -> String {
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        for _ in 0..<power {
            if let first = fraction.first { whole.append(first); fraction.removeFirst() } else { whole.append("0") }
        }
        while whole.count > 1 && whole.hasPrefix("0") { whole.removeFirst() }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let result = fraction.isEmpty ? whole : whole + "." + fraction
        return negative && result != "0" ? "-" + result : result
    }

    static func words(_ text: String, _ findings: inout Findings) {
        if let rag = RAG(parsing: text) {
            findings.check(RAG(parsing: rag.name) == rag, "`\(text)` read as \(rag.name), which does not read back")
        }
        let line = ImportText.oneLine(text)
        findings.check(!line.contains { $0.isNewline } && !line.contains("  ") && ImportText.oneLine(line) == line,
                       "oneLine(`\(text)`) = `\(line)` is not one line")
        let paragraphs = ImportText.paragraphs(text)
        findings.check(!paragraphs.unicodeScalars.contains("\r") && !paragraphs.contains("\n\n\n"),
                       "paragraphs(`\(text)`) = `\(paragraphs)` keeps CRs or runs of blank lines")
        if let explanation = Explanation.classify(text) {
            findings.check(Explanation.classify(explanation.text) == explanation,
                           "`\(text)` explained as `\(explanation.text)`, which classifies differently")
        }
    }
}

extension DecimalAmount {
    /// The same number with no trailing zero after the point (as `description` writes it).
    var normalizedForm: DecimalAmount {
        var d = digits, s = scale
        while s > 0 && d % 10 == 0 { d /= 10; s -= 1 }
        return DecimalAmount(digits: d, scale: s)
    }
}
