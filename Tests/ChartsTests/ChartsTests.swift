import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Charts
import TestSupport

/// Golden SVGs and tables for every chart type, and properties every chart must have.
@Suite struct ChartGoldenTests {
    @Test(arguments: Samples.all().map(\.0))
    func goldenSVG(_ name: String) {
        let chart = Samples.all().first { $0.0 == name }!.1
        Golden.assertMatches(chart.svg(), named: name + ".svg")
        Golden.assertMatches(chart.table().goldenText, named: name + ".table.txt")
    }

    @Test func goldenNoData() {
        Golden.assertMatches(GanttChart(info: ChartInfo(id: "g", title: "Timeline"), rows: []).svg(), named: "no-data.svg")
    }

    @Test func goldenStyles() {
        Golden.assertMatches(ChartStyles.css, named: "charts.css")
    }
}

@Suite struct ChartPropertyTests {
    static func everyChart() -> [(String, any Chart)] {
        Samples.all().map { ("sample " + $0.0, $0.1) } + Samples.empty().map { ("empty " + $0.0, $0.1) }
            + Samples.single().map { ("single " + $0.0, $0.1) }
    }

    @Test func everySVGIsWellFormedXML() {
        for (name, chart) in Self.everyChart() {
            let svg = chart.svg()
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")")
        }
    }

    @Test func everySVGIsAccessibleAndSizedByViewBox() {
        for (name, chart) in Self.everyChart() {
            let svg = chart.svg()
            let id = chart.info.id
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart--"), "\(name)")
            #expect(svg.contains(" role=\"img\" viewBox=\"0 0 "), "\(name)")
            #expect(svg.contains("aria-labelledby=\"\(id)-title \(id)-desc\""), "\(name)")
            #expect(svg.contains("<title id=\"\(id)-title\">"), "\(name)")
            #expect(svg.contains("<desc id=\"\(id)-desc\">"), "\(name)")
            #expect(!svg.contains("<desc id=\"\(id)-desc\"></desc>"), "\(name): empty description")
            #expect(!svg.contains(" width=\"") || !svg.hasPrefix("<svg width"), "\(name)")
            let root = svg.prefix { $0 != ">" }
            #expect(!root.contains(" width=") && !root.contains(" height="), "\(name): fixed size on the root")
        }
    }

    @Test func noInlineColoursOrStyles() {
        for (name, chart) in Self.everyChart() {
            let svg = chart.svg()
            #expect(!svg.contains("style="), "\(name)")
            #expect(!svg.contains("<style"), "\(name)")
            #expect(!svg.contains("stroke=\""), "\(name)")
            #expect(svg.replacingOccurrences(of: "url(#", with: "").firstIndex(of: "#") == nil, "\(name): only pattern references may use #")
        }
    }

    @Test func fillsOnlyReferencePatterns() throws {
        for (name, chart) in Self.everyChart() {
            let svg = chart.svg()
            var rest = Substring(svg)
            while let r = rest.range(of: "fill=\"") {
                rest = rest[r.upperBound...]
                #expect(rest.hasPrefix("url(#\(chart.info.id)-"), "\(name): inline fill")
            }
        }
    }

    @Test func noNaNInfinityOrExponent() {
        for (name, chart) in Self.everyChart() {
            let text = chart.svg() + chart.table().goldenText
            let bad = /(?i)\bnan\b|\binf(inity)?\b|\d[eE][-+]?\d|(?:^|[\s"(,>|])-0(?![.\d])/
            #expect(text.firstMatch(of: bad) == nil, "\(name): \(text.firstMatch(of: bad).map { String($0.output.0) } ?? "")")
        }
    }

    @Test func deterministic() {
        let a = Samples.all().map { $0.1.svg() + $0.1.table().goldenText }
        let b = Samples.all().map { $0.1.svg() + $0.1.table().goldenText }
        #expect(a == b)
    }

    @Test func emptyChartsSayNoData() {
        for (name, chart) in Samples.empty() {
            let svg = chart.svg()
            #expect(svg.contains(">No data</text>"), "\(name)")
            #expect(svg.contains("No data to show."), "\(name)")
            #expect(svg.contains("chart--empty"), "\(name)")
        }
    }

    @Test func singlePointChartsDrawSomething() {
        for (name, chart) in Samples.single() {
            let svg = chart.svg()
            #expect(!svg.contains("chart--empty"), "\(name) should draw its single point")
            #expect(!chart.table().rows.isEmpty, "\(name) table")
        }
    }

    @Test func tablesHaveOneCellPerColumn() {
        for (name, chart) in Self.everyChart() {
            let t = chart.table()
            #expect(!t.columns.isEmpty, "\(name)")
            for row in t.rows { #expect(row.count == t.columns.count, "\(name)") }
        }
    }

    @Test func patternIDsArePrefixedAndUnique() {
        for (name, chart) in Samples.all() {
            let svg = chart.svg()
            var ids: [String] = []
            var rest = Substring(svg)
            while let r = rest.range(of: " id=\"") {
                rest = rest[r.upperBound...]
                ids.append(String(rest.prefix { $0 != "\"" }))
            }
            #expect(Set(ids).count == ids.count, "\(name): duplicate ids \(ids)")
            for id in ids { #expect(id.hasPrefix(chart.info.id + "-"), "\(name): \(id)") }
        }
    }
}

@Suite struct EscapingTests {
    static let hostile = "<script>alert(\"x\")</script> & 'quoted'"

    @Test func everyLabelOfEveryChartIsEscaped() {
        let charts = Samples.all { $0 + " " + Self.hostile }
        for (name, chart) in charts {
            let svg = chart.svg()
            #expect(!svg.contains("<script"), "\(name)")
            #expect(!svg.contains("\"x\""), "\(name)")
            #expect(!svg.contains("'quoted'"), "\(name)")
            #expect(svg.contains("&lt;script&gt;") || svg.contains("&lt;script…") || svg.contains("&lt;…") || svg.contains("…"), "\(name)")
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(name)")
            // Tables are plain strings (the site escapes them): the text survives intact.
            #expect(chart.table().caption.contains(Self.hostile), "\(name)")
        }
    }

    @Test func titleAndDescriptionAreEscaped() {
        let chart = Sparkline(info: ChartInfo(id: "x\"><script>", title: Self.hostile, description: Self.hostile), values: [1, 2])
        let svg = chart.svg()
        #expect(svg.contains("<title id=\"x---script--title\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</title>"))
        #expect(svg.contains("<desc id=\"x---script--desc\">&lt;script&gt;"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test func escapeAllFiveCharacters() {
        #expect(SVG.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        #expect(SVG.escape("\u{0}\u{8}ok\u{1F}") == "ok")
        #expect(SVG.escape("émoji 🚀") == "émoji 🚀")
    }

    @Test func attributesAreEscaped() {
        let e = SVGElement("text", ["class": .s("a\"b<c"), "x": 1.5], children: [.text("<b>")])
        #expect(e.render() == "<text class=\"a&quot;b&lt;c\" x=\"1.5\">&lt;b&gt;</text>")
    }

    /// Escaping as written before 2026-11-28, a byte at a time, kept as the oracle for the one
    /// that copies runs of plain bytes whole.
    static func oracle(_ text: String, apostrophe: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x26: out += "&amp;".utf8
            case 0x3C: out += "&lt;".utf8
            case 0x3E: out += "&gt;".utf8
            case 0x22: out += "&quot;".utf8
            case 0x27: out += apostrophe.utf8
            case 0x09, 0x0A, 0x0D: out.append(b)
            case ..<0x20: break
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// On 2,000 seeded strings mixing every special byte, U+FFFE/U+FFFF, a bare 0xEF lead byte
    /// and text: `SVG.escape` (both apostrophes) gives the oracle's text, and an element's
    /// attribute and text, escaped by the writer into its buffer, come out the same.
    @Test func escapingAsTheOracle() {
        let pieces = ["&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}",
                      "\u{F000}", "ï", "é", "🚀", "plain", " ", "x"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var long = 0
        for _ in 0..<2000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            // Every eighth text long (over 256 bytes: the long-text path), the others short.
            let count = state % 8 == 0 ? 200 + Int(state >> 58) * 8 : Int(state >> 60)
            for k in 0..<count {
                text += pieces[Int((state >> UInt64(4 * k % 56) &+ UInt64(k / 14)) % UInt64(pieces.count))]
            }
            if text.utf8.count >= 256 { long += 1 }
            let expected = Self.oracle(text, apostrophe: "&#39;")
            #expect(SVG.escape(text) == expected, "\(Array(text.utf8))")
            #expect(SVG.escape(text, apostrophe: "&apos;") == Self.oracle(text, apostrophe: "&apos;"))
            let e = SVGElement("t", ["a": .s(text)], children: [.text(text)])
            #expect(e.render() == "<t a=\"\(expected)\">\(expected)</t>")
        }
        #expect(long > 100)
    }

    /// A long text is copied eight bytes at a time where none needs anything: each special byte
    /// (and U+FFFE, a bare 0xEF, a tab and a line feed, which take the byte-by-byte path
    /// without being changed) at every offset of a word, in runs of plain text, and at the end.
    @Test func longTextsWithASpecialAtEachOffset() {
        let specials = ["&", "<", ">", "\"", "'", "\u{1}", "\u{FFFE}", "ï", "\t", "\n", "é", "🚀"]
        for special in specials {
            for offset in 0..<17 {
                for tail in [0, 1, 7, 8, 9] {
                    let text = String(repeating: "abcdefgh", count: 33) + String(repeating: "x", count: offset) + special
                        + String(repeating: "y", count: tail)
                    #expect(SVG.escape(text) == Self.oracle(text, apostrophe: "&#39;"), "\(special) \(offset) \(tail)")
                }
            }
        }
    }

    @Test func idsAreSanitised() {
        #expect(ChartInfo(id: "p1 evm", title: "t").id == "p1-evm")
        #expect(ChartInfo(id: "9lives", title: "t").id == "c9lives")
        #expect(ChartInfo(id: "", title: "t").id == "c")
    }
}
