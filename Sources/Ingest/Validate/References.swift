import Portfolio

/// Checks the references between files once all are read: a project's program, its
/// `depends_on` and `scores` keys, a program's objectives, a change request's project.
/// Known ids are every folder found, so a program whose file failed to decode causes no
/// second error at each reference to it.
enum References {
    static func check(programs: [ProgramDraft], projects: [ProjectDraft], changes: [ChangeDraft],
                      programIDs: [String], projectIDs: [String], objectiveIDs: [String]?, log: inout DiagnosticLog) {
        // Looked up in sets: an array scan per reference was quadratic (ten thousand projects'
        // dependencies against ten thousand ids). The arrays stay for the suggestions.
        let programSet = Set(programIDs), projectSet = Set(projectIDs), objectiveSet = objectiveIDs.map(Set.init)
        for draft in projects {
            if let ref = draft.programRef, !programSet.contains(ref.value) {
                log.error(.unknownProgram, "project `\(draft.id)` names program `\(ref.value)`, which does not exist",
                          at: ref.location, hint: Suggestion.hint(for: ref.value, among: programIDs))
            }
            for ref in draft.dependsOn where !projectSet.contains(ref.value) {
                log.error(.unknownProject, "project `\(draft.id)` depends on `\(ref.value)`, which does not exist",
                          at: ref.location, hint: Suggestion.hint(for: ref.value, among: projectIDs))
            }
            if let objectiveIDs, let objectiveSet {
                for ref in draft.scoreKeys where !objectiveSet.contains(ref.value) {
                    log.error(.unknownObjective, "project `\(draft.id)` scores objective `\(ref.value)`, which does not exist",
                              at: ref.location, hint: Suggestion.hint(for: ref.value, among: objectiveIDs))
                }
            }
        }
        if let objectiveIDs, let objectiveSet {
            for draft in programs {
                for ref in draft.objectiveRefs where !objectiveSet.contains(ref.value) {
                    log.error(.unknownObjective, "program `\(draft.id)` names objective `\(ref.value)`, which does not exist",
                              at: ref.location, hint: Suggestion.hint(for: ref.value, among: objectiveIDs))
                }
            }
        }
        for draft in changes {
            guard let ref = draft.projectRef, !projectSet.contains(ref.value) else { continue }
            log.error(.unknownProject, "change request `\(draft.id)` is for project `\(ref.value)`, which does not exist",
                      at: ref.location, hint: Suggestion.hint(for: ref.value, among: projectIDs))
        }
    }
}
