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
