/// YAML 1.1 tags, and the tag of a plain scalar without one, resolved as Yams' default
/// resolver (`Resolver.default`) resolves it — by hand, on the UTF-8 bytes, instead of its
/// seven regular expressions. Its rules, tried in this order, the first that matches the whole
/// text wins, else `str`:
///
///     bool       yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
///     int        [-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?(?:0|[1-9][0-9_]*)
///                | [-+]?0x[0-9a-fA-F_]+ | [-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+
///     float      [-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?
///                | \.[0-9_]+(?:[eE][-+][0-9]+)? | [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
///                | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)
///     merge      <<
///     null       ~|null|Null|NULL|(empty)
///     timestamp  [0-9]{4}-[0-9]{2}-[0-9]{2}
///                | [0-9]{4}-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9]{2}:[0-9]{2}
///                  (?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?
///     value      =
///
/// (The expressions are anchored `^…$`; ICU's `$` also matches before a final line break, but
/// a plain scalar never ends with one.) Each alternative is matched by one scan: every
/// repetition stops at a character it cannot take, which is what must follow it, so there is
/// nothing to backtrack. `YAMLDifferentialTests` checks this against Yams' resolver.
enum YAMLTag {
    static let str = "tag:yaml.org,2002:str"
    static let seq = "tag:yaml.org,2002:seq"
    static let map = "tag:yaml.org,2002:map"
    static let bool = "tag:yaml.org,2002:bool"
    static let int = "tag:yaml.org,2002:int"
    static let float = "tag:yaml.org,2002:float"
    static let null = "tag:yaml.org,2002:null"
    static let merge = "tag:yaml.org,2002:merge"
    static let timestamp = "tag:yaml.org,2002:timestamp"
    static let value = "tag:yaml.org,2002:value"

