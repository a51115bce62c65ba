/// An SVG element as an immutable value: its markup, written once when the element is made.
/// Attributes keep their order, so output is deterministic.
///
/// A chart is drawn as a tree of these (marks in groups in the `<svg>` root), each element made
/// from its children. The element keeps the bytes it will write, not a tree: making a group
/// copies its children's bytes (a few kilobytes a chart) instead of keeping arrays of attributes
/// and children that are walked once and then freed node by node — building, walking and
/// freeing those trees was half of what the charts cost (BENCHMARKS.md, session 12).
///
/// Output has one element a line, indented one space a level, and an element holding only text
/// keeps it on its line. The indentation depends on how deep the element ends up, which is not
/// known when it is made, so the markup marks each line break between elements with a control
/// byte escaping never lets through (C0 controls other than tab, line feed and carriage return
/// are dropped from text and attribute values): 0x01 before an element's first child (one
/// level deeper), 0x02 before each further child, 0x03 before its closing tag (one level back).
/// `render` writes each as a line feed and the indentation of its level.
public struct SVGElement: Sendable, Equatable {
    public let name: String
    let markup: SVGMarkup
    let content: Content

    /// What is between the start and end tags: nothing (`<x/>`), text only (kept on the
    /// element's line) or elements (each on a line of its own).
    enum Content: Sendable { case none, text, elements }

    static let firstChild: UInt8 = 0x01, nextChild: UInt8 = 0x02, closing: UInt8 = 0x03

