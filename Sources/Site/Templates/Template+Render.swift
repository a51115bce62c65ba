import Charts
// Rendering follows hummingbird-project/swift-mustache 2.x `Template+Render.swift`
// (Apache-2.0) rule for rule, into one buffer instead of a string per token.

/// Where a template renders: the stack of values, the position in a list being iterated, the
/// indentation of the partial, the blocks a child template overrides, and the escaping.
struct TemplateContext {
    var stack: [TemplateValue]
    var sequence: SequencePosition?
    var indentation: String?
    var inherited: [String: Template]?
    var contentType: Template.ContentType = .html
    let library: TemplateLibrary

    struct SequencePosition {
        var first: Bool
        var last = false
        var index = 0

        func transform(_ name: String) -> TemplateValue? {
            switch name {
            case "first": return .bool(first)
            case "last": return .bool(last)
            case "index": return .int(index)
            case "even": return .bool(index & 1 == 0)
            case "odd": return .bool(index & 1 == 1)
            default: return nil
            }
        }
    }

    init(_ value: TemplateValue, library: TemplateLibrary) {
        stack = [value]
        self.library = library
    }

    /// The context of a partial: indented further, with the blocks it overrides, outside any list.
    mutating func enterPartial(indented: String?, inheriting: [String: Template]?) {
        if let indented { indentation = (indentation ?? "") + indented }
        if let inheriting {
            // The outer template's blocks win over the ones a partial's parent sets.
            inherited = inherited.map { $0.merging(inheriting) { outer, _ in outer } } ?? inheriting
        }
        sequence = nil
        contentType = .html
    }

    /// The context of a block's expansion: indented further, outside any list.
    mutating func enterBlockExpansion(indented: String?) {
        if let indented { indentation = (indentation ?? "") + indented }
        sequence = nil
    }
}

extension Template {
    func render(into output: inout ByteSink, context: TemplateContext) {
        var context = context
        render(into: &output, context: &context)
    }

