import Portfolio

extension SourceText {
    /// A CSV file's bytes as text, as `decode` reads them; but a byte that is not UTF-8, or a
    /// control character, is located as SPEC §1 locates a CSV cell: the record's first line and
    /// the cell's 1-based index (a byte column means little in a table; a cell may span lines).
    static func decodeCSV(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> String? {
        var own = DiagnosticLog()
        if let text = decode(bytes, path: path, log: &own) {
            log.append(own)
            return text
        }
        for item in own.items {
            guard let code = DiagnosticCode(rawValue: item.code) else { continue }
            var location = item.location
            if let (line, cell) = cellOfProblem(code, in: bytes) {
                location = SourceLocation(path: path, line: line, column: cell)
            }
            if item.isError { log.error(code, item.message, at: location, hint: item.hint) }
            else { log.warning(code, item.message, at: location, hint: item.hint) }
        }
        return nil
    }

    /// The record line and cell of the byte `decode` stopped at (the first that is not UTF-8, or
    /// the first control character): the text before it, with one character standing for it,
    /// read as CSV; that character is in the last cell.
    private static func cellOfProblem(_ code: DiagnosticCode, in bytes: [UInt8]) -> (line: Int, cell: Int)? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var before = String.UnicodeScalarView()
        switch code {
        case .invalidEncoding:
            var iterator = body.makeIterator()
            var decoder = UTF8()
            while case .scalarValue(let scalar) = decoder.decode(&iterator) { before.append(scalar) }
        case .controlCharacter:
            guard let offset = firstControlCharacter(in: body) else { return nil }
            before = String(decoding: body.prefix(offset), as: UTF8.self).unicodeScalars
        default:
            return nil
        }
        before.append("?")
        guard let record = CSVReader().read(String(before)).records.last else { return nil }
        return (record.line, record.fields.count)
    }
}
