import Charts
/// A parsed Mustache template (https://mustache.github.io/mustache.5.html), with the
/// inheritance extension (`{{<parent}}` / `{{$block}}`) and the transforms of
/// hummingbird-project/swift-mustache 2.x (`{{#empty(list)}}`, `{{count(list)}}`, …), whose
/// parsing rules — standalone lines, indentation of partials — it follows exactly.
///
/// pmo renders every page through this engine: values are `TemplateValue`s, so a name lookup
/// is a dictionary probe, and a page is written into one growing buffer.
struct Template: Sendable {
    indirect enum Token: Sendable {
        /// Literal text, as the UTF-8 bytes it is written out as (as parsed; `init` makes it a
        /// `literal`).
        case text([UInt8])
        /// Literal text: `count` bytes at `start` in the template's `literals`. (An array of
        /// its own, as `text` holds, was retained and released each time it was written out.)
        case literal(start: Int32, count: Int32)
        case variable(name: TagName, transforms: [String])
        case unescapedVariable(name: TagName, transforms: [String])
        case section(name: TagName, transforms: [String], template: Template)
        case invertedSection(name: TagName, transforms: [String], template: Template)
        case blockDefinition(name: String, template: Template)
        case blockExpansion(name: String, default: Template, indentation: String?)
        case partial(String, indentation: String?, inherits: [String: Template]?)
        /// A partial found in the library when it was linked (`TemplateLibrary.link`): its
        /// index there, so a render finds it without hashing its name.
        case linkedPartial(Int32, indentation: String?, inherits: [String: Template]?)
        case dynamicNamePartial(String, indentation: String?, inherits: [String: Template]?)
        case contentType(ContentType)
    }

    /// A tag's name, split at its dots once, when the template is parsed.
    struct TagName: Sendable {
        let text: String
        let parts: [String]
        /// `{{.}}`; `{{.name}}` (looked up in the current value only). Worked out once here: a
        /// tag is looked up on every render, and `text.first` is a grapheme break each time.
        let isDot: Bool
        let isRelative: Bool

        init(_ text: String) {
            self.text = text
            parts = text.split(separator: ".").map(String.init)
            isDot = text == "."
            isRelative = text.first == "."
        }
    }

    /// How `{{name}}` output is escaped: HTML (the default) or plain text
    /// (`{{%CONTENT_TYPE:TEXT}}`).
    enum ContentType: Sendable {
        case html, text
    }

    var tokens: [Token] {
        didSet { (ops, boxes) = Self.compile(tokens) }
    }
    /// The bytes of every literal text token, one after another.
    private(set) var literals: [UInt8] = []
    /// The tokens as rendering reads them (`Op`), one for each; `boxes` keeps alive what they hold.
    private(set) var ops: [Op] = []
    private var boxes: [any AnyObject & Sendable] = []

    init(string: String) throws(TemplateParseError) {
        self = try Template.parse(string)
    }

    init(_ tokens: [Token]) {
        var literals: [UInt8] = []
        self.tokens = tokens.map { token in
            guard case .text(let bytes) = token else { return token }
            defer { literals += bytes }
            return .literal(start: Int32(literals.count), count: Int32(bytes.count))
        }
        self.literals = literals
        (ops, boxes) = Self.compile(self.tokens)
    }
}

/// A template that does not parse, with where.
struct TemplateParseError: Error, Sendable {
    enum Reason: Sendable, Equatable {
        case sectionCloseNameIncorrect
        case unfinishedName
        case expectedSectionEnd
        case invalidSetDelimiter
        case transformAppliedToInheritanceSection
        case illegalTokenInsideInheritSection
        case textInsideInheritSection
        case invalidConfigVariableSyntax
        case unrecognisedConfigVariable
    }
    let reason: Reason
    let line: Int
    let column: Int
}

