@testable import Charts
import Testing

/// `SVGElement` keeps its markup, not a tree (since 2026-11-28). The oracle here is the tree
/// writer it replaced, kept as it was: a node tree written one element a line, indented one
/// space a level, an element holding only text keeping it on its line.
struct SVGElementTests {
    indirect enum Node {
        case element(String, [(String, SVGValue)], [Node])
        case text(String)
    }

    static func oracle(_ node: Node, depth: Int = 0) -> String {
        guard case .element(let name, let attributes, let children) = node else { return "" }
        var out = String(repeating: " ", count: depth) + "<" + name
        for (key, value) in attributes {
            switch value {
            case .number(let x): out += " \(key)=\"\(SVGNumber.format(x))\""
            case .string(let s): out += " \(key)=\"\(SVG.escape(s))\""
            }
        }
        if children.isEmpty { return out + "/>" }
        out += ">"
        if children.allSatisfy({ if case .text = $0 { return true } else { return false } }) {
            for case .text(let t) in children { out += SVG.escape(t) }
        } else {
            for child in children {
                out += "\n"
                switch child {
                case .element: out += oracle(child, depth: depth + 1)
                case .text(let t): out += String(repeating: " ", count: depth + 1) + SVG.escape(t)
                }
            }
            out += "\n" + String(repeating: " ", count: depth)
        }
        return out + "</" + name + ">"
    }

    static func element(_ node: Node) -> SVGElement {
        guard case .element(let name, let attributes, let children) = node else { fatalError("not an element") }
        return SVGElement(name, attributes: attributes.map { SVGAttribute($0.0, $0.1) }, children: children.map { child in
            switch child {
            case .element: return .element(element(child))
            case .text(let t): return .text(t)
            }
        })
    }

    /// Seeded random trees: up to four levels, texts with markup characters, line breaks and
    /// the control bytes the markup uses for its line marks (which escaping drops).
    struct Trees {
        var state: UInt64
        let pieces = ["a", "b c", "<", "&", "\"", "'", "\n", "\t", "\u{1}", "\u{2}", "\u{3}", "é", "🚀", " x ", ""]

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func text() -> String { (0..<next(4)).map { _ in pieces[next(pieces.count)] }.joined() }

        mutating func node(depth: Int, textOnly: Bool = false) -> Node {
            let attributes: [(String, SVGValue)] = (0..<next(3)).map { i in
                next(2) == 0 ? ("n\(i)", .number(Double(next(2000)) / 8 - 100)) : ("s\(i)", .string(text()))
            }
            let count = depth >= 4 ? 0 : next(4)
            let mode = next(3)  // 0: elements, 1: texts only, 2: mixed
            let children: [Node] = (0..<count).map { i in
                if textOnly || mode == 1 || (mode == 2 && i % 2 == 1) { return .text(text()) }
                return node(depth: depth + 1)
            }
            return .element(["g", "rect", "text", "path"][next(4)], attributes, children)
        }
    }

    @Test func writesWhatTheTreeWriterWrote() {
        var trees = Trees(state: 0x5EED)
        var deep = 0
        for _ in 0..<1500 {
            let node = trees.node(depth: 0)
            let made = Self.element(node)
            #expect(made.render() == Self.oracle(node))
            #expect(made.render(trailingNewline: true) == Self.oracle(node) + "\n")
            if made.render().contains("\n    <") { deep += 1 }
        }
        #expect(deep > 20)
    }

