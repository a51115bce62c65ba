import Testing
@testable import Portfolio

/// `element(withID:_:)` and `index(withID:_:)` on arrays sorted by id (a binary search) and on
/// arrays that are not (a scan when the search misses): each id found where it is, a missing
/// one not at all.
@Suite struct SortedLookupTests {
    struct Item { let id: String; let n: Int }

    @Test func sortedAndUnsortedArraysFindEveryID() {
        let ids = ["a", "a-b", "ab", "b", "c10", "c2", "z", "é"]
        let sorted = ids.sorted().enumerated().map { Item(id: $1, n: $0) }
        let shuffled = [sorted[5], sorted[0], sorted[7], sorted[2], sorted[1], sorted[6], sorted[4], sorted[3]]
        for items in [sorted, shuffled, []] {
            for item in items {
                #expect(items.element(withID: item.id, \.id)?.n == item.n)
                #expect(items.index(withID: item.id, \.id).map { items[$0].n } == item.n)
            }
            #expect(items.element(withID: "missing", \.id) == nil)
            #expect(items.index(withID: "missing", \.id) == nil)
        }
    }
}