    public init(_ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:], children: [SVGNode] = []) {
        // Room for an attribute's name and a number or a short class name each; the buffer
        // grows for longer ones (measuring them first took a second pass over the attributes).
        self.init(name, estimate: 40 &* attributes.count, children: children) { out in
            for (key, value) in attributes { SVGAttribute.write(name: key, value, into: &out) }
        }
    }

    public init(_ name: String, attributes: [SVGAttribute], children: [SVGNode] = []) {
        self.init(name, estimate: 40 &* attributes.count, children: children) { out in
            for a in attributes { a.write(into: &out) }
        }
    }

    /// An element written straight from its parts, with no array of attributes or children made
    /// for it (the marks: most of a chart's elements): `attributes` writes the attributes
    /// (`ByteSink.attribute`), and `text`, when given (empty too), is its only content, escaped.
    /// The same element as one made from the same attributes and that text as its child.
    package init(_ name: String, estimate: Int, text: String? = nil, attributes: (inout ByteSink) -> Void) {
        var out = ByteSink(capacity: 2 &* name.utf8.count &+ estimate &+ (text?.utf8.count ?? 0) &+ 8)
        out.put(0x3C)  // <
        SVG.appendUTF8(name, to: &out)
        attributes(&out)
        guard let text else {
            out.put(0x2F); out.put(0x3E)  // />
            self.init(name: name, markup: SVGMarkup(&out), content: .none)
            return
        }
        out.put(0x3E)
        SVG.appendEscaped(text, to: &out)
        Self.endTag(name, into: &out)
        self.init(name: name, markup: SVGMarkup(&out), content: .text)
    }

    /// An element with an optional class and child elements (a group), written straight out:
    /// no arrays of attributes or of nodes made for it.
    package init(_ name: String, className: String? = nil, elements: [SVGElement]) {
        var out = ByteSink(capacity: elements.reduce(2 &* name.utf8.count &+ (className?.utf8.count ?? 0) &+ 24) { $0 &+ $1.markup.count &+ 1 })
        out.put(0x3C)  // <
        SVG.appendUTF8(name, to: &out)
        if let className { out.attribute("class", className) }
        guard !elements.isEmpty else {
            out.put(0x2F); out.put(0x3E)  // />
            self.init(name: name, markup: SVGMarkup(&out), content: .none)
            return
        }
        out.put(0x3E)
        for (i, e) in elements.enumerated() {
            out.put(i == 0 ? Self.firstChild : Self.nextChild)
            out.put(e.markup.bytes)
        }
        out.put(Self.closing)
        Self.endTag(name, into: &out)
        self.init(name: name, markup: SVGMarkup(&out), content: .elements)
    }

    private init(name: String, markup: SVGMarkup, content: Content) {
        self.name = name
        self.markup = markup
        self.content = content
    }

    /// The start tag with what `attributes` writes, then the children, into one buffer.
    private init(_ name: String, estimate: Int, children: [SVGNode], attributes: (inout ByteSink) -> Void) {
        var size = 2 * name.utf8.count &+ estimate &+ 8
        var textOnly = true
        for child in children {
            switch child {
            case .element(let e): size &+= e.markup.count &+ 1; textOnly = false
            case .text(let t): size &+= t.utf8.count &+ 1
            }
        }
        var out = ByteSink(capacity: size)
        out.put(0x3C)  // <
        SVG.appendUTF8(name, to: &out)
        attributes(&out)
        let content: Content
        if children.isEmpty {
            out.put(0x2F); out.put(0x3E)  // />
            content = .none
        } else {
            out.put(0x3E)
            if textOnly {
                for child in children { if case .text(let t) = child { SVG.appendEscaped(t, to: &out) } }
                content = .text
            } else {
                for (i, child) in children.enumerated() {
                    out.put(i == 0 ? Self.firstChild : Self.nextChild)
                    switch child {
                    case .element(let e): out.put(e.markup.bytes)
                    case .text(let t): SVG.appendEscaped(t, to: &out)
                    }
                }
                out.put(Self.closing)
                content = .elements
            }
            Self.endTag(name, into: &out)
        }
        self.init(name: name, markup: SVGMarkup(&out), content: content)
    }

    private static func endTag<O: ByteOutput>(_ name: String, into out: inout O) {
        out.put(0x3C); out.put(0x2F)  // </
        SVG.appendUTF8(name, to: &out)
        out.put(0x3E)
    }

    /// The element with child elements appended after the ones it has. (Text it holds stays
    /// one text child, on a line of its own once elements follow it.)
    public func appending(_ elements: [SVGElement]) -> SVGElement {
        guard !elements.isEmpty else { return self }
        let bytes = markup.bytes
        let endTagCount = name.utf8.count + 3
        var out = ByteSink(capacity: bytes.count + elements.reduce(16) { $0 + $1.markup.count + 1 })
        switch content {
        case .none:
            out.put(UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 2)]))  // without "/>"
            out.put(0x3E)
        case .elements:
            out.put(UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - endTagCount - 1)]))  // without the closing mark and tag
        case .text:
            let startTagEnd = bytes.firstIndex(of: 0x3E)!  // text is escaped: the first '>' ends the start tag
            out.put(UnsafeBufferPointer(rebasing: bytes[...startTagEnd]))
            out.put(Self.firstChild)
            out.put(UnsafeBufferPointer(rebasing: bytes[(startTagEnd + 1)..<(bytes.count - endTagCount)]))
        }
        for (i, e) in elements.enumerated() {
            out.put(i == 0 && content == .none ? Self.firstChild : Self.nextChild)
            out.put(e.markup.bytes)
        }
        out.put(Self.closing)
        Self.endTag(name, into: &out)
        return SVGElement(name: name, markup: SVGMarkup(&out), content: .elements)
    }

    /// The element with one more attribute (skipped when `value` is nil).
    public func with(_ name: String, _ value: String?) -> SVGElement {
        guard let value else { return self }
        let bytes = markup.bytes
        // Values are escaped, so the first '>' ends the start tag ("/>" when there is no content).
        let end = content == .none ? bytes.count - 2 : bytes.firstIndex(of: 0x3E)!
        var out = ByteSink(capacity: bytes.count + name.utf8.count + value.utf8.count + 8)
        out.put(UnsafeBufferPointer(rebasing: bytes[..<end]))
        SVGAttribute.write(name: name, .string(value), into: &out)
        out.put(UnsafeBufferPointer(rebasing: bytes[end...]))
        return SVGElement(name: self.name, markup: SVGMarkup(&out), content: content)
    }

    /// A `<g>` holding `children`, with an optional class.
    public static func group(_ className: String? = nil, _ children: [SVGElement]) -> SVGElement {
        SVGElement("g", className: className, elements: children)
    }

    /// An element holding escaped text only (`<text>`, `<title>`, `<desc>`).
    public static func textElement(_ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:], text: String) -> SVGElement {
        SVGElement(name, estimate: 40 &* attributes.count, text: text) { out in
            for (key, value) in attributes { SVGAttribute.write(name: key, value, into: &out) }
        }
    }

    /// The element as SVG markup: one element a line, indented one space a level.
    public func render() -> String { render(trailingNewline: false) }

    /// The markup, with a line end after it when asked.
    public func render(trailingNewline: Bool) -> String {
        var out = ByteSink(capacity: markup.count + markup.count / 4 + 16)
        Self.expand(markup.bytes, depth: 0, into: &out)
        if trailingNewline { out.put(0x0A) }
        return out.finish()
    }

    /// A whole document: the root element `name` with `attributes` and `children`, written
    /// straight out (not made an element first, which would copy every child once more).
    static func document(_ name: String, _ attributes: KeyValuePairs<String, SVGValue>, children: [SVGElement]) -> [UInt8] {
        var out = ByteSink(capacity: children.reduce(512) { $0 + $1.markup.count + $1.markup.count / 4 })
        out.put(0x3C)
        SVG.appendUTF8(name, to: &out)
        for (key, value) in attributes { SVGAttribute.write(name: key, value, into: &out) }
        if children.isEmpty {
            out.put(0x2F); out.put(0x3E)
        } else {
            out.put(0x3E)
            for child in children {
                out.put(0x0A); out.put(0x20)
                expand(child.markup.bytes, depth: 1, into: &out)
            }
            out.put(0x0A)
            endTag(name, into: &out)
        }
        out.put(0x0A)
        return out.finishBytes()
    }

    /// `bytes` with each line mark made a line feed and the indentation of its level, the
    /// element starting at `depth`. Eight bytes are looked at a time for a mark (a byte below 4).
    static func expand<O: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, depth start: Int, into out: inout O) {
        guard let p = bytes.baseAddress else { return }
        let n = bytes.count
        var depth = start, clean = 0, i = 0
        while i < n {
            if i &+ 8 <= n {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                // Some byte below 4 (Anderson's "haszero" for bytes less than n).
                if (word &- 0x0404_0404_0404_0404) & ~word & 0x8080_8080_8080_8080 == 0 { i &+= 8; continue }
            }
            let b = p[i]
            guard b < 4 else { i &+= 1; continue }
            if clean < i { out.put(UnsafeBufferPointer(start: p + clean, count: i &- clean)) }
            if b == firstChild { depth &+= 1 } else if b == closing { depth &-= 1 }
            out.put(0x0A)
            SVG.indent(&out, depth)
            i &+= 1
            clean = i
        }
        if clean < n { out.put(UnsafeBufferPointer(start: p + clean, count: n &- clean)) }
    }

    public static func == (a: SVGElement, b: SVGElement) -> Bool {
        a.name == b.name && a.content == b.content && a.markup.bytes.elementsEqual(b.markup.bytes)
    }
}

extension ByteSink {
    /// ` name="value"` of a number, as `SVGNumber` writes it.
    @inline(__always)
    package mutating func attribute(_ name: String, _ value: Double) { SVGAttribute.write(name: name, .number(value), into: &self) }

    /// ` name="value"` of text, escaped.
    @inline(__always)
    package mutating func attribute(_ name: String, _ value: String) { SVGAttribute.write(name: name, .string(value), into: &self) }
}

/// The bytes of one element, owned: taken from the `ByteSink` they were written into.
final class SVGMarkup: @unchecked Sendable {
    private let base: UnsafeMutablePointer<UInt8>
    let count: Int

    init(_ sink: inout ByteSink) { (base, count) = sink.take() }
    deinit { base.deallocate() }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}
