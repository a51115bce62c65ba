import Portfolio

/// Finds cycles in `depends_on` (a content error: SPEC §3.9 orders predecessors first).
///
/// Each strongly connected group of projects is reported once, as one cycle through its
/// smallest id, at that project's `depends_on` entry that starts the cycle:
/// "dependency cycle: a → b → a".
enum DependencyCycles {
    static func check(_ projects: [ProjectDraft], log: inout DiagnosticLog) {
        var edges: [String: [Located<String>]] = [:]
        let ids = Set(projects.map(\.id))
        for draft in projects { edges[draft.id] = draft.dependsOn.filter { ids.contains($0.value) } }
        for group in stronglyConnected(edges) {
            let first = group.min()!
            guard group.count > 1 || edges[first, default: []].contains(where: { $0.value == first }) else { continue }
            let path = shortestCycle(from: first, within: Set(group), edges: edges)
            guard path.count >= 2, let entry = edges[first]?.first(where: { $0.value == path[1] }) else { continue }
            log.error(.dependencyCycle, "dependency cycle: \(path.joined(separator: " → "))", at: entry.location)
        }
    }

    /// The shortest path `start → … → start` inside `group`, by breadth-first search
    /// (neighbours in written order, so the result is stable).
    private static func shortestCycle(from start: String, within group: Set<String>, edges: [String: [Located<String>]]) -> [String] {
        var previous: [String: String] = [:]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let node = queue[index]; index += 1
            for next in edges[node, default: []].map(\.value) where group.contains(next) {
                if next == start {
                    var chain = [node]
                    while chain.last != start, let p = previous[chain.last!] { chain.append(p) }
                    return chain.reversed() + [start]
                }
                if previous[next] == nil, next != start { previous[next] = node; queue.append(next) }
            }
        }
        return []
    }

    /// Tarjan's algorithm over ids in sorted order; groups in discovery order.
    private static func stronglyConnected(_ edges: [String: [Located<String>]]) -> [[String]] {
        var index = 0
        var indices: [String: Int] = [:]
        var lowlink: [String: Int] = [:]
        var stack: [String] = []
        var onStack: Set<String> = []
        var groups: [[String]] = []

        func visit(_ v: String) {
            indices[v] = index; lowlink[v] = index; index += 1
            stack.append(v); onStack.insert(v)
            for w in edges[v, default: []].map(\.value) {
                if indices[w] == nil {
                    visit(w)
                    lowlink[v] = min(lowlink[v]!, lowlink[w]!)
                } else if onStack.contains(w) {
                    lowlink[v] = min(lowlink[v]!, indices[w]!)
                }
            }
            if lowlink[v] == indices[v] {
                var group: [String] = []
                while let w = stack.popLast() {
                    onStack.remove(w); group.append(w)
                    if w == v { break }
                }
                groups.append(group)
            }
        }
        for v in edges.keys.sorted() where indices[v] == nil { visit(v) }
        return groups
    }
}
