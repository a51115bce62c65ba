@testable import Ingest
import Portfolio
import Testing

/// Inputs the fuzz targets found (docs/fuzzing.md), minimised, each with what pmo now does.
/// Lines and columns are counted by hand from the literal input.
@Suite struct FuzzFoundTests {
    // MARK: - fuzz-csv: bytes that are not UTF-8 in a CSV file

    /// Found as the register `d\xFF`: reported at byte column 2 of a one-cell file. SPEC §1:
    /// in a CSV file the column is the cell's index, the line the record's first line.
    @Test func invalidByteInACSVFileIsLocatedAtItsCell() {
        var tree = SiteFixture.tree(SiteFixture.with(["content/projects/p/index.md": SiteFixture.project("name: P", "phase: active")]))
        tree.files["content/registers/projects.csv"] = Array("d".utf8) + [0xFF]
        expectOne(PortfolioLoader.load(tree), "invalid-encoding", "content/registers/projects.csv", 1, 1)

        // The bad byte is in cell 2 of the record that starts on line 2 and, quoted, spans two lines.
        tree.files["content/registers/projects.csv"] = nil
        tree.files["content/projects/p/financials.csv"] = Array("month,planned\n2026-01,\"12\n3".utf8) + [0xFF] + Array("\"\n".utf8)
        expectOne(PortfolioLoader.load(tree), "invalid-encoding", "content/projects/p/financials.csv", 2, 2)

        // CR-only line ends (spreadsheets on the Mac): the bad byte is on line 3, cell 3.
        tree.files["content/projects/p/financials.csv"] = Array("month,planned,actual\r2026-01,1,2\r2026-02,1,".utf8) + [0xC3]
        expectOne(PortfolioLoader.load(tree), "invalid-encoding", "content/projects/p/financials.csv", 3, 3)
    }

    /// The same for a control character (the loader refuses binary content): in a CSV file it
    /// is located at its cell; elsewhere a lone CR before it ends a line. Found by the corpus
    /// test after merging the control-character check: its line was counted by LF only.
    @Test func controlCharacterIsLocatedAsOtherDiagnostics() {
        var tree = SiteFixture.tree(SiteFixture.with(["content/projects/p/index.md": SiteFixture.project("name: P", "phase: active")]))
        tree.files["content/projects/p/financials.csv"] = Array("month,planned\n2026-01,\"a\nb\u{0}\"\n".utf8)
        expectOne(PortfolioLoader.load(tree), "control-character", "content/projects/p/financials.csv", 2, 2)
        tree.files["content/projects/p/financials.csv"] = nil
        // Line 3 is `phase: b` (8 characters) after a lone CR: the U+0001 is at column 9.
        tree.files["content/projects/p/index.md"] = Array("---\nname: A\rphase: b\u{1}\n---\n".utf8)
        expectOne(PortfolioLoader.load(tree), "control-character", "content/projects/p/index.md", 3, 9)
    }

    // MARK: - fuzz-frontmatter

    /// Found as `pmo.yaml` = `[`: libyaml starts a line of its own at the end of a text without
    /// a final line break and reported line 2 of a one-line file. Now the end of the last line.
    @Test func yamlErrorAtTheEndOfTheTextIsOnItsLastLine() {
        var files = SiteFixture.with(["pmo.yaml": "["])
        expectOne(SiteFixture.load(files), "yaml-syntax", "pmo.yaml", 1, 2)
        // "list: [a" is 8 characters: the end of line 2 is column 9.
        files["pmo.yaml"] = "title: x\nlist: [a"
        expectOne(SiteFixture.load(files), "yaml-syntax", "pmo.yaml", 2, 9)
        // With a final line break the file has a (blank) line 3, where libyaml points: kept.
        files["pmo.yaml"] = "title: x\nlist: [a\n"
        expectOne(SiteFixture.load(files), "yaml-syntax", "pmo.yaml", 3, 1)
    }

    /// Found as `pmo.yaml` = `---` (in the 10-minute run): the document marker alone is a
    /// document holding null, which was "expected a mapping …, found ``" at line 2 of a one-line
    /// file. A null document now reads as an empty one, as an empty file does.
    @Test func documentMarkerAloneIsAnEmptyDocument() {
        let result = SiteFixture.load(SiteFixture.with(["pmo.yaml": "---"]))
        #expect(result.diagnostics.map(\.code) == ["as-of-missing"], "\(result.printed)")
    }

