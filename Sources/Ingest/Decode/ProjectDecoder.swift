import Portfolio

/// A project as decoded, with the located references checked once every file is read.
struct ProjectDraft {
    let id: String
    /// Nil when a required field is missing; the references are still checked.
    var project: Project?
    var programRef: Located<String>?
    var dependsOn: [Located<String>]
    var scoreKeys: [Located<String>]
}

/// `content/projects/<id>/index.md` (SPEC §2.4). Status reports and `financials.csv` are
/// added by the loader.
enum ProjectDecoder {
    /// `register`: the project's row of `content/registers/projects.csv`, if any; it fills
    /// every field the front matter leaves out (SPEC §2.7), so `name` and `phase` may come from it.
    static func decode(id: String, _ r: inout FieldReader, body: String, path: String,
                       register: RegisterEntry? = nil) -> ProjectDraft {
        var draft = decodeFrontMatter(id: id, &r, body: body, path: path, register: register)
        register?.fill(&draft)
        return draft
    }

    private static func decodeFrontMatter(id: String, _ r: inout FieldReader, body: String, path: String,
                                          register: RegisterEntry?) -> ProjectDraft {
        let name = r.string("name", required: register?.name == nil ? "a project" : nil) ?? register?.name
        let program = r.located("program")
        let manager = r.string("manager")
        let sponsor = r.string("sponsor")
        let phase = r.choice("phase", Phase.self, what: "phase", required: register?.phase == nil ? "a project" : nil) ?? register?.phase
        let start = r.day("start")
        let finish = r.day("finish")
        r.checkOrder(start, finish, startKey: "start", finishKey: "finish")
        let budget = r.money("budget")
        let percentComplete = r.number("percent_complete", in: 0...100)
        let actualCost = r.money("actual_cost")
        let forecast = r.mapping("forecast") { f in (finish: f.day("finish"), cost: f.money("cost")) }
        let dependsOn = r.stringList("depends_on")
        let (scores, scoreKeys) = self.scores(&r)
        let savings = r.mapping("savings") { s in (planned: s.money("planned"), realised: s.money("realised")) }
        let category = r.string("category")
        let milestones = r.list("milestones") { milestone(&$0) }
        let risks = self.risks(&r)
        let uncertainty = r.mapping("uncertainty") { u in
            (duration: u.triple("duration", minimum: 0), cost: u.triple("cost", minimum: 0))
        }
        let demand = r.list("demand") { RoleLoadDecoder.demand(&$0) }
        let issues = r.list("issues") { issue(&$0) }
        let confidential = r.bool("confidential") ?? register?.confidential ?? false
        let draft = ProjectDraft(id: id, project: nil, programRef: program, dependsOn: dependsOn, scoreKeys: scoreKeys)
        guard let name, let phase else { return draft }
        let project = Project(
            id: id, name: name, program: program?.value, manager: manager, sponsor: sponsor, phase: phase,
            start: start, finish: finish, budget: budget, percentComplete: percentComplete, actualCost: actualCost,
            forecastFinish: forecast?.finish, forecastCost: forecast?.cost, dependsOn: dependsOn.map(\.value),
            scores: scores, savingsPlanned: savings?.planned, savingsRealised: savings?.realised, category: category,
            milestones: milestones, risks: risks, uncertaintyDuration: uncertainty?.duration,
            uncertaintyCost: uncertainty?.cost, demand: demand, issues: issues, confidential: confidential,
            body: body, location: SourceLocation(path: path))
        return ProjectDraft(id: id, project: project, programRef: program, dependsOn: dependsOn, scoreKeys: scoreKeys)
    }

    // MARK: - Parts

    /// `scores: {objective: 0–5}`, keyed by objective id.
    private static func scores(_ r: inout FieldReader) -> ([String: Double], [Located<String>]) {
        var scores: [String: Double] = [:]
        var keys: [Located<String>] = []
        guard let node = r.value("scores") else { return ([:], []) }
        r.read(node) { s in
            let source = s.source
            for (key, value) in s.allEntries() {
                keys.append(key)
                if let score = source.number(value, in: 0...5, what: "the score for `\(key.value)`", log: &s.log) {
                    scores[key.value] = score
                }
            }
        }
        return (scores, keys)
    }

    private static func milestone(_ m: inout FieldReader) -> Milestone? {
        let name = m.string("name", required: "a milestone")
        let baseline = m.day("baseline")
        let forecast = m.day("forecast")
        let actual = m.day("actual")
        let deliverable = m.bool("deliverable") ?? false
        return name.map { Milestone(name: $0, baseline: baseline, forecast: forecast, actual: actual, deliverable: deliverable) }
    }

    private static func risks(_ r: inout FieldReader) -> [Risk] {
        var ids: [Located<String>] = []
        let risks: [Risk] = r.list("risks") { k in
            let id = k.located("id", required: "a risk")
            let title = k.string("title", required: "a risk")
            let probability = k.number("probability", in: 0...1, required: "a risk")
            let cost = k.triple("cost", minimum: 0)
            let scheduleDays = k.triple("schedule_days")
            let owner = k.string("owner")
            let response = k.string("response")
            let status = k.choice("status", RiskStatus.self, what: "risk status") ?? .open
            guard let id else { return nil }
            ids.append(id)
            IdentifierRule.mixedCase.check(id.value, kind: "risk", at: id.location, log: &k.log)
            guard let title, let probability else { return nil }
            return Risk(id: id.value, title: title, probability: probability, cost: cost, scheduleDays: scheduleDays,
                        owner: owner, response: response, status: status)
        }
        IdentifierRule.checkUnique(ids, kind: "risk", log: &r.log)
        return risks
    }

    private static func issue(_ i: inout FieldReader) -> Issue? {
        let title = i.string("title", required: "an issue")
        let severity = i.choice("severity", IssueSeverity.self, what: "severity", required: "an issue")
        let owner = i.string("owner")
        let due = i.day("due")
        let status = i.string("status")
        guard let title, let severity else { return nil }
        return Issue(title: title, severity: severity, owner: owner, due: due, status: status)
    }
}
