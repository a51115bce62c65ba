import Foundation

/// A view model as a template reads it: formatted text, flags, numbers, lists and objects.
///
/// Pages are rendered from these plain values, not from Swift structs looked into at render
/// time: a lookup is a short scan of an object's field names and a `switch`, never a
/// reflection or a dynamic cast.
enum TemplateValue: Sendable {
    case string(String)
    /// Text kept as the UTF-8 bytes it was written as (a chart's SVG): shown as a string is,
    /// without being made one.
    case markup([UInt8])
    case bool(Bool)
    case int(Int)
    case double(Double)
    case list([TemplateValue])
    case object(TemplateFields)

    /// The text `{{name}}` shows (before escaping), as Swift describes the value.
    var text: String {
        switch self {
        case .string(let s): return s
        case .markup(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return d.description
        case .list(let items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .object(let fields): return "[" + fields.names.sorted().map { "\($0): \(fields[$0]!.text)" }.joined(separator: ", ") + "]"
        }
    }

    /// A named field of an object; nil for anything else or a missing name.
    func child(_ name: String) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[name]
    }

    /// The result of a transform such as `empty(list)`, or nil when it does not apply.
    func transform(_ name: String) -> TemplateValue? {
        switch self {
        case .markup(let bytes):
            // As the string it is: made one only for a transform that changes it.
            return name == "empty" ? .bool(bytes.isEmpty) : TemplateValue.string(String(decoding: bytes, as: UTF8.self)).transform(name)
        case .string(let s):
            switch name {
            case "empty": return .bool(s.isEmpty)
            case "capitalized": return .string(s.capitalized)
            case "lowercased": return .string(s.lowercased())
            case "uppercased": return .string(s.uppercased())
            case "reversed": return .string(String(s.reversed()))
            default: return nil
            }
        case .list(let items):
            switch name {
            case "first": return items.first
            case "last": return items.last
            case "reversed": return .list(items.reversed())
            case "count": return .int(items.count)
            case "empty": return .bool(items.isEmpty)
            default: return nil
            }
        case .object(let fields):
            switch name {
            case "count": return .int(fields.count)
            case "empty": return .bool(fields.isEmpty)
            case "sorted", "enumerated":
                return .list(fields.names.sorted().map { .object(["key": .string($0), "value": fields[$0]!]) })
            default: return nil
            }
        case .int(let i):
            switch name {
            case "equalzero": return .bool(i == 0)
            case "plusone": return .int(i &+ 1)
            case "minusone": return .int(i &- 1)
            case "even": return .bool(i & 1 == 0)
            case "odd": return .bool(i & 1 == 1)
            default: return nil
            }
        case .bool, .double:
            return nil
        }
    }
}

/// An object's fields: each name with its value, in the order they were set. A view model has
/// a few dozen fields at most, and a template looks each tag up: a scan comparing short
/// strings is cheaper than hashing the name, and building one costs no hash table. (One array
/// of pairs: a copy of the fields, as every lookup makes, is one retain, not one per array.)
struct TemplateFields: Sendable, ExpressibleByDictionaryLiteral {
    /// Name and value pairs, in the order set. Unlabelled tuples, the type of a dictionary
    /// literal's elements: a literal's array becomes the storage as it is, with no copy of each
    /// pair into another array and no destroying of the literal's (which, for the tens of
    /// objects of every page, was a third of building its values).
    private var fields: [(String, TemplateValue)] = []

    init() {}

    /// The fields in the order written; each name once.
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        assert(Set(elements.map(\.0)).count == elements.count, "a field set twice")
        fields = elements
    }

    /// Room for `count` fields, so that adding them one by one does not grow the array each time.
    mutating func reserveCapacity(_ count: Int) { fields.reserveCapacity(count) }

    var names: [String] { fields.map(\.0) }
    var count: Int { fields.count }
    var isEmpty: Bool { fields.isEmpty }

    /// Adds a field not set before, at the end, without looking for it first: an encoder's
    /// keys are distinct (synthesized `encode(to:)` writes each stored property once).
    mutating func add(_ name: String, _ value: TemplateValue) {
        assert(!fields.contains { $0.0 == name }, "field \(name) set twice")
        fields.append((name, value))
    }

    private func index(of name: String) -> Int? {
        fields.withUnsafeBufferPointer { fields in
            // Lengths first: most fields scanned past differ in length, and comparing a
            // length is inline where comparing two strings that differ is a call.
            let count = name.utf8.count
            for i in fields.indices where fields[i].0.utf8.count == count && fields[i].0 == name { return i }
            return nil
        }
    }

    /// The value of the field `name`; setting replaces it, or adds the field at the end.
    subscript(name: String) -> TemplateValue? {
        get { index(of: name).map { fields[$0].1 } }
        set {
            if let i = index(of: name) {
                if let newValue { fields[i].1 = newValue } else { fields.remove(at: i) }
            } else if let newValue {
                fields.append((name, newValue))
            }
        }
    }
}
