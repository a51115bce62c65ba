// Ported from hummingbird-project/swift-mustache 2.x `Template+Parser.swift` (Apache-2.0),
// so that templates written for it — including the site's `layouts/` overrides — parse and
// lay out their whitespace exactly as before.

extension Template {
    private struct ParserState {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var startDelimiter = "{{"
        var endDelimiter = "}}"
        var partialDefinitionIndent: Substring?

        func withSectionName(_ name: String, newLine: Bool, transforms: [String] = []) -> ParserState {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> ParserState {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }

        func withDelimiters(start: String, end: String) -> ParserState {
            var state = self
            state.startDelimiter = start
            state.endDelimiter = end
            state.isPartialDefinitionTopLevel = false
            return state
        }
    }

    private typealias Reason = TemplateParseError.Reason
    private struct Failure: Error { let reason: Reason }

    static func parse(_ string: String) throws(TemplateParseError) -> Template {
        var scanner = TemplateScanner(string)
        do {
            return try parse(&scanner, state: ParserState())
        } catch {
            let (line, column) = scanner.lineAndColumn()
            throw TemplateParseError(reason: (error as? Failure)?.reason ?? .unfinishedName, line: line, column: column)
        }
    }

    private static func parse(_ scanner: inout TemplateScanner, state: ParserState) throws -> Template {
        var tokens: [Token] = []
        var state = state
        var whiteSpaceBefore: Substring = ""
        while !scanner.reachedEnd() {
            if state.newLine {
                let whiteSpace = scanner.read(while: { $0 == " " || $0 == "\t" })
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = whiteSpace.dropFirst(indent.count)
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilDelimiterOrNewline(&scanner, state: state)
            if scanner.current().isNewline {
                tokens.append(.text(Array((String(whiteSpaceBefore) + text + String(scanner.current())).utf8)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(Array((String(whiteSpaceBefore) + text).utf8)))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.reachedEnd() { break }
            var setNewLine = false
            switch scanner.current() {
            case "#", "^":
                let inverted = scanner.current() == "^"
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(Array(whiteSpaceBefore.utf8)))
                    whiteSpaceBefore = ""
                }
                let section = try parse(&scanner, state: state.withSectionName(name, newLine: setNewLine, transforms: transforms))
                tokens.append(inverted ? .invertedSection(name: TagName(name), transforms: transforms, template: section)
                                       : .section(name: TagName(name), transforms: transforms, template: section))

            case "/":
                scanner.advance()
                let position = scanner.position
                let (name, transforms) = try parseName(&scanner, state: state)
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    scanner.setPosition(position)
                    throw Failure(reason: .sectionCloseNameIncorrect)
                }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(Array(whiteSpaceBefore.utf8)))
                    whiteSpaceBefore = ""
                }
                return Template(tokens)

            case "!":
                scanner.advance()
                do {
                    try scanner.read(untilString: state.endDelimiter, throwOnOverflow: true, skipToEnd: true)
                } catch {
                    throw Failure(reason: .unfinishedName)
                }
                setNewLine = isStandalone(&scanner, state: state)

            case "{":
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(Array(whiteSpaceBefore.utf8)))
                    whiteSpaceBefore = ""
                }
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                guard (try? scanner.read("}")) == true else { throw Failure(reason: .unfinishedName) }
                tokens.append(.unescapedVariable(name: TagName(name), transforms: transforms))

