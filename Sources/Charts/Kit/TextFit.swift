/// Estimates text width without measuring fonts (the chart never sees one), and shortens long
/// labels with an ellipsis. The estimate is deliberately generous, so labels rarely overflow.
public enum TextFit {
    /// Average advance of a character, as a share of the font size, for a sans-serif face.
    static let averageAdvance = 0.58

    /// Estimated width of `text` at `fontSize` (wide characters count double).
    public static func width(_ text: String, fontSize: Double) -> Double {
        var units = 0.0
        for c in text {
            let v = c.unicodeScalars.first?.value ?? 0
            if v >= 0x1100 { units += 1.7 }                               // CJK, emoji: about a full em
            else if "iljtf.,;:'|!() ".contains(c) { units += 0.55 }     // narrow glyphs
            else if "mwMW@%".contains(c) { units += 1.5 }               // wide glyphs
            else if c.isUppercase { units += 1.2 }
            else { units += 1 }
        }
        return units * averageAdvance * fontSize
    }

    /// `text` shortened with `…` to fit `maxWidth`, and whether it was shortened.
    public static func fit(_ text: String, maxWidth: Double, fontSize: Double) -> (text: String, truncated: Bool) {
        guard width(text, fontSize: fontSize) > maxWidth else { return (text, false) }
        var kept = ""
        for c in text {
            if width(kept + String(c) + "…", fontSize: fontSize) > maxWidth { break }
            kept.append(c)
        }
        while kept.last == " " { kept.removeLast() }
        return (kept + "…", true)
    }
}
