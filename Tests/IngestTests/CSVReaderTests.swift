import Ingest
import Testing

@Suite struct CSVReaderTests {
    let reader = CSVReader()

    @Test func quotedFieldWithNewlineSpansLines() {
        let (records, problems) = reader.read("a,\"b\nc\",d\ne,f,g\n")
        #expect(records == [CSVRecord(line: 1, fields: ["a", "b\nc", "d"]), CSVRecord(line: 3, fields: ["e", "f", "g"])])
        #expect(problems.isEmpty)
    }

    @Test func doubledQuoteIsOneQuote() {
        let (records, _) = reader.read("\"say \"\"hi\"\"\",x\n\"\"\"\",\"\"\n")
        #expect(records == [CSVRecord(line: 1, fields: ["say \"hi\"", "x"]), CSVRecord(line: 2, fields: ["\"", ""])])
    }

    @Test func crLfAndCrlfMixed() {
        let (records, _) = reader.read("a\rb\nc\r\nd")
        #expect(records == [CSVRecord(line: 1, fields: ["a"]), CSVRecord(line: 2, fields: ["b"]),
                            CSVRecord(line: 3, fields: ["c"]), CSVRecord(line: 4, fields: ["d"])])
    }

    @Test func quotedCrlfCountsOneLine() {
        // The quoted field holds CR LF (one line end); the next record starts on line 3.
        let (records, _) = reader.read("\"x\r\ny\",1\r\nz,2")
        #expect(records == [CSVRecord(line: 1, fields: ["x\r\ny", "1"]), CSVRecord(line: 3, fields: ["z", "2"])])
    }

    @Test func emptyFieldsAndBlankLines() {
        // Line 2 is all-empty fields (kept); line 3 is blank (skipped); the trailing line end adds nothing.
        let (records, _) = reader.read("a,,c\n,,\n\nb\n")
        #expect(records == [CSVRecord(line: 1, fields: ["a", "", "c"]), CSVRecord(line: 2, fields: ["", "", ""]),
                            CSVRecord(line: 4, fields: ["b"])])
    }

    @Test func byteOrderMarkDropped() {
        let (records, _) = reader.read("\u{FEFF}h1,h2\n1,2")
        #expect(records.first?.fields == ["h1", "h2"])
    }

    @Test func semicolonSeparator() {
        let (records, _) = CSVReader(separator: ";").read("a;\"b;c\";d,e\n")
        #expect(records == [CSVRecord(line: 1, fields: ["a", "b;c", "d,e"])])
    }

    @Test func unclosedQuoteReportsRecordLineAndCell() {
        let (records, problems) = reader.read("h1,h2\na,\"b\nc\n")
        #expect(problems.map { [$0.line, $0.column] } == [[2, 2]])
        #expect(records.last == CSVRecord(line: 2, fields: ["a", "b\nc\n"]))
    }

    @Test func quoteInsideUnquotedFieldIsKept() {
        let (records, _) = reader.read("5\" screen,x\n")
        #expect(records == [CSVRecord(line: 1, fields: ["5\" screen", "x"])])
    }
}
