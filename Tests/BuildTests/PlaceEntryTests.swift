import Site
import Testing
@testable import Build

/// `PlaceEntry.complete` gives what grouping the places by source and sorting them gave
/// (`PlaceEntry.sorted(NarrativePlace.complete(_:))`), on seeded random lists of places with
/// sources missing a form, sources with a form twice, and sources that sort differently as
/// paths than as project ids (`a-b/` before `a/`).
@Suite struct PlaceEntryTests {
    @Test func pairingInOnePassGivesWhatGroupingGave() {
        var random = SplitMix64(seed: 42)
        let ids = ["a", "a-b", "b", "ab", "a.b", "z", "é", "a0"]
        for round in 0..<200 {
            var places: [NarrativePlace] = []
            for _ in 0..<Int.random(in: 0..<60, using: &random) {
                let source = "content/projects/\(ids.randomElement(using: &random)!)/status/2026-0\(Int.random(in: 1...6, using: &random))-28.md"
                let form: NarrativePlace.Form = Bool.random(using: &random) ? .html : .xml
                places.append(NarrativePlace(source: source, output: form == .html ? source + ".html" : "feed.xml",
                                             offset: Int.random(in: 0..<10_000, using: &random), length: 10, form: form))
            }
            if round % 2 == 0 { places.sort { $0.form == .html && $1.form == .xml } }  // pages first, then the feed, as a build
            #expect(PlaceEntry.complete(places) == PlaceEntry.sorted(NarrativePlace.complete(places)), "round \(round)")
        }
    }
}

extension SplitMix64: RandomNumberGenerator {}
