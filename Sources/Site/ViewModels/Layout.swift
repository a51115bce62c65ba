/// What the base layout needs on every page: `<html lang>`, title, stylesheet, navigation,
/// breadcrumbs and footer.
public struct LayoutModel: Sendable, Encodable, Equatable {
    public let lang: String
    /// The `<title>`: "Page — Site".
    public let title: String
    public let siteTitle: String
    public let homeHref: String
    public let stylesheetHref: String
    public let nav: [NavItemModel]
    public let breadcrumbs: [CrumbModel]
    public let hasBreadcrumbs: Bool
    public let statusDate: String
    public let statusDateISO: String
    /// Links every page may use: the methodology page and the published data.
    public let methodologyHref: String
    public let dataHref: String
    public let feedHref: String
    /// CSV downloads beside the tables.
    public let projectsCSVHref: String
    public let risksCSVHref: String
    public let changesCSVHref: String
    public let capacityCSVHref: String
}

public struct NavItemModel: Sendable, Encodable, Equatable {
    public let text: String
    public let href: String
    /// `aria-current`: `page` on the section's own index, `true` inside the section.
    public let ariaCurrent: String
    public let isCurrent: Bool
}

/// A breadcrumb; the last one is the current page and has no link.
public struct CrumbModel: Sendable, Encodable, Equatable {
    public let text: String
    public let href: String
    public let isLink: Bool
}