/// Named templates, for partials and parents.
struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]
    /// Every template with its partials linked (`link`), by index: `linkedIndex[name]`.
    private var linkedTemplates: [Template] = []
    private var linkedIndex: [String: Int] = [:]

    mutating func register(_ template: Template, named name: String) {
        templates[name] = template
        linkedTemplates = []
        linkedIndex = [:]
    }

    func template(named name: String) -> Template? {
        if let i = linkedIndex[name] { return linkedTemplates[i] }
        return templates[name]
    }

    /// The linked template at `index` (a `linkedPartial`'s).
    func linked(_ index: Int32) -> Template { linkedTemplates[Int(index)] }

    /// Links every template's partials to the templates registered under their names, once all
    /// are registered: a `{{> name}}` is then an index, not a name looked up at each render (a
    /// page of a thousand rows looked its badge partial up by name a thousand times). A name
    /// nothing is registered under stays a name, and renders nothing, as before.
    mutating func link() {
        let names = templates.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        linkedTemplates = names.map { templates[$0]!.linking(index) }
        linkedIndex = index
    }

    /// The template `name` rendered with `value`; nil when there is no such template.
    func render(_ value: TemplateValue, withTemplate name: String) -> String? {
        renderBytes(value, withTemplate: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same as UTF-8 bytes, for a page that is written out as it is: rendered into one
    /// buffer (appending each piece to a String was a few hundred instructions an append) and
    /// never checked again as text (every piece is valid UTF-8 already).
    func renderBytes(_ value: TemplateValue, withTemplate name: String) -> [UInt8]? {
        guard let template = template(named: name) else { return nil }
        var output = ByteSink(capacity: 16 * 1024)
        template.render(into: &output, context: TemplateContext(value, library: self))
        return output.finishBytes()
    }
}

extension Template {
    /// This template with every `{{> name}}` (in sections, blocks and a parent's overrides too)
    /// a `linkedPartial` where `index` has the name.
    func linking(_ index: [String: Int]) -> Template {
        func linked(_ overrides: [String: Template]?) -> [String: Template]? { overrides?.mapValues { $0.linking(index) } }
        var copy = self
        copy.tokens = tokens.map { token in
            switch token {
            case .partial(let name, let indentation, let overrides):
                guard let i = index[name] else { return .partial(name, indentation: indentation, inherits: linked(overrides)) }
                return .linkedPartial(Int32(i), indentation: indentation, inherits: linked(overrides))
            case .dynamicNamePartial(let name, let indentation, let overrides):
                return .dynamicNamePartial(name, indentation: indentation, inherits: linked(overrides))
            case .section(let name, let transforms, let template):
                return .section(name: name, transforms: transforms, template: template.linking(index))
            case .invertedSection(let name, let transforms, let template):
                return .invertedSection(name: name, transforms: transforms, template: template.linking(index))
            case .blockDefinition(let name, let template):
                return .blockDefinition(name: name, template: template.linking(index))
            case .blockExpansion(let name, let template, let indentation):
                return .blockExpansion(name: name, default: template.linking(index), indentation: indentation)
            case .literal, .text, .variable, .unescapedVariable, .contentType, .linkedPartial:
                return token
            }
        }
        return copy
    }
}

extension Template {
    /// A token as rendering reads it: plain values only, so that reading one retains nothing
    /// (reading a `Token`, an indirect enum, copied its case's payload out of the box and
    /// retained the strings and arrays in it: a third of rendering a page went to those
    /// retains and their releases). A tag's or a section's payload is a box the template
    /// keeps alive (`boxes`), referred to unretained; every other token is rendered from
    /// `tokens` (`token`).
    enum Op: Sendable {
        case literal(start: Int32, count: Int32)
        case variable(Unmanaged<TagBox>)
        case unescapedVariable(Unmanaged<TagBox>)
        case section(Unmanaged<SectionBox>)
        case invertedSection(Unmanaged<SectionBox>)
        case token
    }

    final class TagBox: Sendable {
        let name: TagName
        let transforms: [String]
        init(_ name: TagName, _ transforms: [String]) { self.name = name; self.transforms = transforms }
    }

    final class SectionBox: Sendable {
        let name: TagName
        let transforms: [String]
        let template: Template
        init(_ name: TagName, _ transforms: [String], _ template: Template) {
            self.name = name; self.transforms = transforms; self.template = template
        }
    }

    static func compile(_ tokens: [Token]) -> (ops: [Op], boxes: [any AnyObject & Sendable]) {
        var boxes: [any AnyObject & Sendable] = []
        let ops = tokens.map { token -> Op in
            switch token {
            case .literal(let start, let count):
                return .literal(start: start, count: count)
            case .variable(let name, let transforms):
                let box = TagBox(name, transforms)
                boxes.append(box)
                return .variable(Unmanaged.passUnretained(box))
            case .unescapedVariable(let name, let transforms):
                let box = TagBox(name, transforms)
                boxes.append(box)
                return .unescapedVariable(Unmanaged.passUnretained(box))
            case .section(let name, let transforms, let template):
                let box = SectionBox(name, transforms, template)
                boxes.append(box)
                return .section(Unmanaged.passUnretained(box))
            case .invertedSection(let name, let transforms, let template):
                let box = SectionBox(name, transforms, template)
                boxes.append(box)
                return .invertedSection(Unmanaged.passUnretained(box))
            default:
                return .token
            }
        }
        return (ops, boxes)
    }
}
