import Analysis
import Portfolio
import Testing
@testable import Site

/// data/portfolio.json form (SPEC §3 rounding, §4.1 keys and nulls).
@Suite struct PortfolioDataTests {
    @Test func numbersInShortestFormNeverExponent() {
        #expect(JSONValue.format(112500) == "112500")
        #expect(JSONValue.format(0.8889) == "0.8889")
        #expect(JSONValue.format(-12.5) == "-12.5")
        #expect(JSONValue.format(-0.0) == "0")
        #expect(JSONValue.format(0.0001) == "0.0001")
        #expect(JSONValue.format(1_234_567_890.12) == "1234567890.12")
        #expect(JSONValue.format(Double.nan) == "null")
    }

    @Test func roundingIsHalfAwayFromZero() {
        #expect(Rounding.ratio(0.888_85) == 0.8889)
        #expect(Rounding.round(2.5, 0) == 3)
        #expect(Rounding.round(-2.5, 0) == -3)
        #expect(Rounding.money(Money(0.125)) == 0.13)  // 0.125 is exact in binary
        #expect(Rounding.round(-0.00001, 2) == 0)       // no negative zero
        #expect(Rounding.round(203.75, 1) == 203.8)
    }

    @Test func serialisedWithTwoSpacesAndOrderedKeys() {
        let doc = JSONValue.object([("b", .number(1)), ("a", .array([.string("x\"y\n"), .null, .bool(true)])), ("c", .object([])), ("d", .array([]))])
        #expect(doc.serialized() == """
        {
          "b": 1,
          "a": [
            "x\\"y\\n",
            null,
            true
          ],
          "c": {},
          "d": []
        }

        """)
    }

    /// The textbook project of AnalysisTests (BAC 100 000, PV 50 000, EV 40 000, AC 45 000)
    /// as published: CPI 40 000/45 000 = 0.8889, EAC 112 500, TCPI 60 000/55 000 = 1.0909.
    @Test func projectKeysRoundedAndNullWhereSpecSays() throws {
        let start = Day(iso: "2026-01-01")!
        let loc = SourceLocation(path: "x")
        let textbook = Project(id: "p", name: "P", phase: .active, start: start, finish: start + 200, budget: 100_000,
                               percentComplete: 40, actualCost: 45_000, location: loc)
        let future = Project(id: "q", name: "Q", phase: .proposed, start: start + 300, finish: start + 400, budget: 10_000, location: loc)
        let portfolio = Portfolio(settings: Settings(asOf: start + 100), info: PortfolioInfo(name: "P", location: loc),
                                  projects: [textbook, future])
        let text = PortfolioData.document(portfolio: portfolio, figures: Figures(portfolio: portfolio, at: start + 100)).serialized()
        #expect(text.contains("\"cpi\": 0.8889,"))
        #expect(text.contains("\"spi\": 0.8,"))
        #expect(text.contains("\"eac\": 112500,"))
        #expect(text.contains("\"eac_cpi_spi\": 129375,"))
        #expect(text.contains("\"tcpi\": 1.0909,"))
        #expect(text.contains("\"es_days\": 80,"))
        // The proposed project: AC 0 → CPI null; PV 0 → SPI null; not started → ES null.
        let q = String(text[text.range(of: "\"id\": \"q\"")!.lowerBound...])
        #expect(q.contains("\"cpi\": null,"))
        #expect(q.contains("\"spi\": null,"))
        #expect(q.contains("\"es_days\": null,"))
        #expect(q.contains("\"spi_t\": null,"))
        // Pipeline apart from committed totals.
        #expect(text.contains("\"pipeline_bac\": 10000,"))
        #expect(text.contains("\"bac\": 100000,"))
    }

    /// JSON strings escaped on their bytes (since 2026-11-28): expected text written by hand
    /// from RFC 8259 §7 (short escapes for `"` `\\` LF CR TAB, `\\u00xx` for the other controls).
    @Test func jsonStringsAndNesting() {
        let text = JSONValue.string("a\"b\\c\nd\re\tf\u{1}\u{1F}\u{8}é🚀").serialized()
        #expect(text == #""a\"b\\c\nd\re\tf\u0001\u001f\u0008é🚀""# + "\n")
        let doc = JSONValue.object([("k", .array([.number(1.5), .null, .object([("x", .bool(true))]), .array([]), .object([])]))])
        #expect(doc.serialized() == "{\n  \"k\": [\n    1.5,\n    null,\n    {\n      \"x\": true\n    },\n    [],\n    {}\n  ]\n}\n")
    }

    @Test func csvCellsAreQuotedOnlyWhenNeeded() {
        #expect(CSVExports.quote("plain") == "plain")
        #expect(CSVExports.quote("a, b") == "\"a, b\"")
        #expect(CSVExports.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExports.quote("two\nlines") == "\"two\nlines\"")
        // RFC 4180 on the bytes: a CR LF pair (one Character in Swift) and a quote followed by
        // a combining mark (one Character too) are still a line break and a quote.
        #expect(CSVExports.quote("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVExports.quote("\"\u{301}é") == "\"\"\"\u{301}é\"")
        #expect(CSVExports.quote("café, thé") == "\"café, thé\"")
        #expect(CSVExports.table(["a", "b"], [["1", "x,y"]]) == "a,b\r\n1,\"x,y\"\r\n")
    }
}
