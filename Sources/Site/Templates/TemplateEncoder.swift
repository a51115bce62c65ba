/// Turns an `Encodable` view model into a `TemplateValue` through its synthesized
/// `encode(to:)`: each stored property a field, a nil optional left out (so a lookup climbs
/// to the enclosing object, as Mustache does), arrays lists. Much cheaper than reflecting the
/// struct with `Mirror`, which a page of a thousand rows did for every field.
enum TemplateEncoding {
    static func value<T: Encodable>(_ value: T) -> TemplateValue {
        // The type is compared first: a view model's fields are mostly structs and arrays of
        // them, and five failing dynamic casts per field (`[String]` the dearest) cost more
        // than encoding them.
        if T.self == String.self { return .string(value as! String) }
        if T.self == Bool.self { return .bool(value as! Bool) }
        if T.self == Int.self { return .int(value as! Int) }
        if T.self == Double.self { return .double(value as! Double) }
        if T.self == [String].self { return .list((value as! [String]).map(TemplateValue.string)) }
        let encoder = Encoder()
        try? value.encode(to: encoder)
        return encoder.result
    }

    private final class Encoder: Swift.Encoder {
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        private var single: TemplateValue?
        private var object: ObjectBox?
        private var list: ListBox?

        var result: TemplateValue {
            if let object { return object.value }
            if let list { return list.value }
            return single ?? .object([:])
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let box = object ?? ObjectBox()
            object = box
            return KeyedEncodingContainer(Keyed<Key>(box: box))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let box = list ?? ListBox()
            list = box
            return Unkeyed(box: box)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

        fileprivate func set(_ value: TemplateValue?) { single = value }
    }

    /// An object being encoded; containers nested by hand (synthesized code never does) are
    /// filled in when the value is read.
    private final class ObjectBox {
        var fields = TemplateFields()
        var nested: [(String, Container)] = []

        var value: TemplateValue {
            var fields = fields
            for (key, container) in nested { fields[key] = container.value }
            return .object(fields)
        }
    }

    private final class ListBox {
        var items: [TemplateValue] = []
        var nested: [(Int, Container)] = []

        var value: TemplateValue {
            var items = items
            for (index, container) in nested { items[index] = container.value }
            return .list(items)
        }
    }

    private enum Container {
        case object(ObjectBox), list(ListBox)
        var value: TemplateValue {
            switch self {
            case .object(let box): return box.value
            case .list(let box): return box.value
            }
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: ObjectBox
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: Bool, forKey key: Key) { box.fields[key.stringValue] = .bool(value) }
        mutating func encode(_ value: String, forKey key: Key) { box.fields[key.stringValue] = .string(value) }
        mutating func encode(_ value: Double, forKey key: Key) { box.fields[key.stringValue] = .double(value) }
        mutating func encode(_ value: Float, forKey key: Key) { box.fields[key.stringValue] = .double(Double(value)) }
        mutating func encode(_ value: Int, forKey key: Key) { box.fields[key.stringValue] = .int(value) }
        mutating func encode(_ value: Int8, forKey key: Key) { box.fields[key.stringValue] = .int(Int(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) { box.fields[key.stringValue] = .int(Int(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) { box.fields[key.stringValue] = .int(Int(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) { box.fields[key.stringValue] = .int(Int(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) { box.fields[key.stringValue] = .int(Int(truncatingIfNeeded: value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) { box.fields[key.stringValue] = .int(Int(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) { box.fields[key.stringValue] = .int(Int(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) { box.fields[key.stringValue] = .int(Int(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) { box.fields[key.stringValue] = .int(Int(truncatingIfNeeded: value)) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            box.fields[key.stringValue] = TemplateEncoding.value(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = ObjectBox()
            box.nested.append((key.stringValue, .object(nested)))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = ListBox()
            box.nested.append((key.stringValue, .list(nested)))
            return Unkeyed(box: nested)
        }

        mutating func superEncoder() -> any Swift.Encoder { Encoder() }
        mutating func superEncoder(forKey key: Key) -> any Swift.Encoder { Encoder() }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let box: ListBox
        var codingPath: [any CodingKey] { [] }
        var count: Int { box.items.count }

        mutating func encodeNil() {}
        mutating func encode(_ value: Bool) { box.items.append(.bool(value)) }
        mutating func encode(_ value: String) { box.items.append(.string(value)) }
        mutating func encode(_ value: Double) { box.items.append(.double(value)) }
        mutating func encode(_ value: Int) { box.items.append(.int(value)) }
        mutating func encode<T: Encodable>(_ value: T) { box.items.append(TemplateEncoding.value(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = ObjectBox()
            box.nested.append((box.items.count, .object(nested)))
            box.items.append(.object([:]))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = ListBox()
            box.nested.append((box.items.count, .list(nested)))
            box.items.append(.list([]))
            return Unkeyed(box: nested)
        }
        mutating func superEncoder() -> any Swift.Encoder { Encoder() }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: Encoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() { encoder.set(nil) }
        mutating func encode(_ value: Bool) { encoder.set(.bool(value)) }
        mutating func encode(_ value: String) { encoder.set(.string(value)) }
        mutating func encode(_ value: Double) { encoder.set(.double(value)) }
        mutating func encode(_ value: Int) { encoder.set(.int(value)) }
        mutating func encode<T: Encodable>(_ value: T) { encoder.set(TemplateEncoding.value(value)) }
    }
}
