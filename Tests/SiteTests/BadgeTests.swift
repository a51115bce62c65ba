import Narrative
import Portfolio
@testable import Site
import Testing

@Suite struct BadgeTests {
    @Test func ragShowsColourLetterAndWords() {
        let badge = BadgeModel(rating: .rag(.amberRed))
        #expect(badge.coloured && badge.letter == "AR" && badge.label == "Amber/Red" && badge.key == "amber-red")
    }

    @Test func withheldAndNotRatedAreWordsWithTheirNote() {
        let withheld = BadgeModel(rating: .withheld(note: "FOI exemption"))
        #expect(!withheld.coloured && withheld.letter.isEmpty && withheld.label == "Withheld")
        #expect(withheld.hasNote && withheld.note == "FOI exemption")
        let notRated = BadgeModel(rating: .notRated(note: nil))
        #expect(!notRated.coloured && notRated.label == "Not rated" && !notRated.hasNote)
    }

    @Test func missingIsNotReported() {
        let badge = BadgeModel(rating: nil)
        #expect(!badge.coloured && badge.label == "Not reported" && badge.key == "not-reported")
    }
}

@Suite struct HeadingLevelTests {
    /// `placing` and `demote` as written before 2026-11-28 (a search per level, then a
    /// byte-by-byte pass), kept as the oracle for the one-pass version.
    static func oracleDemote(_ html: String, by shift: Int) -> String {
        guard shift > 0 else { return html }
        var bytes = Array(html.utf8)
        var changed = false, i = 0
        while i < bytes.count {
            guard bytes[i] == 0x3C else { i += 1; continue }
            let tag = i + (i + 1 < bytes.count && bytes[i + 1] == 0x2F ? 2 : 1)
            if tag + 2 < bytes.count, bytes[tag] == 0x68 || bytes[tag] == 0x48, (0x31...0x36).contains(bytes[tag + 1]),
               bytes[tag + 2] == 0x3E || bytes[tag + 2] == 0x20 {
                bytes[tag] = 0x68
                bytes[tag + 1] = 0x31 + UInt8(min(6, Int(bytes[tag + 1] - 0x31) + 1 + shift) - 1)
                changed = true
                i = tag + 2
            } else {
                i += 1
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : html
    }

    static func oraclePlacing(_ html: String, topAt level: Int) -> String {
        guard let top = (1...6).first(where: { html.contains("<h\($0)>") || html.contains("<h\($0) ") }) else { return html }
        return oracleDemote(html, by: level - top)
    }

    /// The one-pass version gives the oracle's text on fragments dense with tags, near-tags and
    /// cut-off tags (`<h7>`, `<H2>`, `</h3 `, `<h`, `<<h2>`, `<hr>`), for every target level.
    @Test func onePassSameAsTheOracle() {
        let pieces = ["<h1>", "<h2 id=\"x\">", "</h2>", "<H3>", "</h3 ", "<h7>", "<h", "<", "<<h2>", "<hr>", "<h6>", "</h6>",
                      "text", " ", "é", "<p>", "</p>", "<h4", "h5>", "<h5>", "\n"]
        var state: UInt64 = 5
        var mismatches = 0
        for _ in 0..<3_000 {
            var html = ""
            for _ in 0..<Int(state >> 61) + 1 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                html += pieces[Int(state >> 58) % pieces.count]
            }
            for level in 1...4 where HeadingLevels.placing(html, topAt: level) != Self.oraclePlacing(html, topAt: level) { mismatches += 1 }
            for shift in 0...3 where HeadingLevels.demote(html, by: shift) != Self.oracleDemote(html, by: shift) { mismatches += 1 }
        }
        #expect(mismatches == 0)
        // By hand: a narrative starting at `##` placed at level 3 moves everything down one.
        #expect(HeadingLevels.placing("<h2>A</h2><h3 id=\"b\">B</h3>", topAt: 3) == "<h3>A</h3><h4 id=\"b\">B</h4>")
        // An upper-case `<H1>` moves with the rest but does not count as the highest (`<h2>` does).
        #expect(HeadingLevels.placing("<H1>A</H1><h2>B</h2>", topAt: 3) == "<h2>A</h2><h3>B</h3>")
    }

    @Test func narrativeHeadingsMoveBelowThePageSections() {
        #expect(HeadingLevels.demote("<h1>A</h1>\n<h2 id=\"x\">B</h2><p>a<b>h</b> <hr></p><h5>C</h5>", by: 2)
                == "<h3>A</h3>\n<h4 id=\"x\">B</h4><p>a<b>h</b> <hr></p><h6>C</h6>")
        #expect(HeadingLevels.demote("<p>no headings</p>", by: 2) == "<p>no headings</p>")
    }

    @Test func aMarkdownTitleDoesNotAddASecondH1() throws {
        var portfolio = SamplePortfolio.make()
        portfolio.info.body = "# Board summary\n\nText."
        let home = try #require(SiteRenderer(portfolio: portfolio).render().text("index.html"))
        #expect(occurrences(of: "<h1", in: home) == 1)
        #expect(home.contains("<h3>Board summary</h3>"))
    }
}
