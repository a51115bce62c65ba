import Foundation

/// The links every page's layout holds to the top-level pages (the sections of the navigation,
/// the stylesheet, the feed, the data and its downloads), made once for each kind of place a
/// page can be (`Linker.TopLevelKey`: depth and first folder) and shared by the pages there.
/// Made page by page, they were twenty links, each a few allocations, on each of 11,000 pages.
final class ChromeLinks: @unchecked Sendable {
    struct Links: Sendable {
        /// In `Route.Section.allCases` order (the dashboard first).
        let sections: [String]
        let stylesheet: String
        let methodology: String
        let data: String
        let feed: String
        /// In `Route.Download.allCases` order: projects, risks, changes, capacity.
        let downloads: [String]

        init(_ linker: Linker) {
            sections = Route.Section.allCases.map { linker.href(to: $0.route) ?? "" }
            stylesheet = linker.href(to: .stylesheet) ?? ""
            methodology = linker.href(to: .methodology) ?? ""
            data = linker.href(to: .portfolioData) ?? ""
            feed = linker.href(to: .feed) ?? ""
            downloads = Route.Download.allCases.map { linker.href(to: .download($0)) ?? "" }
        }
    }

    private let lock = NSLock()
    private var made: [Linker.TopLevelKey: Links] = [:]

    /// The links as `linker` writes them; the same strings `linker.href` gives.
    func links(for linker: Linker) -> Links {
        let key = linker.topLevelKey
        lock.lock()
        if let links = made[key] {
            lock.unlock()
            return links
        }
        lock.unlock()
        let links = Links(linker)
        lock.lock()
        made[key] = links
        lock.unlock()
        return links
    }
}
