extension Array {
    /// The element whose `key` is `id`, in an array sorted by that key (as the portfolio's
    /// projects, programs and figures are): a binary search, so pages that look projects up by
    /// id stay linear in the portfolio's size. An array that is not sorted (a value built by
    /// hand) still gives the right answer, by a scan, when the search misses.
    public func element(withID id: String, _ key: (Element) -> String) -> Element? {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            let k = key(self[mid])
            if k == id { return self[mid] }
            if k < id { low = mid + 1 } else { high = mid }
        }
        return first { key($0) == id }
    }
}