    /// Renders with `context` as it is on return: a section pushes its value on the stack and
    /// pops it after, and a `{{%CONTENT_TYPE}}` lasts to the end of this template only. (A
    /// copy of the context per list item, as `with` makes, cost an allocation and a retain
    /// of every value on the stack for each row of every table.)
    func render(into output: inout ByteSink, context: inout TemplateContext) {
        let contentType = context.contentType
        defer { context.contentType = contentType }
        let start = output.count
        // Each token is read where it lies in the array (a copy of each, as `for token in
        // tokens` makes, retained and released it).
        literals.withUnsafeBufferPointer { literals in
            let literals = literals.baseAddress
            if let indentation = context.indentation, !indentation.isEmpty {
                tokens.withUnsafeBufferPointer { tokens in
                    for i in tokens.indices {
                        let before = output.count
                        let atLineStart = before > start && output.last == UInt8(ascii: "\n")
                        renderToken(tokens.baseAddress! + i, literals, into: &output, context: &context)
                        if atLineStart && output.count > before {
                            var indentation = indentation
                            indentation.withUTF8 { output.insert($0, at: before) }
                        }
                    }
                }
            } else {
                // Through the ops (`Template.Op`): the common tokens without copying a case's
                // payload out of its box, and so without retaining what it holds.
                tokens.withUnsafeBufferPointer { tokens in
                    ops.withUnsafeBufferPointer { ops in
                        for i in ops.indices {
                            switch ops[i] {
                            case .literal(let start, let count):
                                output.put(UnsafeBufferPointer(start: literals! + Int(start), count: Int(count)))
                            case .variable(let tag):
                                tag._withUnsafeGuaranteedRef { renderVariable($0.name, $0.transforms, escaped: true, into: &output, context: &context) }
                            case .unescapedVariable(let tag):
                                tag._withUnsafeGuaranteedRef { renderVariable($0.name, $0.transforms, escaped: false, into: &output, context: &context) }
                            case .section(let section):
                                section._withUnsafeGuaranteedRef {
                                    renderSection($0.name, $0.transforms, $0.template, into: &output, context: &context)
                                }
                            case .invertedSection(let section):
                                section._withUnsafeGuaranteedRef {
                                    renderInvertedSection($0.name, $0.transforms, $0.template, into: &output, context: &context)
                                }
                            case .token:
                                renderToken(tokens.baseAddress! + i, literals, into: &output, context: &context)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Renders `template` with `value` on top of the stack and `sequence` as the position,
    /// then puts the stack and position back.
    private func render(_ template: Template, with value: TemplateValue, sequence: TemplateContext.SequencePosition?,
                        into output: inout ByteSink, context: inout TemplateContext) {
        let saved = context.sequence
        context.stack.append(value)
        context.sequence = sequence
        template.render(into: &output, context: &context)
        context.stack.removeLast()
        context.sequence = saved
    }

    /// Renders a partial in this context, changed for it and put back after (a copy of the
    /// context per partial cost a retain of everything in it, for every row of every table).
    private func render(partial template: Template, indented: String?, inheriting: [String: Template]?,
                        into output: inout ByteSink, context: inout TemplateContext) {
        let saved = (context.indentation, context.inherited, context.sequence, context.contentType)
        context.enterPartial(indented: indented, inheriting: inheriting)
        template.render(into: &output, context: &context)
        (context.indentation, context.inherited, context.sequence, context.contentType) = saved
    }

    private func renderToken(_ token: UnsafePointer<Token>, _ literals: UnsafePointer<UInt8>?, into output: inout ByteSink,
                             context: inout TemplateContext) {
        switch token.pointee {
        case .literal(let start, let count):
            output.put(UnsafeBufferPointer(start: literals! + Int(start), count: Int(count)))

        case .text(let bytes):
            bytes.withUnsafeBufferPointer { output.put($0) }

        case .variable(let name, let transforms):
            renderVariable(name, transforms, escaped: true, into: &output, context: &context)

        case .unescapedVariable(let name, let transforms):
            renderVariable(name, transforms, escaped: false, into: &output, context: &context)

        case .section(let name, let transforms, let template):
            renderSection(name, transforms, template, into: &output, context: &context)

        case .invertedSection(let name, let transforms, let template):
            renderInvertedSection(name, transforms, template, into: &output, context: &context)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            let template = context.inherited?[name] ?? defaultTemplate
            let saved = (context.indentation, context.sequence)
            context.enterBlockExpansion(indented: indented)
            template.render(into: &output, context: &context)
            (context.indentation, context.sequence) = saved

        case .partial(let name, let indentation, let overrides):
            if let template = context.library.template(named: name) {
                render(partial: template, indented: indentation, inheriting: overrides, into: &output, context: &context)
            }

        case .linkedPartial(let index, let indentation, let overrides):
            render(partial: context.library.linked(index), indented: indentation, inheriting: overrides, into: &output, context: &context)

        case .dynamicNamePartial(let name, let indentation, let overrides):
            guard case .string(let partialName)? = child(named: TagName(name), transforms: [], context: context),
                  let template = context.library.template(named: partialName) else { return }
            render(partial: template, indented: indentation, inheriting: overrides, into: &output, context: &context)

        case .contentType(let contentType):
            context.contentType = contentType

        case .blockDefinition:
            // Only found inside `{{<parent}}`, where the parser collects them.
            break
        }
    }

    /// `{{name}}` (escaped) or `{{{name}}}`.
    func renderVariable(_ name: TagName, _ transforms: [String], escaped: Bool, into output: inout ByteSink,
                        context: inout TemplateContext) {
        guard let child = child(named: name, transforms: transforms, context: context) else { return }
        let escaping = escaped && context.contentType == .html
        // A string or markup written from where it lies (`text` made a copy of the string).
        switch child {
        case .string(let text):
            if escaping { HTMLEscape.append(text, to: &output) } else { SVG.appendUTF8(text, to: &output) }
        case .markup(let bytes):
            bytes.withUnsafeBufferPointer { escaping ? HTMLEscape.append(utf8: $0, to: &output) : output.put($0) }
        default:
            if escaping { HTMLEscape.append(child.text, to: &output) } else { SVG.appendUTF8(child.text, to: &output) }
        }
    }

    /// `{{#name}}…{{/name}}`: each item of a list, a true flag, or a value pushed on the stack.
    func renderSection(_ name: TagName, _ transforms: [String], _ template: Template, into output: inout ByteSink,
                       context: inout TemplateContext) {
        switch child(named: name, transforms: transforms, context: context) {
        case .list(let items):
            guard !items.isEmpty else { return }
            var position = TemplateContext.SequencePosition(first: true)
            for (i, item) in items.enumerated() {
                position.index = i
                position.first = i == 0
                position.last = i == items.count - 1
                render(template, with: item, sequence: position, into: &output, context: &context)
            }
        case .bool(let flag):
            if flag { template.render(into: &output, context: &context) }
        case .some(let value):
            render(template, with: value, sequence: nil, into: &output, context: &context)
        case .none:
            break
        }
    }

    /// `{{^name}}…{{/name}}`: rendered for an empty list, a false flag or a missing name.
    func renderInvertedSection(_ name: TagName, _ transforms: [String], _ template: Template, into output: inout ByteSink,
                               context: inout TemplateContext) {
        switch child(named: name, transforms: transforms, context: context) {
        case .list(let items):
            if items.isEmpty { render(template, with: .list(items), sequence: nil, into: &output, context: &context) }
        case .bool(let flag):
            if !flag { template.render(into: &output, context: &context) }
        case .some:
            break
        case .none:
            template.render(into: &output, context: &context)
        }
    }

    /// The value a tag names: `.` is the current value; `a.b` finds `a` up the stack, then `b`
    /// in it; `.a` looks in the current value only; `f(g(x))` applies `g`, then `f`.
    private func child(named name: TagName, transforms: [String], context: TemplateContext) -> TemplateValue? {
        var child: TemplateValue?
        if name.isDot {
            child = context.stack.last
        } else if name.text.isEmpty, !transforms.isEmpty {
            // `{{#first()}}` inside a list: the position in it.
            guard let position = context.sequence else { return nil }
            var result: TemplateValue?
            for (i, transform) in transforms.reversed().enumerated() {
                if i == 0 {
                    result = position.transform(transform)
                } else {
                    result = result?.transform(transform)
                }
                if result == nil { return nil }
            }
            return result
        } else if name.isRelative {
            child = Self.descend(name.parts[...], from: context.stack.last)
        } else if let first = name.parts.first {
            // Top of the stack down, each value borrowed where it lies (iterating a reversed
            // copy retained every value on the stack for every tag).
            child = context.stack.withUnsafeBufferPointer { stack in
                var i = stack.count - 1
                while i >= 0 {
                    if let found = stack[i].child(first) {
                        return name.parts.count == 1 ? found : Self.descend(name.parts.dropFirst(), from: found)
                    }
                    i -= 1
                }
                return nil
            }
        } else {
            child = context.stack.last
        }
        guard var value = child else { return nil }
        for transform in transforms.reversed() {
            guard let transformed = value.transform(transform) else { return nil }
            value = transformed
        }
        return value
    }

    private static func descend(_ names: ArraySlice<String>, from value: TemplateValue?) -> TemplateValue? {
        var value = value
        for name in names {
            value = value?.child(name)
        }
        return value
    }
}

/// HTML escaping of text: `<`, `>`, `&`, `"` and `'`, byte by byte (so a combining mark after a
/// quote cannot hide it from the escaper, as it could per `Character`).
enum HTMLEscape {
    static func append(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped: runs of bytes that need nothing are copied whole.
    static func append<O: ByteOutput>(_ text: String, to output: inout O) {
        // A native string's bytes are read where they lie; only another string is copied.
        if text.utf8.withContiguousStorageIfAvailable({ append(utf8: $0, to: &output) }) == nil {
            var text = text
            text.withUTF8 { append(utf8: $0, to: &output) }
        }
    }

    /// Bit b set: byte b (all five are below 64) is escaped.
    private static let special: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    static func append<O: ByteOutput>(utf8 bytes: UnsafeBufferPointer<UInt8>, to output: inout O) {
        var clean = 0  // bytes[clean..<i] need nothing and go out as one run
        for i in 0..<bytes.count {
            let byte = bytes[i]
            guard byte < 0x40 && (special >> UInt64(byte)) & 1 != 0 else { continue }
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            default: replacement = "&#39;"
            }
            if clean < i { output.put(UnsafeBufferPointer(rebasing: bytes[clean..<i])) }
            output.put(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            clean = i + 1
        }
        if clean < bytes.count { output.put(UnsafeBufferPointer(rebasing: bytes[clean...])) }
    }
}
