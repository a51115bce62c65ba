import Portfolio

/// Every figure of one project at a date: inputs, earned value, RAG, changes (SPEC §3.1–3.2, §3.6).
public struct ProjectFigures: Hashable, Sendable, Identifiable {
    public let project: Project
    public let inputs: ProjectInputs
    public let earnedValue: EarnedValue
    public let rag: RAGAssessment
    /// Approved change requests in force (they moved the baseline).
    public let approvedChanges: [ChangeRequest]
    /// Submitted change requests: pending exposure, never added to the baseline.
    public let pendingChanges: [ChangeRequest]

    public var id: String { project.id }
    public var pendingChangeCost: Money { pendingChanges.map(\.cost).sum() }
    public var pendingChangeDays: Int { pendingChanges.map(\.scheduleDays).reduce(0, +) }

    public init(project: Project, changes: ChangeLog, settings: Settings, at date: Day) {
        self.project = project
        inputs = ProjectInputs(project: project, at: date)
        approvedChanges = changes.approved(for: project.id)
        pendingChanges = changes.pending(for: project.id)
        earnedValue = EarnedValue(project: project, inputs: inputs, approved: approvedChanges, at: date)
        rag = RAGAssessment(project: project, figures: earnedValue, inputs: inputs, thresholds: settings.thresholds, at: date)
    }
}
