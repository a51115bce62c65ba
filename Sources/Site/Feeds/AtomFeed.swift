import Portfolio
import Charts

/// `feed.xml`: an Atom feed (RFC 4287) with one entry per status report on or before the
/// status date, newest first. Entry ids are stable: the report's URL under `base_url`, or a
/// `urn:pmo:` name from the project id and date when the site has relative links.
extension SiteModel {
    func atomFeed() -> String { atomFeedParts(threads: 1).joined() }

    /// The feed as its header, one part per entry, and its end (a large portfolio's feed is
    /// tens of megabytes; it is written without joining them).
    func atomFeedParts(threads: Int) -> [String] {
        let base = Linker(baseURL: baseURL, from: .dashboard)
        let siteID = baseURL.isEmpty ? "urn:pmo:site:" + XML.idSegment(portfolio.settings.title) : base.href(to: .dashboard)!
        // Each project's entries on its own thread; sorted below, so the order never depends on threads.
        var entries = ParallelMap.map(portfolio.projects, threads: threads) { project in
            var entries: [(Day, String, String)] = []
            for report in reports(of: project) {
                let route = Route.statusReport(project: project.id, date: report.date)
                let href = base.href(to: route) ?? ""
                let id = baseURL.isEmpty ? "urn:pmo:status:\(project.id):\(report.date.iso)" : href
                let rating = report.overall.map { " (\($0.label))" } ?? ""
                let title = "\(project.name): status report \(format.day(report.date))\(rating)"
                let body = html(report.body)
                var entry = "  <entry>\n"
                entry += "    <id>\(XML.escape(id))</id>\n"
                entry += "    <title>\(XML.escape(title))</title>\n"
                entry += "    <updated>\(report.date.iso)T00:00:00Z</updated>\n"
                entry += "    <author><name>\(XML.escape(project.manager ?? "PMO"))</name></author>\n"
                entry += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(href))\"/>\n"
                if let overall = report.overall {
                    entry += "    <category term=\"\(XML.escape(overall.name))\" label=\"\(XML.escape(overall.label))\"/>\n"
                }
                if !body.isEmpty { entry += "    <content type=\"html\">\(XML.escape(body))</content>\n" }
                entry += "  </entry>\n"
                entries.append((report.date, project.id, entry))
            }
            return entries
        }.flatMap { $0 }
        entries.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <id>\(XML.escape(siteID))</id>\n"
        xml += "  <title>\(XML.escape(portfolio.settings.title)): status reports</title>\n"
        xml += "  <updated>\(asOf.iso)T00:00:00Z</updated>\n"
        xml += "  <author><name>\(XML.escape(portfolio.info.name))</name></author>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(base.href(to: .dashboard) ?? ""))\"/>\n"
        if !baseURL.isEmpty { xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XML.escape(base.href(to: .feed) ?? ""))\"/>\n" }
        xml += "  <generator>pmo</generator>\n"
        return [xml] + entries.map(\.2) + ["</feed>\n"]
    }

    /// `sitemap.xml` (sitemaps.org), only when the site has a `base_url`: every page.
    func sitemap(pages: [Route]) -> String? {
        guard !baseURL.isEmpty else { return nil }
        let base = Linker(baseURL: baseURL, from: .dashboard)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in pages {
            guard let href = base.href(to: route) else { continue }
            xml += "  <url><loc>\(XML.escape(href))</loc><lastmod>\(asOf.iso)</lastmod></url>\n"
        }
        return xml + "</urlset>\n"
    }
}

/// XML text and attribute escaping for the feeds.
enum XML {
    /// The charts' escaping (control characters and U+FFFE/U+FFFF, which XML 1.0 forbids, left
    /// out), with `'` as `&apos;`.
    static func escape(_ s: String) -> String { SVG.escape(s, apostrophe: "&apos;") }

    /// Lowercase letters, digits and `-` from a title, for a `urn:` name.
    static func idSegment(_ s: String) -> String {
        var out = "", dash = false
        for c in s.lowercased().unicodeScalars {
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") { out.unicodeScalars.append(c); dash = false }
            else if !dash && !out.isEmpty { out += "-"; dash = true }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "site" : out
    }
}
