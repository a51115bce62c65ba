import CYaml

/// Mapping keys that aliases blow up. To find duplicate keys, Yams hashes every key of every
/// mapping, whole; a key that aliases a list of lists of lists… (the "billion laughs") takes
/// time exponential in the length of the text: 400 bytes hang `pmo check`. A key in pmo's
/// content is plain text, so a key that expands to more than `limit` values is refused before
/// Yams composes the text.
enum YAMLAliases {
    static let limit = 1_000

    /// The position (1-based line and column of the YAML text) of the first mapping key that
    /// expands to more than `limit` values; nil when there is none, and when the text does not
    /// parse (Yams then says why).
    static func firstExpandingKey(in text: String) -> (line: Int, column: Int)? {
        guard ByteScan.contains(UInt8(ascii: "*"), in: text) else { return nil }  // no alias: nothing expands
        let bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var walk = Walk()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let mark = (line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                let found: (line: Int, column: Int)?
                switch event.type {
                case YAML_STREAM_END_EVENT: return nil
                case YAML_SCALAR_EVENT: found = walk.finish(size: 1, anchor: name(event.data.scalar.anchor), at: mark)
                case YAML_ALIAS_EVENT: found = walk.finish(size: walk.sizes[name(event.data.alias.anchor) ?? ""] ?? 1, anchor: nil, at: mark)
                case YAML_SEQUENCE_START_EVENT:
                    walk.open(anchor: name(event.data.sequence_start.anchor), isMapping: false, at: mark); found = nil
                case YAML_MAPPING_START_EVENT:
                    walk.open(anchor: name(event.data.mapping_start.anchor), isMapping: true, at: mark); found = nil
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: found = walk.close()
                default: found = nil
                }
                if let found { return found }
            }
        }
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    /// The collections open around the current event, and the size of each anchored node.
    private struct Walk {
        struct Frame { let anchor: String?; let isMapping: Bool; let mark: (line: Int, column: Int); var size = 1; var children = 0 }
        var stack: [Frame] = []
        var sizes: [String: Int] = [:]

        mutating func open(anchor: String?, isMapping: Bool, at mark: (line: Int, column: Int)) {
            stack.append(Frame(anchor: anchor, isMapping: isMapping, mark: mark))
        }

        mutating func close() -> (line: Int, column: Int)? {
            guard let frame = stack.popLast() else { return nil }
            return finish(size: frame.size, anchor: frame.anchor, at: frame.mark)
        }

        /// A node of `size` values ends: its anchor remembers the size, its parent grows (sizes
        /// saturate, never overflow); as a mapping key, it must not be larger than `limit`.
        mutating func finish(size: Int, anchor: String?, at mark: (line: Int, column: Int)) -> (line: Int, column: Int)? {
            if let anchor { sizes[anchor] = size }
            guard let last = stack.indices.last else { return nil }
            let isKey = stack[last].isMapping && stack[last].children % 2 == 0
            stack[last].children += 1
            stack[last].size = min(stack[last].size + size, Int.max / 2)
            return isKey && size > YAMLAliases.limit ? mark : nil
        }
    }
}
