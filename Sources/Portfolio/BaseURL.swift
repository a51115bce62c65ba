/// The forms `base_url` (SPEC §2.1) may take. Every link of the site starts with it, so a
/// `javascript:` or `data:` value would turn every link into a script (docs/security.md).
public enum BaseURL {
    /// "" (relative links), an absolute `http://` or `https://` URL, or a path from the host's
    /// root (`/pmo/`); without spaces, control characters, quotes, `<`, `>` or backslashes.
    public static func isValid(_ url: String) -> Bool {
        if url.isEmpty { return true }
        let lower = url.lowercased()
        guard (lower.hasPrefix("https://") && lower.count > 8) || (lower.hasPrefix("http://") && lower.count > 7)
                || url.hasPrefix("/") else { return false }
        return !url.unicodeScalars.contains { c in
            c.value <= 0x20 || (0x7F...0x9F).contains(c.value) || c == "\"" || c == "<" || c == ">" || c == "\\" || c == "`"
        }
    }

    public static let rule = "`base_url` must be empty, an http:// or https:// URL, or a path starting with `/`"
}
