/// Everything a site folder holds, as immutable values: the input of Analysis and Site.
/// Collections are sorted by id, so every later stage iterates in a stable order.
public struct Portfolio: Hashable, Sendable {
    public var settings: Settings
    public var info: PortfolioInfo
    public var programs: [Program]
    public var projects: [Project]
    public var changes: [ChangeRequest]

    public init(settings: Settings, info: PortfolioInfo, programs: [Program] = [], projects: [Project] = [],
                changes: [ChangeRequest] = []) {
        self.settings = settings; self.info = info
        self.programs = programs.sorted { $0.id < $1.id }
        self.projects = projects.sorted { $0.id < $1.id }
        self.changes = changes.sorted { $0.id < $1.id }
    }

    public func project(_ id: String) -> Project? { projects.element(withID: id) { $0.id } }
    public func program(_ id: String) -> Program? { programs.element(withID: id) { $0.id } }
    public func projects(in program: String) -> [Project] { projects.filter { $0.program == program } }
    public func changes(for project: String) -> [ChangeRequest] { changes.filter { $0.project == project } }

    /// The date of the latest status report, the status date when `pmo.yaml` and the
    /// command line give none.
    public var latestReportDate: Day? { projects.flatMap { $0.statusReports.map(\.date) }.max() }
}