    /// Nodes left empty at the end of a text without a final line break carry libyaml's mark
    /// past the last line; they are placed at the end of the last line. `    -` is 5 characters.
    @Test func emptyNodeAtTheEndIsOnTheLastLine() {
        let result = SiteFixture.load(SiteFixture.with(["pmo.yaml": "as_of: 2026-06-30\nsimulation:\n  duration:\n    -"]))
        expectOne(result, "wrong-type", "pmo.yaml", 4, 6)
        // In front matter the text ends before the closing fence: the end of line 5, not the fence.
        let project = "---\nname: P\nphase: active\nmilestones:\n  -\n---\n"
        expectOne(SiteFixture.load(SiteFixture.with(["content/projects/p/index.md": project])), "wrong-type",
                  "content/projects/p/index.md", 5, 4)
    }

    /// Found as a project file whose line held a lone CR before a bad byte: the byte's line was
    /// counted by LF only, its column from the last LF, while YAML errors count the CR as a
    /// line end. Now CR, LF and CR LF each end a line here too.
    @Test func invalidByteAfterALoneCRCountsTheCRAsALineEnd() {
        var tree = SiteFixture.tree(SiteFixture.minimal)
        // Line 2 `name: A`, CR, line 3 `phase: b` (8 bytes), then the bad byte: column 9.
        tree.files["content/projects/p/index.md"] = Array("---\nname: A\rphase: b".utf8) + [0xFF] + Array("\n---\n".utf8)
        expectOne(PortfolioLoader.load(tree), "invalid-encoding", "content/projects/p/index.md", 3, 9)
    }

    /// Found as a project file whose line 3 ended `active` CR U+0015: libyaml's reader error
    /// (a character YAML does not allow) was placed by splitting the text at LF only, at line 3
    /// column 15, past the line's end. Now its line is counted as libyaml counts, CR included:
    /// line 3 of the YAML (`name: P`, `phase: active`, CR), column 1; file line 4 in front matter.
    /// (YAMLSource directly: the loader may reject such a character before YAML sees it.)
    @Test func yamlReaderErrorCountsLinesAsLibyaml() throws {
        var log = DiagnosticLog()
        let source = YAMLSource(path: "x.md", lineOffset: 1)
        _ = source.compose("name: P\nphase: active\r\u{15}", log: &log)
        let d = try #require(log.items.first)
        #expect(d.code == "yaml-syntax" && d.location == ContentLocation(path: "x.md", line: 4, column: 1), "\(d)")
        // Characters before it on its line count one column each (é is one, though two bytes).
        log = DiagnosticLog()
        _ = source.compose("name: \u{E9}\u{15}", log: &log)
        #expect(log.items.first?.location == ContentLocation(path: "x.md", line: 2, column: 8))
    }