            case "&":
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(Array(whiteSpaceBefore.utf8)))
                    whiteSpaceBefore = ""
                }
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                tokens.append(.unescapedVariable(name: TagName(name), transforms: transforms))

            case ">":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                var dynamic = false
                if scanner.current() == "*" {
                    scanner.advance()
                    dynamic = true
                }
                let name = try parsePartialName(&scanner, state: state)
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(Array(whiteSpaceBefore.utf8))) }
                let indentation: String? = isStandalone(&scanner, state: state) ? String(whiteSpaceBefore) : nil
                if indentation != nil { setNewLine = true }
                tokens.append(dynamic ? .dynamicNamePartial(name, indentation: indentation, inherits: nil)
                                      : .partial(name, indentation: indentation, inherits: nil))
                whiteSpaceBefore = ""

            case "<":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                let sectionName = try parsePartialName(&scanner, state: state)
                let dynamic = sectionName.first == "*"
                let name = dynamic ? String(sectionName.dropFirst()) : sectionName
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(Array(whiteSpaceBefore.utf8))) }
                if isStandalone(&scanner, state: state) { setNewLine = true }
                let section = try parse(&scanner, state: state.withInheritancePartial(sectionName))
                var inherit: [String: Template] = [:]
                for token in section.tokens {
                    switch token {
                    case .blockDefinition(let name, let template): inherit[name] = template
                    case .text, .literal: break
                    default: throw Failure(reason: .illegalTokenInsideInheritSection)
                    }
                }
                tokens.append(dynamic ? .dynamicNamePartial(name, indentation: String(whiteSpaceBefore), inherits: inherit)
                                      : .partial(name, indentation: String(whiteSpaceBefore), inherits: inherit))
                whiteSpaceBefore = ""

            case "$":
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                guard transforms.isEmpty else { throw Failure(reason: .transformAppliedToInheritanceSection) }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(&scanner, state: state) { setNewLine = true }
                    let section = try parse(&scanner, state: state.withSectionName(name, newLine: setNewLine))
                    tokens.append(.blockDefinition(name: name, template: section))
                } else {
                    if !whiteSpaceBefore.isEmpty { tokens.append(.text(Array(whiteSpaceBefore.utf8))) }
                    if isStandalone(&scanner, state: state) { setNewLine = true }
                    let section = try parse(&scanner, state: state.withSectionName(name, newLine: setNewLine))
                    tokens.append(.blockExpansion(name: name, default: section, indentation: String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }

            case "=":
                scanner.advance()
                state = try setDelimiter(&scanner, state: state)
                setNewLine = isStandalone(&scanner, state: state)

            case "%":
                scanner.advance()
                tokens.append(try configVariable(&scanner, state: state))
                setNewLine = isStandalone(&scanner, state: state)

            default:
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(Array(whiteSpaceBefore.utf8)))
                    whiteSpaceBefore = ""
                }
                let (name, transforms) = try parseName(&scanner, state: state)
                tokens.append(.variable(name: TagName(name), transforms: transforms))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Failure(reason: .expectedSectionEnd) }
        return Template(tokens)
    }

    /// Text up to the start delimiter of a tag (consumed) or a newline (not consumed).
    private static func readUntilDelimiterOrNewline(_ scanner: inout TemplateScanner, state: ParserState) throws -> String {
        guard let first = state.startDelimiter.first else { return "" }
        var total = ""
        while !scanner.reachedEnd() {
            total += try scanner.read(until: { $0 == "\n" || $0 == "\r\n" || $0 == first }, throwOnOverflow: false)
            if scanner.current().isNewline {
                break
            } else if scanner.current() == first {
                if try scanner.read(string: state.startDelimiter) { break }
                total.append(first)
                scanner.advance()
            }
        }
        return total
    }

    private static let nameCharsWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// A tag's name and its transforms (`empty(list)` → `("list", ["empty"])`).
    private static func parseName(_ scanner: inout TemplateScanner, state: ParserState) throws -> (String, [String]) {
        scanner.read(while: \.isWhitespace)
        let text = String(scanner.read(while: { nameChars.contains($0) }))
        scanner.read(while: \.isWhitespace)
        guard (try? scanner.read(string: state.endDelimiter)) == true else { throw Failure(reason: .unfinishedName) }

        var nameScanner = TemplateScanner(text)
        let name = nameScanner.read(while: { nameCharsWithoutBrackets.contains($0) })
        if nameScanner.reachedEnd() { return (text, []) }
        guard nameScanner.current() == "(" else { throw Failure(reason: .unfinishedName) }
        nameScanner.advance()
        var transforms = [String(name)]
        while true {
            let inner = nameScanner.read(while: { nameCharsWithoutBrackets.contains($0) })
            switch nameScanner.current() {
            case ")":
                nameScanner.advance()
                guard nameScanner.read(while: ")") + 1 == transforms.count, nameScanner.reachedEnd() else {
                    throw Failure(reason: .unfinishedName)
                }
                return (String(inner), transforms)
            case "(":
                nameScanner.advance()
                transforms.append(String(inner))
            default:
                throw Failure(reason: .unfinishedName)
            }
        }
    }

    private static func parsePartialName(_ scanner: inout TemplateScanner, state: ParserState) throws -> String {
        scanner.read(while: \.isWhitespace)
        let text = String(scanner.read(while: { partialNameChars.contains($0) }))
        scanner.read(while: \.isWhitespace)
        guard (try? scanner.read(string: state.endDelimiter)) == true else { throw Failure(reason: .unfinishedName) }
        return text
    }

    private static func setDelimiter(_ scanner: inout TemplateScanner, state: ParserState) throws -> ParserState {
        let start: Substring
        let end: Substring
        do {
            scanner.read(while: \.isWhitespace)
            start = try scanner.read(until: \.isWhitespace)
            scanner.read(while: \.isWhitespace)
            end = try scanner.read(until: { $0 == "=" || $0.isWhitespace })
            scanner.read(while: \.isWhitespace)
        } catch {
            throw Failure(reason: .invalidSetDelimiter)
        }
        guard (try? scanner.read("=")) == true, (try? scanner.read(string: state.endDelimiter)) == true else {
            throw Failure(reason: .invalidSetDelimiter)
        }
        guard !start.isEmpty, !end.isEmpty else { throw Failure(reason: .invalidSetDelimiter) }
        return state.withDelimiters(start: String(start), end: String(end))
    }

    private static func configVariable(_ scanner: inout TemplateScanner, state: ParserState) throws -> Token {
        scanner.read(while: \.isWhitespace)
        let variable = scanner.read(while: { nameCharsWithoutBrackets.contains($0) })
        scanner.read(while: \.isWhitespace)
        guard (try? scanner.read(":")) == true else { throw Failure(reason: .invalidConfigVariableSyntax) }
        scanner.read(while: \.isWhitespace)
        let value = scanner.read(while: { nameCharsWithoutBrackets.contains($0) })
        scanner.read(while: \.isWhitespace)
        guard (try? scanner.read(string: state.endDelimiter)) == true else { throw Failure(reason: .invalidConfigVariableSyntax) }
        guard !variable.isEmpty, !value.isEmpty else { throw Failure(reason: .invalidConfigVariableSyntax) }
        guard variable == "CONTENT_TYPE" else { throw Failure(reason: .unrecognisedConfigVariable) }
        switch value {
        case "HTML": return .contentType(.html)
        case "TEXT": return .contentType(.text)
        default: throw Failure(reason: .unrecognisedConfigVariable)
        }
    }

    private static func hasLineFinished(_ scanner: inout TemplateScanner) -> Bool {
        if scanner.reachedEnd() { return true }
        var ahead = scanner
        ahead.read(while: { $0 == " " || $0 == "\t" })
        if ahead.current().isNewline {
            ahead.advance()
            scanner.setPosition(ahead.position)
            return true
        }
        return false
    }

    private static func isStandalone(_ scanner: inout TemplateScanner, state: ParserState) -> Bool {
        state.newLine && hasLineFinished(&scanner)
    }
}
