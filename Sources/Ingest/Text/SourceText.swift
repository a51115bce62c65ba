import Portfolio

/// A file's bytes as text: valid UTF-8, without a byte-order mark.
enum SourceText {
    /// The text of `bytes`, or nil with an `invalid-encoding` error when they are not UTF-8.
    static func decode(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let (line, column) = firstInvalidByte(in: body)
        log.error(.invalidEncoding, "the file is not valid UTF-8", at: SourceLocation(path: path, line: line, column: column))
        return nil
    }

    /// Line and column (in bytes, both 1-based) of the first byte that is not UTF-8.
    private static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0, line = 1, lineStart = 0
        var afterCR = false
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
            // CR, LF and CR LF each end a line, as for the YAML parser and the CSV reader.
            if scalar == "\r" || (scalar == "\n" && !afterCR) { line += 1 }
            if scalar == "\r" || scalar == "\n" { lineStart = offset }
            afterCR = scalar == "\r"
        }
        return (line, offset - lineStart + 1)
    }

    /// CRLF line ends as LF (Markdown and YAML); lines keep their numbers.
    static func normalizingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var out = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR && scalar != "\n" { out.append("\r") }
            pendingCR = scalar == "\r"
            if !pendingCR { out.append(scalar) }
        }
        if pendingCR { out.append("\r") }
        return String(out)
    }
}
