import Portfolio

/// `print/index.html`: the board pack — the dashboard, then every program and every project,
/// each starting on a new printed page; fit for "Save as PDF" and for `pmo build --pdf`.
public struct PrintPage: Sendable, Encodable {
    public let layout: LayoutModel
    public let title: String
    public let statusDate: String
    public let sections: [PrintSectionModel]
}

public struct PrintSectionModel: Sendable, Encodable, Equatable {
    public let anchor: String
    public let title: String
    public let kind: String
    /// Trusted: a page of this site, rendered by its own template.
    public let html: String
}

extension SiteModel {
    /// The same model with every link written as seen from `route` (the board pack embeds
    /// other pages' content, whose links must work from `print/`).
    func linking(from route: Route) -> SiteModel {
        var copy = self
        copy.linkOrigin = route
        return copy
    }

    /// The same model with relative links as `LinkTokens`, for pages the board pack shows too.
    func withSymbolicLinks() -> SiteModel {
        var copy = self
        copy.symbolicLinks = true
        return copy
    }

    func printPage(sections: [PrintSectionModel]) -> PrintPage {
        PrintPage(layout: layout(for: .print, title: "Board pack", crumbs: [("Dashboard", .dashboard)]),
                  title: "\(portfolio.info.name): board pack", statusDate: format.day(asOf), sections: sections)
    }
}
