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
        // The models every page repeats, and a chart's data table (a few hundred cells on
        // many pages), built directly (DirectTemplateValues).
        if T.self == LinkModel.self { return (value as! LinkModel).templateValue }
        if T.self == BadgeModel.self { return (value as! BadgeModel).templateValue }
        if T.self == KPIModel.self { return (value as! KPIModel).templateValue }
        if T.self == [KPIModel].self { return .list((value as! [KPIModel]).map(\.templateValue)) }
        if T.self == LayoutModel.self { return (value as! LayoutModel).templateValue }
        if T.self == ChartModel.self { return (value as! ChartModel).templateValue }
        if T.self == [ProjectRowModel].self { return .list((value as! [ProjectRowModel]).map(\.templateValue)) }
        if T.self == [ReportRefModel].self { return .list((value as! [ReportRefModel]).map(\.templateValue)) }
        if T.self == [DimensionModel].self { return .list((value as! [DimensionModel]).map(\.templateValue)) }
        if T.self == StatusReportPage.self { return (value as! StatusReportPage).templateValue }
        if T.self == ProjectPage.self { return (value as! ProjectPage).templateValue }
        if T.self == DashboardPage.self { return (value as! DashboardPage).templateValue }
        if T.self == [WhatChangedModel].self { return .list((value as! [WhatChangedModel]).map(\.templateValue)) }
        if T.self == [ProgramRowModel].self { return .list((value as! [ProgramRowModel]).map(\.templateValue)) }
        if T.self == [ProgramRollupRowModel].self { return .list((value as! [ProgramRollupRowModel]).map(\.templateValue)) }
        if T.self == [DrawModel].self { return .list((value as! [DrawModel]).map(\.templateValue)) }
        return encoded(value)
    }

    /// `value` through its `encode(to:)`, whatever its type.
    static func encoded<T: Encodable>(_ value: T) -> TemplateValue {
        let encoder = Node()
        try? value.encode(to: encoder)
        return encoder.value
    }

    /// One value being encoded, and the encoder that encodes it: an object once a keyed
    /// container was asked for, else a list once an unkeyed one was, else its single value.
    /// Containers nested by hand (synthesized code never does) are nodes of their own, filled
    /// in when the value is read. (A separate encoder and box per value, as before, was two
    /// allocations where one does, for every struct of every page.)
    private final class Node: Swift.Encoder {
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        var isObject = false, isList = false
        var fields = TemplateFields()
        var items: [TemplateValue] = []
        var single: TemplateValue?
        /// Nested containers: the field name (objects) or item index (lists) they fill.
        var nested: [(name: String, index: Int, node: Node)] = []

        var value: TemplateValue {
            if isObject {
                var fields = fields
                for (name, _, node) in nested { fields[name] = node.value }
                return .object(fields)
            }
            if isList {
                var items = items
                for (_, index, node) in nested { items[index] = node.value }
                return .list(items)
            }
            return single ?? .object([:])
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            // A view model has a few to a few dozen fields: room for sixteen at once, where
            // growing one field at a time reallocated the array four or five times.
            if !isObject { fields.reserveCapacity(16) }
            isObject = true
            return KeyedEncodingContainer(Keyed<Key>(box: self))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            isList = true
            return Unkeyed(box: self)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: Node
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: Bool, forKey key: Key) { box.fields.add(key.stringValue, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) { box.fields.add(key.stringValue, .string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) { box.fields.add(key.stringValue, .double(value)) }
        mutating func encode(_ value: Float, forKey key: Key) { box.fields.add(key.stringValue, .double(Double(value))) }
        mutating func encode(_ value: Int, forKey key: Key) { box.fields.add(key.stringValue, .int(value)) }
        mutating func encode(_ value: Int8, forKey key: Key) { box.fields.add(key.stringValue, .int(Int(value))) }
        mutating func encode(_ value: Int16, forKey key: Key) { box.fields.add(key.stringValue, .int(Int(value))) }
        mutating func encode(_ value: Int32, forKey key: Key) { box.fields.add(key.stringValue, .int(Int(value))) }
        mutating func encode(_ value: Int64, forKey key: Key) { box.fields.add(key.stringValue, .int(Int(value))) }
        mutating func encode(_ value: UInt, forKey key: Key) { box.fields.add(key.stringValue, .int(Int(truncatingIfNeeded: value))) }
        mutating func encode(_ value: UInt8, forKey key: Key) { box.fields.add(key.stringValue, .int(Int(value))) }
        mutating func encode(_ value: UInt16, forKey key: Key) { box.fields.add(key.stringValue, .int(Int(value))) }
        mutating func encode(_ value: UInt32, forKey key: Key) { box.fields.add(key.stringValue, .int(Int(value))) }
        mutating func encode(_ value: UInt64, forKey key: Key) { box.fields.add(key.stringValue, .int(Int(truncatingIfNeeded: value))) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            box.fields.add(key.stringValue, TemplateEncoding.value(value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = Node()
            nested.isObject = true
            box.nested.append((key.stringValue, 0, nested))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = Node()
            nested.isList = true
            box.nested.append((key.stringValue, 0, nested))
            return Unkeyed(box: nested)
        }

        mutating func superEncoder() -> any Swift.Encoder { Node() }
        mutating func superEncoder(forKey key: Key) -> any Swift.Encoder { Node() }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let box: Node
        var codingPath: [any CodingKey] { [] }
        var count: Int { box.items.count }

        mutating func encodeNil() {}
        mutating func encode(_ value: Bool) { box.items.append(.bool(value)) }
        mutating func encode(_ value: String) { box.items.append(.string(value)) }
        mutating func encode(_ value: Double) { box.items.append(.double(value)) }
        mutating func encode(_ value: Int) { box.items.append(.int(value)) }
        mutating func encode<T: Encodable>(_ value: T) { box.items.append(TemplateEncoding.value(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = Node()
            nested.isObject = true
            box.nested.append(("", box.items.count, nested))
            box.items.append(.object([:]))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = Node()
            nested.isList = true
            box.nested.append(("", box.items.count, nested))
            box.items.append(.list([]))
            return Unkeyed(box: nested)
        }
        mutating func superEncoder() -> any Swift.Encoder { Node() }
    }

    private struct Single: SingleValueEncodingContainer {
        let encoder: Node
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() { encoder.single = nil }
        mutating func encode(_ value: Bool) { encoder.single = .bool(value) }
        mutating func encode(_ value: String) { encoder.single = .string(value) }
        mutating func encode(_ value: Double) { encoder.single = .double(value) }
        mutating func encode(_ value: Int) { encoder.single = .int(value) }
        mutating func encode<T: Encodable>(_ value: T) { encoder.single = TemplateEncoding.value(value) }
    }
}
