import Portfolio

/// A program as decoded, with the located references checked once every file is read.
struct ProgramDraft {
    let id: String
    /// Nil when a required field is missing; the references are still checked.
    var program: Program?
    var objectiveRefs: [Located<String>]
}

/// `content/programs/<id>/index.md` (SPEC §2.3).
enum ProgramDecoder {
    static func decode(id: String, _ r: inout FieldReader, body: String, path: String) -> ProgramDraft {
        let name = r.string("name", required: "a program")
        let sponsor = r.string("sponsor")
        let manager = r.string("manager")
        let objectives = r.stringList("objectives")
        let rollup = r.choice("rollup", RollupRule.self, what: "rollup rule")
        var benefitIDs: [Located<String>] = []
        let benefits: [Benefit] = r.list("benefits") { b in
            guard let (benefit, id) = benefit(&b) else { return nil }
            benefitIDs.append(id)
            return benefit
        }
        IdentifierRule.checkUnique(benefitIDs, kind: "benefit", log: &r.log)
        let stakeholders: [Stakeholder] = r.list("stakeholders") { s in
            let name = s.string("name", required: "a stakeholder")
            let role = s.string("role")
            let power = s.choice("power", Level.self, what: "power")
            let interest = s.choice("interest", Level.self, what: "interest")
            return name.map { Stakeholder(name: $0, role: role, power: power, interest: interest) }
        }
        guard let name else { return ProgramDraft(id: id, program: nil, objectiveRefs: objectives) }
        let program = Program(id: id, name: name, sponsor: sponsor, manager: manager, objectives: objectives.map(\.value),
                              rollup: rollup, benefits: benefits, stakeholders: stakeholders, body: body,
                              location: SourceLocation(path: path))
        return ProgramDraft(id: id, program: program, objectiveRefs: objectives)
    }

    private static func benefit(_ b: inout FieldReader) -> (Benefit, Located<String>)? {
        let id = b.located("id", required: "a benefit")
        let name = b.string("name")
        let unit = b.string("unit")
        let financial = b.bool("financial") ?? false
        let baseline = b.number("baseline") ?? 0
        let target = b.number("target", required: "a benefit")
        let start = b.day("start")
        let targetDate = b.day("target_date")
        b.checkOrder(start, targetDate, startKey: "start", finishKey: "target_date")
        let owner = b.string("owner")
        let measurements: [Measurement] = b.list("measurements") { m in
            let date = m.day("date", required: "a measurement")
            let value = m.number("value", required: "a measurement")
            guard let date, let value else { return nil }
            return Measurement(date: date, value: value)
        }
        guard let id, let target else { return nil }
        IdentifierRule.mixedCase.check(id.value, kind: "benefit", at: id.location, log: &b.log)
        let benefit = Benefit(id: id.value, name: name ?? id.value, unit: unit, financial: financial, baseline: baseline,
                              target: target, start: start, targetDate: targetDate, owner: owner,
                              measurements: measurements.sorted { $0.date < $1.date })
        return (benefit, id)
    }
}
