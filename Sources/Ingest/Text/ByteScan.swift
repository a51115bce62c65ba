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

    /// The index of the first byte of `bytes` that could start a control character: below
    /// 0x20 or 0x7F and above. Printable ASCII words are skipped whole.
    static func firstNotPrintableASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var i = start
        while i + 8 <= bytes.count {
            let w = word(base, i)
            if hasByte(below: 0x20, in: w) || hasByte(atLeast7F: w) { break }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] < 0x20 || bytes[i] >= 0x7F { return i }
            i += 1
        }
        return nil
    }
}