    /// Found by a hand-written input while fuzzing (the fuzzer had not reached it in minutes): a
    /// mapping key aliasing nine lists of nine lists… Yams hashes each key whole to find
    /// duplicates, 9^9 values: `pmo check` hung on 400 bytes. Now refused at the key, at once.
    @Test(.timeLimit(.minutes(1))) func aliasExpandingKeyIsRefused() throws {
        var lines = ["---", "name: P", "phase: active", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for i in 1...8 { lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]") }
        lines += ["x: {*a8 : 1, *a7 : 2}", "---", ""]  // line 13; `*a8` at column 5
        let result = SiteFixture.load(SiteFixture.with(["content/projects/p/index.md": lines.joined(separator: "\n")]))
        let d = try #require(expectOne(result, "yaml-syntax", "content/projects/p/index.md", 13, 5))
        #expect(d.message.contains("expands through aliases"))
    }

    /// Aliases as pmo content may use them still read: as values, and as a (small) key.
    @Test func smallAliasesStillRead() throws {
        let file = SiteFixture.project("name: &n Portal", "phase: active", "manager: *n", "category: &g growth", "scores: {*g : 3}")
        let result = SiteFixture.load(SiteFixture.with(["content/projects/p/index.md": file]))
        #expect(result.diagnostics.isEmpty, "\(result.printed)")
        let project = try #require(result.portfolio?.project("p"))
        #expect(project.manager == "Portal" && project.category == "growth" && project.scores == ["growth": 3])
    }

    /// Found by a hand-written input while probing large files for the fuzz work: 40,000 keys
    /// under `scores` took 118 s to load (debug build), as each key was looked up in the list of
    /// keys read so far. Now a set: under a second. Each unknown objective is still an error.
    @Test(.timeLimit(.minutes(1))) func manyScoreKeysLoadInLinearTime() {
        let scores = (0..<40_000).map { "  k\($0): 1" }.joined(separator: "\n")
        let file = "---\nname: P\nphase: active\nscores:\n\(scores)\n---\n"
        let result = SiteFixture.load(SiteFixture.with(["content/projects/p/index.md": file]))
        #expect(result.with(code: "unknown-objective").count == 40_000)
    }

    // MARK: - fuzz-values: the importers' decimal amounts

    /// Found as `3132166666632223` (and other amounts ≥ 9.3 × 10^12) read in £m and scaled to £
    /// for a GMPP budget: `normalized()` multiplied past `Int.max` and the import crashed.
    /// Now trailing zeros stay a negative scale and are written out as text.
    @Test func scalingALargeAmountDoesNotOverflow() throws {
        let amount = try #require(DecimalAmount.parse("3132166666632223"))
        #expect(amount.shifted(by: 6).description == "3132166666632223000000")
        #expect(try #require(DecimalAmount.parse("-0.35")).shifted(by: 6).description == "-350000")
        #expect(try #require(DecimalAmount.parse("0.0000001")).shifted(by: 6).description == "0.1")
    }

    /// `grouped` added 5 to the digits to round (and multiplied them to pad): with 19 digits
    /// it overflowed. Rounding is now done on the digits as text; half away from zero.
    @Test func groupingALargeAmountDoesNotOverflow() throws {
        #expect(try #require(DecimalAmount.parse("9223372036854775.807")).grouped(decimals: 2) == "9,223,372,036,854,775.81")
        #expect(try #require(DecimalAmount.parse("9223372036854775807")).grouped(decimals: 2) == "9,223,372,036,854,775,807.00")
        #expect(try #require(DecimalAmount.parse("99.995")).grouped(decimals: 2) == "100.00")
        #expect(try #require(DecimalAmount.parse("-0.004")).grouped(decimals: 2) == "0.00")
        #expect(try #require(DecimalAmount.parse("-1234.5")).grouped(decimals: 0) == "-1,235")
        #expect(try #require(DecimalAmount.parse("3132166666632223")).shifted(by: 6).grouped(decimals: 1)
                == "3,132,166,666,632,223,000,000.0")
    }

    /// Found as `22222222222222225` grouped with 3 decimals, `22,222,222,222,222,225.000`,
    /// which `parse` could not read: it took the trailing zeros into the digits and overflowed.
    /// Zeros now wait for a significant digit; only significant digits must fit an Int.
    @Test func trailingZerosDoNotOverflowParsing() throws {
        let amount = try #require(DecimalAmount.parse("22,222,222,222,222,225.000"))
        #expect(amount.description == "22222222222222225")
        #expect(try #require(DecimalAmount.parse("1,200,000,000,000,000,000,000")).description == "1200000000000000000000")
        #expect(try #require(DecimalAmount.parse("£8,333.000")).description == "8333")
        #expect(try #require(DecimalAmount.parse("-0.0500")).description == "-0.05")
        #expect(try #require(DecimalAmount.parse("000")).description == "0")
        #expect(DecimalAmount.parse("92233720368547758071") == nil)  // 20 significant digits: unreadable, as before
    }

    /// Found by fuzz-values' second 10-minute run, in the fix above: `9223372036854775808`
    /// (Int.max + 1) crashed `parse`, whose last addition was assumed not to overflow.
    @Test func oneMoreThanIntMaxIsUnreadable() throws {
        #expect(DecimalAmount.parse("9223372036854775808") == nil)
        #expect(try #require(DecimalAmount.parse("9223372036854775807")).description == "9223372036854775807")
        #expect(DecimalAmount.parse("-9223372036854775808") == nil)  // as before: the magnitude is read first
    }

