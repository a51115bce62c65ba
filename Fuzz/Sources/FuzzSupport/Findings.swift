import Portfolio

/// The invariants broken by one input; empty when every one holds. A fuzz target traps on a
/// non-empty list (libFuzzer then keeps the input as a crash); the corpus test expects it empty.
public struct Findings: Sendable {
    public private(set) var broken: [String] = []
    public init() {}

    public mutating func check(_ holds: Bool, _ what: @autoclosure () -> String) {
        if !holds { broken.append(what()) }
    }
}

/// How a file's text is laid out, counted on its bytes, independently of the parsers: the
/// bounds any located diagnostic about the file must respect.
struct TextShape {
    /// Line breaks + 1. Markdown and YAML: LF, CR, CR LF, and the breaks YAML also knows
    /// (NEL U+0085, LS U+2028, PS U+2029); CSV: LF, CR, CR LF only.
    let lines: Int
    /// Bytes in the longest run between two LFs or CRs: a column, whether counted in bytes,
    /// scalars or characters, is at most this + 1.
    let widest: Int
    /// Separators + 1: the most cells a CSV record can have.
    let cells: Int

    init(_ bytes: [UInt8], csvSeparator: UInt8? = nil) {
        var lines = 1, widest = 0, width = 0, separators = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                lines += 1
                widest = max(widest, width); width = 0
                if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                width += 1
                if csvSeparator == nil {
                    if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 { lines += 1 }
                    if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { lines += 1 }
                }
                if let csvSeparator, b == csvSeparator { separators += 1 }
            }
            i += 1
        }
        self.lines = lines
        self.widest = max(widest, width)
        self.cells = separators + 1
    }
}

extension Findings {
    /// Every diagnostic is located inside the input (SPEC §1): a line and a column only for a
    /// file that exists, both ≥ 1; the line at most the file's last; the column at most one past
    /// its widest line (Markdown, YAML) or its number of cells (CSV, `csvSeparators`).
    public mutating func checkLocations(_ diagnostics: [Diagnostic], files: [String: [UInt8]],
                                        csvSeparators: [String: UInt8] = [:]) {
        var shapes: [String: TextShape] = [:]  // one per file, not one per diagnostic
        func shape(_ path: String, _ bytes: [UInt8]) -> TextShape {
            if let known = shapes[path] { return known }
            let made = TextShape(bytes, csvSeparator: csvSeparators[path])
            shapes[path] = made
            return made
        }
        for d in diagnostics {
            check(!d.message.isEmpty && !d.code.isEmpty, "a diagnostic without message or code: \(d)")
            guard let line = d.location.line else { continue }
            guard let bytes = files[d.location.path] else {
                check(false, "a line given for a path that is not a file: \(d)")
                continue
            }
            let column = d.location.column ?? 1
            check(line >= 1 && column >= 1, "line or column below 1: \(d)")
            let shape = shape(d.location.path, bytes)
            if csvSeparators[d.location.path] != nil {
                check(line <= shape.lines, "line \(line) past the last line (\(shape.lines)): \(d)")
                check(column <= shape.cells, "cell \(column) past the most cells a record can have (\(shape.cells)): \(d)")
            } else {
                check(line <= shape.lines, "line \(line) past the last line (\(shape.lines)): \(d)")
                check(column <= shape.widest + 1, "column \(column) past the widest line (\(shape.widest) bytes): \(d)")
            }
        }
    }
}
