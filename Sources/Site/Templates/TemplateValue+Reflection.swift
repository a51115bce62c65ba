extension TemplateValue {
    /// A view model struct as a template value: each stored property becomes a field (a nil
    /// optional is left out, so a lookup climbs to the enclosing object, as Mustache does),
    /// arrays become lists; text, flags and numbers stay what they are. Anything else is shown
    /// by its description.
    init(reflecting value: Any) {
        if let encodable = value as? any Encodable {
            self = TemplateEncoding.value(encodable)
            return
        }
        var structTypes: [ObjectIdentifier: Bool] = [:]
        self = TemplateValue.reflect(value, &structTypes)
    }

    /// `structTypes` remembers, per type met, whether it is a plain struct: the reflection
    /// check runs once per type, not once per value.
    private static func reflect(_ value: Any, _ structTypes: inout [ObjectIdentifier: Bool]) -> TemplateValue {
        switch value {
        case let s as String: return .string(s)
        case let b as Bool: return .bool(b)
        case let i as Int: return .int(i)
        case let d as Double: return .double(d)
        case let s as Substring: return .string(String(s))
        case let array as [Any]: return .list(array.map { reflect($0, &structTypes) })
        case let value as TemplateValue: return value
        default: break
        }
        let type = ObjectIdentifier(Swift.type(of: value))
        let isPlainStruct: Bool
        if let known = structTypes[type] {
            isPlainStruct = known
        } else {
            isPlainStruct = !(value is CustomStringConvertible) && Mirror(reflecting: value).displayStyle == .struct
            structTypes[type] = isPlainStruct
        }
        guard isPlainStruct else {
            if let integer = value as? any BinaryInteger { return .int(Int(truncatingIfNeeded: integer)) }
            if let set = value as? Set<String> { return .list(set.sorted().map(TemplateValue.string)) }
            return .string(String(describing: value))
        }
        let mirror = Mirror(reflecting: value)
        var fields = TemplateFields()
        for child in mirror.children {
            guard let label = child.label, let unwrapped = unwrapped(child.value) else { continue }
            fields[label] = reflect(unwrapped, &structTypes)
        }
        return .object(fields)
    }

    /// The value an Optional holds (one level), nil for an empty one, anything else as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrapped
    }
}

private protocol OptionalValue { var wrapped: Any? { get } }
extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self.map { $0 as Any } }
}
