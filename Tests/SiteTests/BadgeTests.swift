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
