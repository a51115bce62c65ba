import Ingest
import Portfolio

/// CSV: the input's first byte picks a separator and a file (modulo 9: `,` `;` or tab, times
/// financials, benefits or the bulk register); the rest is the file. The text (UTF-8, else
/// Latin-1, as importers read it) goes through `CSVReader`; the bytes, in the `,` cases, through
/// the loader at the file's place in a valid site.
///
/// Holds: records ≤ line breaks + 1, each starting on a later line than the one before and
/// within the file; at most one problem (an unclosed quote), inside the file; writing the
/// records back, every field quoted, reads back the same fields with no problem; every
/// diagnostic of the loader located inside its file.
public enum CSVHarness {
    static let separators: [Unicode.Scalar] = [",", ";", "\t"]
    static let places = ["content/projects/proj/financials.csv", "content/programs/prog/benefits.csv",
                         "content/registers/projects.csv"]

    /// The site of the front matter harness, with a benefit for benefits.csv to name.
    public static let site: [String: [UInt8]] = {
        var files = FrontMatterHarness.site
        files["content/programs/prog/index.md"] = Array("""
            ---
            name: Program
            objectives: [growth]
            benefits:
              - {id: b1, name: Savings, baseline: 0, target: 100, start: 2026-01-01, target_date: 2027-12-31}
            ---
            About it.

            """.utf8)
        return files
    }()

    public static func run(_ data: [UInt8]) -> [String] {
        guard let selector = data.first.map(Int.init) else { return [] }
        let separator = separators[selector % 3]
        let place = places[(selector / 3) % 3]
        let bytes = Array(data.dropFirst())
        var findings = Findings()

        let text = ImportText.decode(bytes)
        let (records, problems) = CSVReader(separator: separator).read(text)
        let breaks = lineBreaks(text)
        findings.check(records.count <= breaks + 1, "\(records.count) records from \(breaks) line breaks")
        var previous = 0
        for record in records {
            findings.check(record.line > previous && record.line <= breaks + 1,
                           "record on line \(record.line) after line \(previous), \(breaks + 1) lines")
            findings.check(!record.fields.isEmpty, "a record without fields on line \(record.line)")
            previous = record.line
        }
        findings.check(problems.count <= 1, "\(problems.count) problems: one unclosed quote at most")
        for problem in problems {
            findings.check(problem.line >= 1 && problem.line <= breaks + 1 && problem.column >= 1
                           && problem.column <= (records.last?.fields.count ?? 0),
                           "problem at \(problem.line):\(problem.column) outside the records")
        }
        let written = write(records, separator: separator)
        let (again, againProblems) = CSVReader(separator: separator).read(written)
        findings.check(againProblems.isEmpty, "the records written back have problems: \(againProblems)")
        findings.check(again.count == records.count && zip(again, records).allSatisfy { a, b in
            a.fields.count == b.fields.count && zip(a.fields, b.fields).allSatisfy { $0.unicodeScalars.elementsEqual($1.unicodeScalars) }
        }, "the records written back read differently: \(records.prefix(3)) → \(again.prefix(3))")

        if separator == "," {
            var files = site
            files[place] = bytes
            let result = PortfolioLoader.load(SourceTree(files: files))
            findings.checkLocations(result.diagnostics, files: files, csvSeparators: [place: UInt8(ascii: ",")])
        }
        return findings.broken
    }

    /// CR, LF and CR LF, each one break (as RFC 4180 readers count lines).
    static func lineBreaks(_ text: String) -> Int {
        var count = 0
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" { if !afterCR { count += 1 } } else if scalar == "\r" { count += 1 }
            afterCR = scalar == "\r"
        }
        return count
    }

    /// RFC 4180 with every field quoted, records ended by LF.
    static func write(_ records: [CSVRecord], separator: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for record in records {
            for (i, field) in record.fields.enumerated() {
                if i > 0 { out.append(separator) }
                out.append("\"")
                for scalar in field.unicodeScalars {
                    if scalar == "\"" { out.append("\"") }
                    out.append(scalar)
                }
                out.append("\"")
            }
            out.append("\n")
        }
        return String(out)
    }
}
