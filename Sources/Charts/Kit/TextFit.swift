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
        var total = 0.0
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a byte is a character, except "\r\n", which is one.
            var previousCR = false
            for b in text.utf8 {
                if b == 0x0A && previousCR { previousCR = false; continue }
                previousCR = b == 0x0D
                total += asciiUnits(b)
            }
            return total
        }
        for c in text { total += units(of: c) }
        return total
    }

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
