/// One record of a CSV file: its fields and the 1-based line on which it starts (a quoted
/// field may hold line ends, so a record can span several lines).
public struct CSVRecord: Hashable, Sendable {
    public let line: Int
    public let fields: [String]
    public init(line: Int, fields: [String]) { self.line = line; self.fields = fields }
}

/// A problem in the CSV syntax itself: a quoted field that is never closed.
public struct CSVProblem: Hashable, Sendable {
    /// The record's first line and the field's 1-based index, as diagnostics locate cells.
    public let line: Int
    public let column: Int
    public let message: String
}

/// A small RFC 4180 reader.
///
/// - Fields are separated by `separator` (`,` by default; `;` for some exports).
/// - A field in double quotes may hold separators, line ends and `""` (one quote).
/// - Records end at CR, LF or CRLF, mixed freely in one file.
/// - A leading byte-order mark is dropped; blank lines (no field, no quote) are skipped, so
///   a trailing line end adds no record.
/// - Lenient where RFC 4180 is strict: a quote inside an unquoted field is kept as a
///   character, and text after a closing quote is appended to the field.
public struct CSVReader: Sendable {
    public let separator: Unicode.Scalar

    public init(separator: Unicode.Scalar = ",") { self.separator = separator }

    public func read(_ text: String) -> (records: [CSVRecord], problems: [CSVProblem]) {
        var records: [CSVRecord] = []
        var problems: [CSVProblem] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false        // inside a quoted section
        var sawQuote = false      // this record held a quote: not a blank line
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }

        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if fields.count > 1 || !fields[0].isEmpty || sawQuote { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
            sawQuote = false
        }

        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    if c == "\n" { line += 1 }
                    if c == "\r" {
                        line += 1
                        let next = iterator.next()
                        field.append(c)
                        if next == "\n" { field.append("\n") } else { pending = next }
                        continue
                    }
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
                sawQuote = true
            } else if c == separator {
                fields.append(String(field))
                field = String.UnicodeScalarView()
            } else if c == "\n" || c == "\r" {
                if c == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(c)
            }
        }
        if quoted {
            problems.append(CSVProblem(line: recordLine, column: fields.count + 1,
                                       message: "a quoted field is not closed before the end of the file"))
        }
        if !fields.isEmpty || !field.isEmpty || sawQuote { endRecord() }
        return (records, problems)
    }
}
