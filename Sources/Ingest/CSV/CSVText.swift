import Portfolio

extension SourceText {
    /// A CSV file's bytes as text, as `decode` reads them; but bytes that are not UTF-8 are
    /// located as SPEC §1 locates a CSV cell: the record's first line and the cell's 1-based
    /// index (a byte column means nothing in a table; a quoted cell may span lines).
    static func decodeCSV(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> String? {
        var own = DiagnosticLog()
        if let text = decode(bytes, path: path, log: &own) {
            log.append(own)
            return text
        }
        for item in own.items {
            guard let code = DiagnosticCode(rawValue: item.code) else { continue }
            var location = item.location
            if code == .invalidEncoding, let (line, cell) = cellOfFirstInvalidByte(bytes) {
                location = SourceLocation(path: path, line: line, column: cell)
            }
            if item.isError { log.error(code, item.message, at: location, hint: item.hint) }
            else { log.warning(code, item.message, at: location, hint: item.hint) }
        }
        return nil
    }

    /// The record line and cell of the first byte that is not UTF-8: the valid text before it,
    /// with one character standing for it, read as CSV; the character is in the last cell.
    private static func cellOfFirstInvalidByte(_ bytes: [UInt8]) -> (line: Int, cell: Int)? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var valid = String.UnicodeScalarView()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { valid.append(scalar) }
        valid.append("?")
        guard let record = CSVReader().read(String(valid)).records.last else { return nil }
        return (record.line, record.fields.count)
    }
}
