import Portfolio

/// A file's bytes as text: valid UTF-8, without a byte-order mark.
enum SourceText {
    /// The text of `bytes`, or nil with an `invalid-encoding` error when they are not UTF-8,
    /// or a `control-character` error when they hold a character no page, feed or data file
    /// can carry (binary content saved as text).
    static func decode(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            let (line, column) = firstInvalidByte(in: body)
            log.error(.invalidEncoding, "the file is not valid UTF-8", at: SourceLocation(path: path, line: line, column: column))
            return nil
        }
        if let offset = firstControlCharacter(in: body) {
            let (line, column, scalar) = position(ofByte: offset, in: text)
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            log.error(.controlCharacter, "the file holds the control character \(code), which no page, feed or data file may carry; is it a binary file?",
                      at: SourceLocation(path: path, line: line, column: column))
            return nil
        }
        return text
    }

    /// The byte offset (from the slice's start) of the first character that is not text in
    /// HTML or XML 1.0: C0 controls other than tab, LF and CR; DEL and the C1 controls
    /// (U+007F–U+009F); the noncharacters U+FFFE and U+FFFF. The bytes are valid UTF-8.
    static func firstControlCharacter(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            // Printable ASCII and line breaks are none of these: only the bytes `ByteScan` stops
            // at are looked at.
            var i = 0
            while let at = ByteScan.firstNotText(in: b, from: i) {
                let byte = b[at]
                if byte < 0x20 {
                    return at
                } else if byte == 0x7F {
                    return at
                } else if byte == 0xC2, at + 1 < b.count, (0x80...0x9F).contains(b[at + 1]) {
                    return at
                } else if byte == 0xEF, at + 2 < b.count, b[at + 1] == 0xBF, b[at + 2] == 0xBE || b[at + 2] == 0xBF {
                    return at
                }
                i = at + 1
            }
            return nil
        }
    }

    /// Line and column (1-based, the column in characters) of the character at byte `offset`;
    /// CR, LF and CR LF each end a line, as for the YAML parser and the CSV reader.
    private static func position(ofByte offset: Int, in text: String) -> (Int, Int, Unicode.Scalar) {
        var line = 1, column = 1, bytes = 0
        var afterCR = false
        for scalar in text.unicodeScalars {
            if bytes >= offset { return (line, column, scalar) }
            bytes += UTF8.width(scalar)
            if scalar == "\r" || (scalar == "\n" && !afterCR) { line += 1; column = 1 }
            else if scalar != "\n" { column += 1 }
            afterCR = scalar == "\r"
        }
        return (line, column, " ")
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
        guard ByteScan.contains(13, in: text) else { return text }
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

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
