import Portfolio

/// Every figure of one project at a date: inputs, earned value, RAG, changes (SPEC §3.1–3.2, §3.6).
public struct ProjectFigures: Hashable, Sendable, Identifiable {
    /// The figures, computed once and never changed: a copy of `ProjectFigures` is one
    /// reference to them. (Copied as a struct, each was a retain of every string and array of
    /// the project, a few hundred instructions, and lists, sorts and lookups copy them often.)
    private final class Storage: Sendable {
        let project: Project
        let inputs: ProjectInputs
        let earnedValue: EarnedValue
        let rag: RAGAssessment
        let approvedChanges: [ChangeRequest]
        let pendingChanges: [ChangeRequest]

        init(project: Project, changes: ChangeLog, settings: Settings, at date: Day) {
            self.project = project
            inputs = ProjectInputs(project: project, at: date)
            approvedChanges = changes.approved(for: project.id)
            pendingChanges = changes.pending(for: project.id)
            earnedValue = EarnedValue(project: project, inputs: inputs, approved: approvedChanges, at: date)
            rag = RAGAssessment(project: project, figures: earnedValue, inputs: inputs, thresholds: settings.thresholds, at: date)
        }
    }

    private let storage: Storage

    // Each read lends the stored value (`_read`) rather than copying it out.
    public var project: Project { _read { yield storage.project } }
    public var inputs: ProjectInputs { _read { yield storage.inputs } }
    public var earnedValue: EarnedValue { _read { yield storage.earnedValue } }
    public var rag: RAGAssessment { _read { yield storage.rag } }
    /// Approved change requests in force (they moved the baseline).
    public var approvedChanges: [ChangeRequest] { _read { yield storage.approvedChanges } }
    /// Submitted change requests: pending exposure, never added to the baseline.
    public var pendingChanges: [ChangeRequest] { _read { yield storage.pendingChanges } }

    public var id: String { project.id }
    public var pendingChangeCost: Money { pendingChanges.map(\.cost).sum() }
    public var pendingChangeDays: Int { pendingChanges.map(\.scheduleDays).reduce(0, +) }

    public init(project: Project, changes: ChangeLog, settings: Settings, at date: Day) {
        storage = Storage(project: project, changes: changes, settings: settings, at: date)
    }

    /// Equal when every figure is, as for the plain struct it was.
    public static func == (a: ProjectFigures, b: ProjectFigures) -> Bool {
        a.storage === b.storage || (a.project == b.project && a.inputs == b.inputs && a.earnedValue == b.earnedValue
            && a.rag == b.rag && a.approvedChanges == b.approvedChanges && a.pendingChanges == b.pendingChanges)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(project)
        hasher.combine(inputs)
        hasher.combine(earnedValue)
        hasher.combine(rag)
        hasher.combine(approvedChanges)
        hasher.combine(pendingChanges)
    }
}
