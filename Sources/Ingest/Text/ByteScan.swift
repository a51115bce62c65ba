/// Searches in UTF-8 bytes eight at a time: a word of eight bytes is tested at once (SWAR,
/// "SIMD within a register") and only a word that may hold what is looked for is looked at
/// byte by byte. Each test below is exact about whether the word holds such a byte, so the
/// answers are those of a byte-by-byte scan.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always) private static func word(_ base: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
    }

    /// Whether some byte of `w` is below `n` (n ≤ 128): subtracting n from each byte borrows
    /// into its top bit exactly when the byte was below n (and its top bit was clear).
    @inline(__always) static func hasByte(below n: UInt8, in w: UInt64) -> Bool {
        (w &- ones &* UInt64(n)) & ~w & highs != 0
    }

    /// Whether some byte of `w` is 0x7F or above: its top bit is set, or adding 1 sets it.
    /// (A carry out of an 0xFF byte only reaches a word that already answers yes.)
    @inline(__always) static func hasByte(atLeast7F w: UInt64) -> Bool {
        (w | (w &+ ones)) & highs != 0
    }

    /// The index of the first `byte` in `bytes` at or after `start`.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let pattern = ones &* UInt64(byte)
        var i = start
        while i + 8 <= bytes.count, !hasByte(below: 1, in: word(base, i) ^ pattern) { i += 8 }
        while i < bytes.count {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// Whether `text`'s UTF-8 holds `byte`.
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { firstIndex(of: byte, in: $0) != nil }
    }

    /// The index of the first byte of `bytes` at or after `start` that could start a character
    /// that is not text: below 0x20 but for tab, line feed and carriage return, or 0x7F and
    /// above. Words of printable ASCII and line breaks are skipped whole (stopping at every
    /// line end, as a scan for any byte below 0x20 did, was a stop every sixty bytes).
    static func firstNotText(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var i = start
        while i + 8 <= bytes.count {
            let flags = notText(word(base, i))
            if flags != 0 { return i + flags.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < bytes.count {
            let b = bytes[i]
            if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b >= 0x7F { return i }
            i += 1
        }
        return nil
    }

    /// The top bit of each byte of `w` that `firstNotText` stops at, and no other. Each test is
    /// exact byte by byte (no carry crosses a byte: a byte's low seven bits plus at most 0x7F
    /// stay below 0x100), so the lowest flag is the first such byte.
    @inline(__always) static func notText(_ w: UInt64) -> UInt64 {
        let low = w & ~highs  // each byte's low seven bits
        @inline(__always) func equal(_ c: UInt8) -> UInt64 {
            let y = w ^ (ones &* UInt64(c))
            return ~(((y & ~highs) &+ ~highs) | y) & highs
        }
        let below20 = ~((low &+ ones &* 0x60) | w) & highs
        return (below20 & ~equal(0x09) & ~equal(0x0A) & ~equal(0x0D)) | (w & highs) | equal(0x7F)
    }
}
