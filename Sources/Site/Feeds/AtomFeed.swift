import Analysis
import Portfolio
import Charts

/// `feed.xml`: an Atom feed (RFC 4287) with one entry per status report on or before the
/// status date, newest first. Entry ids are stable: the report's URL under `base_url`, or a
/// `urn:pmo:` name from the project id and date when the site has relative links.
extension SiteModel {
    func atomFeed() -> String {
        var parts: [String] = []
        atomFeed(threads: 1) { piece, _ in parts += piece }
        return parts.joined()
    }

    /// The feed in pieces, in order: its header with the first entries, then about
    /// `entriesPerPiece` entries at a time, the last piece ending the feed. Each piece goes to
    /// `emit` as it is made (a thousand projects' reports are 44 MB of XML, never held at once);
    /// `last` is true on the final piece. `placed` is told where each report's narrative is
    /// in the feed (`NarrativePlace`), in order.
    func atomFeed(threads: Int, entriesPerPiece: Int = 256, placed: ((NarrativePlace) -> Void)? = nil,
                  emit: (_ piece: [String], _ last: Bool) throws -> Void) rethrows {
        let base = Linker(baseURL: baseURL, from: .dashboard)
        let siteID = baseURL.isEmpty ? "urn:pmo:site:" + XML.idSegment(portfolio.settings.title) : base.href(to: .dashboard)!
        // Newest first, then by project id; each piece's entries are made on all threads.
        // Entries by position (project, report): a list of (project, report) pairs copied a
        // whole project for each of its reports.
        let projects = portfolio.projects
        let reportLists = projects.map { reports(of: $0) }
        var items: [(p: Int, r: Int)] = projects.indices.flatMap { p in reportLists[p].indices.map { (p, $0) } }
        items.sort { a, b in
            let da = reportLists[a.p][a.r].date, db = reportLists[b.p][b.r].date
            return da != db ? da > db : projects[a.p].id < projects[b.p].id
        }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <id>\(XML.escape(siteID))</id>\n"
        xml += "  <title>\(XML.escape(portfolio.settings.title)): status reports</title>\n"
        xml += "  <updated>\(asOf.iso)T00:00:00Z</updated>\n"
        xml += "  <author><name>\(XML.escape(portfolio.info.name))</name></author>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(base.href(to: .dashboard) ?? ""))\"/>\n"
        if !baseURL.isEmpty { xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XML.escape(base.href(to: .feed) ?? ""))\"/>\n" }
        xml += "  <generator>pmo</generator>\n"
        // The entries on all threads, taken in order as each is done (`ParallelMap.stream`) and
        // handed out `entriesPerPiece` at a time.
        var piece = [xml]
        var bytes = xml.utf8.count  // written before the entry taken next
        var inPiece = 0
        let perPiece = max(1, entriesPerPiece)
        try ParallelMap.stream(items, threads: threads, window: 2 * perPiece,
                               { feedEntry(reportLists[$0.p][$0.r], of: projects[$0.p], base: base) }) { k, entry in
            if let placed, let narrative = entry.narrative {
                placed(NarrativePlace(source: reportLists[items[k].p][items[k].r].location.path, output: Route.feed.outputPath!,
                                      offset: bytes + narrative.offset, length: narrative.length, form: .xml))
            }
            bytes += entry.text.utf8.count
            piece.append(entry.text)
            inPiece += 1
            guard inPiece == perPiece, k + 1 < items.count else { return }
            try emit(piece, false)
            piece = []
            inPiece = 0
        }
        try emit(piece + ["</feed>\n"], true)
    }

    /// An entry, and where its narrative is in it (UTF-8 offset and length) when it has one.
    private func feedEntry(_ report: StatusReport, of project: Project, base: Linker) -> (text: String, narrative: (offset: Int, length: Int)?) {
        let route = Route.statusReport(project: project.id, date: report.date)
        let href = base.href(to: route) ?? ""
        let id = baseURL.isEmpty ? "urn:pmo:status:\(project.id):\(report.date.iso)" : href
        let rating = report.overall.map { " (\($0.label))" } ?? ""
        let title = "\(project.name): status report \(format.day(report.date))\(rating)"
        let body = feedHTML(of: report)
        var entry = "  <entry>\n"
        entry += "    <id>\(XML.escape(id))</id>\n"
        entry += "    <title>\(XML.escape(title))</title>\n"
        entry += "    <updated>\(report.date.iso)T00:00:00Z</updated>\n"
        entry += "    <author><name>\(XML.escape(project.manager ?? "PMO"))</name></author>\n"
        entry += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(href))\"/>\n"
        if let overall = report.overall {
            entry += "    <category term=\"\(XML.escape(overall.name))\" label=\"\(XML.escape(overall.label))\"/>\n"
        }
        var narrative: (offset: Int, length: Int)?
        if !body.isEmpty {
            entry += "    <content type=\"html\">"
            let text = NarrativePlace.text(of: body, as: .xml)
            narrative = (entry.utf8.count, text.utf8.count)
            entry += text + "</content>\n"
        }
        entry += "  </entry>\n"
        return (entry, narrative)
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
