/// Estimates text width without measuring fonts (the chart never sees one), and shortens long
/// labels with an ellipsis. The estimate is deliberately generous, so labels rarely overflow.
public enum TextFit {
    /// Average advance of a character, as a share of the font size, for a sans-serif face.
    static let averageAdvance = 0.58

    /// Estimated width of `text` at `fontSize` (wide characters count double).
    public static func width(_ text: String, fontSize: Double) -> Double {
        units(text) * averageAdvance * fontSize
    }

    /// `text` shortened with `…` to fit `maxWidth`, and whether it was shortened.
    public static func fit(_ text: String, maxWidth: Double, fontSize: Double) -> (text: String, truncated: Bool) {
        guard width(text, fontSize: fontSize) > maxWidth else { return (text, false) }
        // The same sums, in the same order, as measuring `kept + c + "…"` afresh each time.
        let ellipsis = units(of: "…")
        var kept = "", keptUnits = 0.0
        for c in text {
            let u = units(of: c)
            if (keptUnits + u + ellipsis) * averageAdvance * fontSize > maxWidth { break }
            kept.append(c)
            keptUnits += u
        }
        while kept.last == " " { kept.removeLast() }
        return (kept + "…", true)
    }

    /// Width of `text` in average advances: the sum of each character's share, left to right.
    static func units(_ text: String) -> Double {
        // ASCII (nearly every label): a byte is a character, except "\r\n", which is one; read
        // in one pass over the bytes where they lie, each byte's share from a table. (Asking
        // the UTF-8 view whether all bytes were ASCII, then walking it again, and a `switch`
        // per byte, were half a per cent of a build.) At the first other byte, the other paths.
        var text = text
        let ascii: Double? = text.withUTF8 { bytes in
            asciiTable.withUnsafeBufferPointer { table in
                var total = 0.0, previousCR = false
                for b in bytes {
                    guard b < 0x80 else { return nil }
                    if b == 0x0A && previousCR { previousCR = false; continue }
                    previousCR = b == 0x0D
                    total += table[Int(b)]
                }
                return total
            }
        }
        if let ascii { return ascii }
        if let sum = singleScalarUnits(text) { return sum }
        return characterUnits(text)
    }

    /// `asciiUnits` of every ASCII byte.
    private static let asciiTable: [Double] = (0..<128).map { asciiUnits(UInt8($0)) }

    /// `units` Character by Character: every text it is asked about, and the tests' oracle.
    static func characterUnits(_ text: String) -> Double {
        var total = 0.0
        for c in text { total += units(of: c) }
        return total
    }

    /// `units` of a text whose every scalar is a Character of its own, or nil for another text.
    /// Scalars below U+0300 (no combining marks, joiners or other grapheme extenders there),
    /// dashes, quotes and the ellipsis (U+2010–U+2027), the narrow no-break space and the rest
    /// of that punctuation block (U+202F–U+205E) and the currency signs (U+20A0–U+20CF) each
    /// stand alone; a CR LF pair is one Character, as on the ASCII path. Money in pounds or euros
    /// and dates with a dash reach this instead of breaking the text into Characters (a
    /// hundredth of a build), with the same sums in the same order.
    static func singleScalarUnits(_ text: String) -> Double? {
        var total = 0.0
        var previousCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard v < 0x300 || (0x2010...0x2027).contains(v) || (0x202F...0x205E).contains(v) || (0x20A0...0x20CF).contains(v) else {
                return nil
            }
            if v == 0x0A && previousCR { previousCR = false; continue }
            previousCR = v == 0x0D
            // As `units(of:)` for that scalar as a Character: from a table it filled below U+0300.
            if v >= 0x1100 { total += 1.7 } else if v < 0x80 { total += asciiUnits(UInt8(v)) } else { total += latinUnits[Int(v) - 0x80] }
        }
        return total
    }

    /// `units(of:)` of U+0080 … U+02FF, each as a Character of its own.
    private static let latinUnits: [Double] = (0x80..<0x300).map { units(of: Character(Unicode.Scalar($0)!)) }

    static func units(of c: Character) -> Double {
        let scalars = c.unicodeScalars
        let v = scalars.first?.value ?? 0
        if v >= 0x1100 { return 1.7 }                                  // CJK, emoji: about a full em
        if v < 0x80 && scalars.count == 1 { return asciiUnits(UInt8(v)) }
        if "iljtf.,;:'|!() ".contains(c) { return 0.55 }             // narrow glyphs
        if "mwMW@%".contains(c) { return 1.5 }                       // wide glyphs
        return c.isUppercase ? 1.2 : 1
    }

    private static func asciiUnits(_ b: UInt8) -> Double {
        switch b {
        case UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "j"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "."),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "'"), UInt8(ascii: "|"), UInt8(ascii: "!"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: " "):
            return 0.55
        case UInt8(ascii: "m"), UInt8(ascii: "w"), UInt8(ascii: "M"), UInt8(ascii: "W"), UInt8(ascii: "@"), UInt8(ascii: "%"):
            return 1.5
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return 1.2
        default:
            return 1
        }
    }
}
