import Mustache

/// A view model as Mustache reads it, prepared once per page: every struct becomes a
/// `[String: Any]` of its stored properties (a nil Optional left out, as Mustache treats it),
/// recursively through arrays.
///
/// Why: swift-mustache looks a name up in a struct with `Mirror`, building the list of every
/// child for each `{{name}}` and for each object it climbs past on the context stack; on a
/// page of a thousand rows that was most of the build's time. A dictionary answers the same
/// lookup by hashing (`Dictionary` is a `MustacheParent`), and a name missing from it still
/// climbs the stack, exactly as a missing or nil property did, so the rendered bytes are the same.
enum MustacheValues {
    static func prepare(_ value: Any) -> Any {
        var structTypes: [ObjectIdentifier: Bool] = [:]
        return prepare(value, &structTypes)
    }

    /// `structTypes` remembers, per type met on this page, whether it is a plain struct to
    /// turn into a dictionary: the protocol checks run once per type, not once per value.
    private static func prepare(_ value: Any, _ structTypes: inout [ObjectIdentifier: Bool]) -> Any {
        switch value {
        case is String, is Bool, is Int, is Double, is Substring:
            return value
        case let array as [Any]:
            return array.map { prepare($0, &structTypes) }
        default:
            break
        }
        let type = ObjectIdentifier(Swift.type(of: value))
        let isPlainStruct: Bool
        if let known = structTypes[type] {
            isPlainStruct = known
        } else {
            // Types Mustache treats specially, or prints with their own description, stay as they are.
            let special = value is MustacheParent || value is MustacheCustomRenderable || value is MustacheLambda
                || value is MustacheTransformable || value is MustacheCustomRepresentation || value is CustomStringConvertible
            isPlainStruct = !special && Mirror(reflecting: value).displayStyle == .struct
            structTypes[type] = isPlainStruct
        }
        guard isPlainStruct else { return value }
        let mirror = Mirror(reflecting: value)
        var fields: [String: Any] = [:]
        fields.reserveCapacity(Int(mirror.children.count))
        for child in mirror.children {
            guard let label = child.label, let unwrapped = unwrapped(child.value) else { continue }
            fields[label] = prepare(unwrapped, &structTypes)
        }
        return fields
    }

    /// The value an Optional holds (as Mustache unwraps it: one level), nil for an empty one,
    /// anything else as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrapped
    }
}

private protocol OptionalValue { var wrapped: Any? { get } }
extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self.map { $0 as Any } }
}