    /// Found by fuzz-gmpp's second 10-minute run (and there before fuzzing): a negative
    /// whole-life cost, `-278` £m, became `budget: -278000000`, which the loader refuses, so
    /// the imported site did not load. Now the cell is unreadable for a budget: warned at the
    /// cell and left out of the budget, shown as written in the report.
    @Test func negativeWholeLifeCostIsNoBudget() throws {
        let csv = "year;project_number;project_name;department;wlc_baseline_incl_NCG\n2022;ABC_1;Big;DFT;-278\n"
        let site = GMPPImporter.importFiles([GMPPFile(path: "uk_2022.csv", bytes: Array(csv.utf8))])
        #expect(site.diagnostics.map(\.description) == [
            "uk_2022.csv:2:5: warning: cannot read `-278` as a whole-life cost in £m (not negative) in `wlc_baseline_incl_ncg`; it is left out [unreadable-cell]",
        ])
        let index = try #require(site.files["content/projects/abc-1/index.md"])
        #expect(!index.contains("budget:"))
        #expect(try #require(site.files["content/projects/abc-1/status/2022-03-31.md"]).contains("| Unreadable: -278 |"))
        let loaded = PortfolioLoader.load(SourceTree(files: site.files.mapValues { Array($0.utf8) }))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    }

    /// The same through the importer: a whole-life cost of £99,999,999,999,999m imports as a
    /// budget of 99999999999999000000 (it crashed the import), and the site loads.
    @Test func gmppImportOfAHugeAmount() throws {
        let csv = "year;project_number;project_name;department;total_baseline;wlc_baseline_incl_NCG\n"
            + "2022;ABC_1;Big;DFT;£9223372036854775.807;£99,999,999,999,999\n"
        let site = GMPPImporter.importFiles([GMPPFile(path: "uk_2022.csv", bytes: Array(csv.utf8))])
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics)")
        let index = try #require(site.files["content/projects/abc-1/index.md"])
        #expect(index.contains("budget: 99999999999999000000\n"))
        let report = try #require(site.files["content/projects/abc-1/status/2022-03-31.md"])
        #expect(report.contains("£9,223,372,036,854,775.81m"))
        let loaded = PortfolioLoader.load(SourceTree(files: site.files.mapValues { Array($0.utf8) }))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.portfolio?.projects.first?.budget == Money(99_999_999_999_999_000_000.0))
    }

    /// Found in fuzz-gmpp's 10-minute run, after the loader began refusing control characters:
    /// a U+0001 in a narrative (a Latin-1 file, byte 0x01) was written into a status report's
    /// body, and the imported site no longer loaded. Control characters are now left out of
    /// imported text, and bytes 0x80–0x9F read as Windows-1252 (0x93 0x94 are curly quotes), not
    /// as ISO-8859-1 control characters.
    @Test func importedTextCarriesNoControlCharacter() throws {
        let csv = Array("year;project_number;project_name;department;description_aims;rating_comment\n2022;ABC_1;Big".utf8)
            + [0x01] + Array(";DFT;An appeal".utf8) + [0x01, 0x93] + Array("quoted".utf8) + [0x94, 0x81]
            + Array(";Fine\u{7F}\n".utf8)
        let site = GMPPImporter.importFiles([GMPPFile(path: "uk_2022.csv", bytes: csv)])
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics)")
        let index = try #require(site.files["content/projects/abc-1/index.md"])
        #expect(index.contains("name: \"Big\"") && index.contains("An appeal\u{201C}quoted\u{201D}\n"), "\(index)")
        let report = try #require(site.files["content/projects/abc-1/status/2022-03-31.md"])
        #expect(report.contains("\nFine\n"))
        let loaded = PortfolioLoader.load(SourceTree(files: site.files.mapValues { Array($0.utf8) }))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    }

    /// Found as `3\u{C}\u{302F}`: a combining mark after the space `oneLine` writes joined it
    /// into one character, so the result was not stable under `oneLine` again. Now read by scalars.
    @Test func oneLineKeepsASpaceBeforeACombiningMark() {
        let line = ImportText.oneLine("3\u{0C}\u{302F}")
        #expect(Array(line.unicodeScalars) == ["3", " ", "\u{302F}"])
        #expect(ImportText.oneLine(line).unicodeScalars.elementsEqual(line.unicodeScalars))
    }
}
