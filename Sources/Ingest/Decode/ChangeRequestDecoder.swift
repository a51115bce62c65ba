import Portfolio

/// A change request as decoded, with its located project reference.
struct ChangeDraft {
    let id: String
    /// Nil when a required field is missing; the project reference is still checked.
    var change: ChangeRequest?
    var projectRef: Located<String>?
}

/// `content/changes/<id>.md` (SPEC §2.6). Impact cost and days may be negative (descoping).
enum ChangeRequestDecoder {
    static func decode(id: String, _ r: inout FieldReader, body: String, path: String) -> ChangeDraft {
        let project = r.located("project", required: "a change request")
        let title = r.string("title", required: "a change request")
        let status = r.choice("status", ChangeStatus.self, what: "change status", required: "a change request")
        let submitted = r.day("submitted")
        let decided = r.day("decided")
        r.checkOrder(submitted, decided, startKey: "submitted", finishKey: "decided")
        let impact = r.mapping("impact") { i in
            (cost: i.money("cost", allowNegative: true), days: i.integer("schedule_days"),
             demand: i.list("demand") { RoleLoadDecoder.demand(&$0) })
        }
        guard let project, let title, let status else { return ChangeDraft(id: id, change: nil, projectRef: project) }
        let change = ChangeRequest(id: id, project: project.value, title: title, status: status, submitted: submitted,
                                   decided: decided, cost: impact?.cost ?? .zero, scheduleDays: impact?.days ?? 0,
                                   demand: impact?.demand ?? [], body: body, location: SourceLocation(path: path))
        return ChangeDraft(id: id, change: change, projectRef: project)
    }
}
