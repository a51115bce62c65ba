extension Array {
    /// The element whose `key` is `id`, in an array sorted by that key (as the portfolio's
    /// projects, programs and figures are): a binary search, so pages that look projects up by
    /// id stay linear in the portfolio's size. An array that is not sorted (a value built by
    /// hand) still gives the right answer, by a scan, when the search misses.
    ///
    /// Inlinable, so each caller's `key` (`{ $0.id }`) is inlined and reads the id where the
    /// element lies: called through the generic closure, every probe copied a whole project
    /// (a retain of each of its fields) to read its id.
    @inlinable
    public func element(withID id: String, _ key: (Element) -> String) -> Element? {
        index(withID: id, key).map { self[$0] }
    }

    /// The position of the element whose key is `id`, as `element(withID:_:)` finds it; nil when
    /// none has it. For reading a field or two of a large element without copying all of it.
    @inlinable
    public func index(withID id: String, _ key: (Element) -> String) -> Int? {
        withUnsafeBufferPointer { elements in
            var low = 0, high = elements.count
            while low < high {
                let mid = (low + high) / 2
                let k = key(elements[mid])
                if k == id { return mid }
                if k < id { low = mid + 1 } else { high = mid }
            }
            return elements.firstIndex { key($0) == id }
        }
    }
}
