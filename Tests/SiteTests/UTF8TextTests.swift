import Testing
@testable import Site

/// `UTF8Text.find`, which the board pack's assembly and heading levels use to find ASCII markers
/// in rendered pages. Positions counted by hand.
@Suite struct UTF8TextTests {
    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func findsTheFirstMatchFromAPosition() {
        let hay = Self.bytes("<h2>é</h2><h2 id=x>")  // é is 2 bytes: "<h2>" 0–3, é 4–5, "</h2>" 6–10, "<h2 " at 11
        #expect(UTF8Text.find("<h2", in: hay) == 0)
        #expect(UTF8Text.find("<h2", in: hay, from: 1) == 11)
        #expect(UTF8Text.find("</h2>", in: hay) == 6)
        #expect(UTF8Text.find("<h2 id=x>", in: hay) == 11)  // ends at the last byte
        #expect(UTF8Text.find("<h3", in: hay) == nil)
        #expect(UTF8Text.find("<h2", in: hay, from: 12) == nil)
    }

    @Test func partialMatchesAndEdges() {
        #expect(UTF8Text.find("aab", in: Self.bytes("aaab")) == 1)  // a false start at 0
        #expect(UTF8Text.find("ab", in: Self.bytes("a")) == nil)    // needle longer than the text
        #expect(UTF8Text.find("x", in: Self.bytes("abcx")) == 3)
        #expect(UTF8Text.find("", in: Self.bytes("abc")) == nil)
        #expect(UTF8Text.find("abc", in: Self.bytes("abc"), from: 4) == nil)
    }
}