    @Test func nestingElementsMadeEarlierIndentsThemWhereTheyLand() {
        let leaf = SVGElement("rect", ["x": 1])
        let inner = SVGElement.group("inner", [leaf, SVGElement.textElement("text", text: "a\nb")])
        let outer = SVGElement.group("outer", [inner, leaf])
        #expect(outer.render() == """
            <g class="outer">
             <g class="inner">
              <rect x="1"/>
              <text>a
            b</text>
             </g>
             <rect x="1"/>
            </g>
            """)
    }

    @Test func appendingMatchesTheTreeWithTheChildrenAdded() {
        var trees = Trees(state: 0xA99E)
        for _ in 0..<600 {
            // One text child at most where there is text: several are one text once made.
            var node = trees.node(depth: 1)
            if case .element(let name, let attributes, let children) = node, children.count > 1,
               children.allSatisfy({ if case .text = $0 { return true } else { return false } }) {
                node = .element(name, attributes, [children[0]])
            }
            let added = (0..<(1 + trees.next(3))).map { _ in trees.node(depth: 2) }
            guard case .element(let name, let attributes, let children) = node else { continue }
            let expected = Self.oracle(.element(name, attributes, children + added))
            #expect(Self.element(node).appending(added.map(Self.element)).render() == expected)
        }
        #expect(SVGElement("g").appending([]).render() == "<g/>")
    }

    @Test func withAddsTheAttributeLast() {
        var trees = Trees(state: 0x1717)
        for _ in 0..<400 {
            let node = trees.node(depth: 1)
            guard case .element(let name, let attributes, let children) = node else { continue }
            let value = trees.text()
            let expected = Self.oracle(.element(name, attributes + [("extra", .string(value))], children))
            #expect(Self.element(node).with("extra", value).render() == expected)
            #expect(Self.element(node).with("extra", nil) == Self.element(node))
        }
    }

    @Test func aChartDocumentIsTheRootElementWithALineEnd() {
        let info = ChartInfo(id: "c1", title: "T <1>")
        let svg = String(decoding: ChartFrame.render(info, kind: "k", width: 100, height: 50, description: "D & d",
                                                     body: [SVGElement.group("g", [Mark.rect(x: 1, y: 2, width: 3, height: 4, class: "b")])]),
                         as: UTF8.self)
        #expect(svg == """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart chart--k" role="img" viewBox="0 0 100 50" aria-labelledby="c1-title c1-desc">
             <title id="c1-title">T &lt;1&gt;</title>
             <desc id="c1-desc">D &amp; d</desc>
             <g class="g">
              <rect x="1" y="2" width="3" height="4" class="b"/>
             </g>
            </svg>

            """)
    }

    @Test func elementsWrittenStraightOutMatchTheTree() {
        // Marks, text elements and groups write their markup straight from their parts (no
        // attribute or node arrays): the same as the tree writer on random attributes and texts.
        var trees = Trees(state: 0xD1EC7)
        for _ in 0..<500 {
            guard case .element(let name, let attributes, _) = trees.node(depth: 4) else { continue }
            let text = trees.text()
            let written = { (out: inout ByteSink) in
                for (key, value) in attributes {
                    switch value {
                    case .number(let x): out.attribute(key, x)
                    case .string(let s): out.attribute(key, s)
                    }
                }
            }
            #expect(SVGElement(name, estimate: 0, attributes: written).render() == Self.oracle(.element(name, attributes, [])))
            #expect(SVGElement(name, estimate: 0, text: text, attributes: written).render() == Self.oracle(.element(name, attributes, [.text(text)])))
            let children = (0..<trees.next(4)).map { _ in trees.node(depth: 2) }
            let className = trees.next(2) == 0 ? nil : trees.text()
            #expect(SVGElement.group(className, children.map(Self.element)).render()
                    == Self.oracle(.element("g", className.map { [("class", .string($0))] } ?? [], children)))
        }
        // Each mark by hand: numbers as `SVGNumber` writes them, the class escaped.
        #expect(Mark.rect(x: 1.5, y: 2, width: -3, height: 4, class: "a&b").render() == #"<rect x="1.5" y="2" width="0" height="4" class="a&amp;b"/>"#)
        #expect(Mark.line(x1: 0, y1: 1, x2: 2, y2: 3.25, class: "l").render() == #"<line x1="0" y1="1" x2="2" y2="3.25" class="l"/>"#)
        #expect(Mark.circle(cx: 1, cy: 2, r: 3, class: "c").render() == #"<circle cx="1" cy="2" r="3" class="c"/>"#)
        #expect(Mark.path("M 0 0 L 1 1", class: "p").render() == #"<path d="M 0 0 L 1 1" class="p"/>"#)
        #expect(Mark.text("x < y", x: 1, y: 2, class: "t").render() == #"<text x="1" y="2" class="t">x &lt; y</text>"#)
        #expect(Mark.text("", x: 1, y: 2, anchor: .end, class: "t").render() == #"<text x="1" y="2" text-anchor="end" class="t"></text>"#)
    }
}