    /// The tag of a plain scalar written without one.
    static func resolve(plain text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            let s = Scan(bytes)
            if s.isBool { return bool }
            if s.isInt { return int }
            if s.isFloat { return float }
            if s.equals("<<") { return merge }
            if bytes.isEmpty || s.equals("~") || s.equals("null") || s.equals("Null") || s.equals("NULL") { return null }
            if s.isTimestamp { return timestamp }
            if s.equals("=") { return value }
            return str
        }
    }

    private struct Scan {
        let b: UnsafeBufferPointer<UInt8>
        init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

        func equals(_ word: StaticString) -> Bool {
            word.utf8CodeUnitCount == b.count && word.withUTF8Buffer { $0.elementsEqual(b) }
        }

        var isBool: Bool {
            guard b.count <= 5 else { return false }
            for word: StaticString in ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
                                       "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"]
            where equals(word) { return true }
            return false
        }

        // MARK: Pieces: each takes what it can from `i` and returns where it stopped.

        func byte(_ i: Int) -> UInt8? { i < b.count ? b[i] : nil }
        func has(_ i: Int, _ c: Character) -> Bool { byte(i) == c.asciiValue }
        static func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

        /// Past one optional `[-+]`.
        func sign(_ i: Int) -> Int { has(i, "-") || has(i, "+") ? i + 1 : i }

        /// Past the longest run of bytes satisfying `accept`.
        func run(_ i: Int, _ accept: (UInt8) -> Bool) -> Int {
            var j = i
            while j < b.count, accept(b[j]) { j += 1 }
            return j
        }

        func digitsOrUnderscores(_ i: Int) -> Int { run(i) { Self.digit($0) || $0 == 0x5F } }

        /// `(?::[0-5]?[0-9])+` from `i`: each group is `:` and one digit, or two digits of
        /// which the first is 0–5 (what follows a group is `:`, `.` or the end, never a digit,
        /// so the run of digits after a colon is the whole group). nil unless one group at least.
        func sexagesimal(_ i: Int) -> Int? {
            var j = i, groups = 0
            while has(j, ":") {
                let end = run(j + 1, Self.digit)
                switch end - (j + 1) {
                case 1: break
                case 2 where b[j + 1] <= 0x35: break
                default: return nil
                }
                j = end
                groups += 1
            }
            return groups > 0 ? j : nil
        }

        // MARK: Rules

        var isInt: Bool {
            let n = b.count
            let s = sign(0)
            // [-+]?0b[0-1_]+
            if has(s, "0"), has(s + 1, "b"), s + 2 < n, run(s + 2, { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F }) == n { return true }
            // [-+]?0o?[0-7_]+
            if has(s, "0") {
                let from = has(s + 1, "o") ? s + 2 : s + 1
                if from < n, run(from, { ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F }) == n { return true }
                // without the `o`, an `o` could not be among [0-7_]: nothing else to try
            }
            // [-+]?(?:0|[1-9][0-9_]*)
            if has(s, "0"), s + 1 == n { return true }
            if let c = byte(s), c >= 0x31, c <= 0x39, digitsOrUnderscores(s + 1) == n { return true }
            // [-+]?0x[0-9a-fA-F_]+
            if has(s, "0"), has(s + 1, "x"), s + 2 < n,
               run(s + 2, { Self.digit($0) || ($0 >= 0x61 && $0 <= 0x66) || ($0 >= 0x41 && $0 <= 0x46) || $0 == 0x5F }) == n {
                return true
            }
            // [-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+
            if let c = byte(s), c >= 0x31, c <= 0x39, sexagesimal(digitsOrUnderscores(s + 1)) == n { return true }
            return false
        }

        var isFloat: Bool {
            let n = b.count
            let s = sign(0)
            // [-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?
            if let c = byte(s), Self.digit(c) {
                var j = digitsOrUnderscores(s + 1)
                if has(j, ".") { j = digitsOrUnderscores(j + 1) }
                if has(j, "e") || has(j, "E") {
                    let from = sign(j + 1)
                    let end = run(from, Self.digit)
                    if end > from { j = end }
                }
                if j == n { return true }
            }
            // \.[0-9_]+(?:[eE][-+][0-9]+)?
            if has(0, ".") {
                var j = digitsOrUnderscores(1)
                if j > 1 {
                    if has(j, "e") || has(j, "E"), has(j + 1, "-") || has(j + 1, "+") {
                        let end = run(j + 2, Self.digit)
                        if end > j + 2 { j = end }
                    }
                    if j == n { return true }
                }
            }
            // [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
            if let c = byte(s), Self.digit(c), let j = sexagesimal(digitsOrUnderscores(s + 1)), has(j, "."),
               digitsOrUnderscores(j + 1) == n {
                return true
            }
            // [-+]?\.(?:inf|Inf|INF)
            if has(s, "."), n - s == 4 {
                let word = Array(b[(s + 1)...])
                if word == Array("inf".utf8) || word == Array("Inf".utf8) || word == Array("INF".utf8) { return true }
            }
            // \.(?:nan|NaN|NAN)
            return equals(".nan") || equals(".NaN") || equals(".NAN")
        }

        var isTimestamp: Bool {
            let n = b.count
            func digits(_ i: Int, _ count: Int) -> Bool { i + count <= n && (i..<(i + count)).allSatisfy { Self.digit(b[$0]) } }
            // [0-9]{4}-
            guard digits(0, 4), has(4, "-") else { return false }
            // [0-9]{2}-[0-9]{2], the whole text
            if n == 10, digits(5, 2), has(7, "-"), digits(8, 2) { return true }
            // [0-9][0-9]?-[0-9][0-9]?
            func oneOrTwo(_ i: Int) -> Int? {
                guard digits(i, 1) else { return nil }
                return digits(i + 1, 1) ? i + 2 : i + 1
            }
            guard let month = oneOrTwo(5), has(month, "-"), let day = oneOrTwo(month + 1) else { return false }
            // (?:[Tt]|[ \t]+)
            var j = day
            if has(j, "T") || has(j, "t") {
                j += 1
            } else {
                j = run(j) { $0 == 0x20 || $0 == 0x09 }
                guard j > day else { return false }
            }
            // [0-9][0-9]?:[0-9]{2}:[0-9]{2}
            guard let hour = oneOrTwo(j), has(hour, ":"), digits(hour + 1, 2), has(hour + 3, ":"), digits(hour + 4, 2) else {
                return false
            }
            j = hour + 6
            // (?:\.[0-9]*)?
            if has(j, ".") { j = run(j + 1, Self.digit) }
            if j == n { return true }
            // (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?
            j = run(j) { $0 == 0x20 || $0 == 0x09 }
            if has(j, "Z") { return j + 1 == n }
            guard has(j, "-") || has(j, "+"), let zone = oneOrTwo(j + 1) else { return false }
            if zone == n { return true }
            return has(zone, ":") && digits(zone + 1, 2) && zone + 3 == n
        }
    }
}
