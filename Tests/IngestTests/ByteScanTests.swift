@testable import Ingest
import Testing

/// `ByteScan`'s word-at-a-time searches against the plain byte-by-byte loop they replace.
@Suite struct ByteScanTests {
    /// The byte-by-byte answers (the oracle).
    static func naiveIndex(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        (start..<bytes.count).first { bytes[$0] == byte }
    }

    static func naiveNotText(in bytes: [UInt8], from start: Int) -> Int? {
        (start..<bytes.count).first { b in (bytes[b] < 0x20 && ![0x09, 0x0A, 0x0D].contains(bytes[b])) || bytes[b] >= 0x7F }
    }

    /// Each boundary byte at each position of buffers of 0–20 bytes, in a field of `x`: the
    /// first position the naive loop finds. (Positions 7, 8 and 15, 16 are the words' edges.)
    @Test func everyPositionAndBoundaryByte() {
        for count in 0...20 {
            for position in 0..<max(count, 1) where count > 0 {
                for special: UInt8 in [0x00, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x1F, 0x20, 0x2A, 0x7E, 0x7F, 0x80, 0x89, 0x8A, 0x8D, 0xC2, 0xEF, 0xFF] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: count)
                    bytes[position] = special
                    bytes.withUnsafeBufferPointer { b in
                        for start in 0...count {
                            #expect(ByteScan.firstIndex(of: special, in: b, from: start) == Self.naiveIndex(of: special, in: bytes, from: start))
                            #expect(ByteScan.firstIndex(of: 0x0A, in: b, from: start) == Self.naiveIndex(of: 0x0A, in: bytes, from: start))
                            #expect(ByteScan.firstNotText(in: b, from: start) == Self.naiveNotText(in: bytes, from: start))
                        }
                    }
                }
            }
        }
    }

    /// Random buffers, mostly printable ASCII and line breaks with some of every other byte.
    @Test func randomBuffers() {
        var random = SampleRandom(seed: 3)
        for _ in 0..<3_000 {
            // Line breaks and tabs often (several to a word, which the scan passes), any byte at times.
            let bytes = (0..<random.int(0...70)).map { _ -> UInt8 in
                if random.chance(0.8) { return UInt8(random.int(0x20...0x7E)) }
                return random.chance(0.5) ? [0x09, 0x0A, 0x0D][random.int(0...2)] : UInt8(random.int(0...255))
            }
            let start = random.int(0...bytes.count)
            let target = UInt8(random.int(0...255))
            bytes.withUnsafeBufferPointer { b in
                #expect(ByteScan.firstIndex(of: target, in: b, from: start) == Self.naiveIndex(of: target, in: bytes, from: start))
                #expect(ByteScan.firstNotText(in: b, from: start) == Self.naiveNotText(in: bytes, from: start))
            }
        }
    }

    /// The control-character check built on it, by hand: the byte offset of the first
    /// character that is not text (tab, LF, CR and printable text are).
    @Test func controlCharactersByHand() {
        func first(_ bytes: [UInt8]) -> Int? { SourceText.firstControlCharacter(in: bytes[...]) }
        #expect(first(Array("abc\tdef\r\nghijklmnopqrstuvwxyz".utf8)) == nil)
        #expect(first(Array("abcdefghijklmnop\u{1}".utf8)) == 16)
        #expect(first(Array("abcdefgh\u{7F}".utf8)) == 8)
        #expect(first(Array("£ and €, fine: \u{85}".utf8)) == 18)   // £ 2 bytes, " and " 5, € 3, ", fine: " 8: NEL (C2 85) at 18
        #expect(first(Array("1234567\u{FFFE}".utf8)) == 7)
        #expect(first(Array("1234567\u{FFFD}".utf8)) == nil)        // the replacement character is text
        #expect(ByteScan.contains(13, in: "a\r") && !ByteScan.contains(13, in: "a\nb"))
    }
}
