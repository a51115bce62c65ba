import Analysis
import Portfolio
import Charts

/// `feed.xml`: an Atom feed (RFC 4287) with one entry per status report on or before the
/// status date, newest first. Entry ids are stable: the report's URL under `base_url`, or a
/// `urn:pmo:` name from the project id and date when the site has relative links.
extension SiteModel {
    func atomFeed() -> String {
        var parts: [UInt8] = []
        atomFeed(threads: 1) { piece, _ in for part in piece { parts += part } }
        return String(decoding: parts, as: UTF8.self)
    }

    /// The feed in pieces, in order: its header with the first entries, then about
    /// `entriesPerPiece` entries at a time, the last piece ending the feed. Each piece goes to
    /// `emit` as it is made (a thousand projects' reports are 44 MB of XML, never held at once);
    /// `last` is true on the final piece. `placed` is told where each report's narrative is
    /// in the feed (`NarrativePlace`), in order. Entries are UTF-8 bytes, written straight from
    /// their parts (as Strings, each narrative's escaped HTML was checked as UTF-8 again and
    /// copied into its entry: 33 MB at a thousand projects).
    func atomFeed(threads: Int, entriesPerPiece: Int = 256, placed: ((NarrativePlace) -> Void)? = nil,
                  emit: (_ piece: [[UInt8]], _ last: Bool) throws -> Void) rethrows {
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
        var piece = [Array(xml.utf8)]
        var bytes = piece[0].count  // written before the entry taken next
        var inPiece = 0
        let perPiece = max(1, entriesPerPiece)
        try ParallelMap.stream(items, threads: threads, window: 2 * perPiece,
                               { feedEntry(reportLists[$0.p][$0.r], of: projects[$0.p], base: base) }) { k, entry in
            if let placed, let narrative = entry.narrative {
                placed(NarrativePlace(source: reportLists[items[k].p][items[k].r].location.path, output: Route.feed.outputPath!,
                                      offset: bytes + narrative.offset, length: narrative.length, form: .xml))
            }
            bytes += entry.bytes.count
            piece.append(entry.bytes)
            inPiece += 1
            guard inPiece == perPiece, k + 1 < items.count else { return }
            try emit(piece, false)
            piece = []
            inPiece = 0
        }
        try emit(piece + [Array("</feed>\n".utf8)], true)
    }

    /// An entry, and where its narrative is in it (byte offset and length) when it has one.
    private func feedEntry(_ report: StatusReport, of project: Project, base: Linker) -> (bytes: [UInt8], narrative: (offset: Int, length: Int)?) {
        let route = Route.statusReport(project: project.id, date: report.date)
        let href = base.href(to: route) ?? ""
        let id = baseURL.isEmpty ? "urn:pmo:status:\(project.id):\(report.date.iso)" : href
        let rating = report.overall.map { " (\($0.label))" } ?? ""
        let title = "\(project.name): status report \(format.day(report.date))\(rating)"
        let body = feedHTML(of: report)
        var out = ByteSink(capacity: 512 + body.utf8.count + body.utf8.count / 4)
        func put(_ text: StaticString) { out.put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }
        func escaped(_ text: String) { SVG.appendEscaped(text, to: &out, apostrophe: "&apos;") }
        put("  <entry>\n    <id>"); escaped(id)
        put("</id>\n    <title>"); escaped(title)
        put("</title>\n    <updated>"); SVG.appendUTF8(report.date.iso, to: &out)
        put("T00:00:00Z</updated>\n    <author><name>"); escaped(project.manager ?? "PMO")
        put("</name></author>\n    <link rel=\"alternate\" type=\"text/html\" href=\""); escaped(href)
        put("\"/>\n")
        if let overall = report.overall {
            put("    <category term=\""); escaped(overall.name)
            put("\" label=\""); escaped(overall.label)
            put("\"/>\n")
        }
        var narrative: (offset: Int, length: Int)?
        if !body.isEmpty {
            put("    <content type=\"html\">")
            let start = out.count
            escaped(body)  // NarrativePlace.text(of: body, as: .xml), written in place
            narrative = (start, out.count - start)
            put("</content>\n")
        }
        put("  </entry>\n")
        return (out.finishBytes(), narrative)
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
