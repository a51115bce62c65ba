/// A cursor over a template's characters (ported from swift-mustache's `Parser`, Apache-2.0).
struct TemplateScanner {
    struct Overflow: Error {}

    let buffer: String
    private(set) var position: String.Index

    init(_ string: String) {
        buffer = string
        position = string.startIndex
    }

    func reachedEnd() -> Bool { position == buffer.endIndex }
    func atStart() -> Bool { position == buffer.startIndex }

    func current() -> Character {
        reachedEnd() ? "\0" : buffer[position]
    }

    mutating func advance() { position = buffer.index(after: position) }
    mutating func retreat() { position = buffer.index(before: position) }
    mutating func setPosition(_ index: String.Index) { position = index }

    mutating func character() throws(Overflow) -> Character {
        guard !reachedEnd() else { throw Overflow() }
        let c = buffer[position]
        advance()
        return c
    }

    mutating func read(_ char: Character) throws(Overflow) -> Bool {
        let c = try character()
        guard c == char else {
            retreat()
            return false
        }
        return true
    }

    mutating func read(string: String) throws(Overflow) -> Bool {
        let initial = position
        guard !string.isEmpty else { return true }
        // At most `string.count` characters walked: measuring the whole rest of the template
        // on every call made parsing quadratic.
        guard let end = buffer.index(position, offsetBy: string.count, limitedBy: buffer.endIndex) else { throw Overflow() }
        guard buffer[position..<end] == string else {
            position = initial
            return false
        }
        position = end
        return true
    }

    mutating func read(until index: String.Index) -> Substring {
        let s = buffer[position..<index]
        position = index
        return s
    }

    @discardableResult
    mutating func read(until stop: (Character) -> Bool, throwOnOverflow: Bool = true) throws(Overflow) -> Substring {
        let start = position
        while !reachedEnd() {
            if stop(buffer[position]) { return buffer[start..<position] }
            advance()
        }
        if throwOnOverflow {
            position = start
            throw Overflow()
        }
        return buffer[start..<position]
    }

    @discardableResult
    mutating func read(untilString: String, throwOnOverflow: Bool = true, skipToEnd: Bool = false) throws(Overflow) -> Substring {
        guard !untilString.isEmpty else { return "" }
        let start = position
        var found = position
        var untilIndex = untilString.startIndex
        while !reachedEnd() {
            if buffer[position] == untilString[untilIndex] {
                if untilIndex == untilString.startIndex { found = position }
                untilIndex = untilString.index(after: untilIndex)
                if untilIndex == untilString.endIndex {
                    advance()
                    if !skipToEnd { position = found }
                    return buffer[start..<found]
                }
            } else {
                untilIndex = untilString.startIndex
            }
            advance()
        }
        if throwOnOverflow {
            position = start
            throw Overflow()
        }
        return buffer[start..<position]
    }

    @discardableResult
    mutating func read(while char: Character) -> Int {
        var count = 0
        while !reachedEnd(), buffer[position] == char {
            advance()
            count += 1
        }
        return count
    }

    @discardableResult
    mutating func read(while test: (Character) -> Bool) -> Substring {
        let start = position
        while !reachedEnd(), test(buffer[position]) { advance() }
        return buffer[start..<position]
    }

    /// Line and column (1-based) of the current position.
    func lineAndColumn() -> (line: Int, column: Int) {
        var scanner = self
        var column = 0
        while !scanner.atStart() {
            scanner.retreat()
            if scanner.current() == "\n" { break }
            column += 1
        }
        let line = buffer[buffer.startIndex..<position].filter(\.isNewline).count
        return (line + 1, column + 1)
    }
}
