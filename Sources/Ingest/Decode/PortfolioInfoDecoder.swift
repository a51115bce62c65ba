import Portfolio

/// `content/_index.md` (SPEC §2.2).
enum PortfolioInfoDecoder {
    /// The portfolio and the located objective ids (for duplicate and reference checks).
    static func decode(_ r: inout FieldReader, body: String) -> (info: PortfolioInfo?, objectiveIDs: [Located<String>]) {
        let name = r.string("name", required: "the portfolio")
        var ids: [Located<String>] = []
        let objectives: [Objective] = r.list("objectives") { o in
            let id = o.located("id", required: "an objective")
            // A name defaults to the id; a weight to 1 (weights are normalised anyway).
            let name = o.string("name")
            let weight = o.number("weight", in: 0...Double.greatestFiniteMagnitude)
            guard let id else { return nil }
            IdentifierRule.lowercase.check(id.value, kind: "objective", at: id.location, log: &o.log)
            ids.append(id)
            return Objective(id: id.value, name: name ?? id.value, weight: weight ?? 1)
        }
        IdentifierRule.checkUnique(ids, kind: "objective", log: &r.log)
        // Weights are normalised by their sum (SPEC §3.8): a sum of 0 leaves nothing to normalise.
        if !objectives.isEmpty, objectives.map(\.weight).reduce(0, +) == 0, let at = r.locationOf("objectives") {
            r.log.error(.outOfRange, "the objective weights sum to 0; at least one weight must be above 0", at: at)
        }
        let funding = r.money("funding")
        let horizon: MonthRange?? = r.mapping("horizon") { h in
            let from = h.month("from")
            let to = h.month("to")
            if from == nil, h.locationOf("from") == nil { h.log.error(.missingField, "the horizon has no `from`", at: h.location) }
            if to == nil, h.locationOf("to") == nil { h.log.error(.missingField, "the horizon has no `to`", at: h.location) }
            h.checkOrder(from, to, startKey: "from", finishKey: "to")
            guard let from, let to else { return nil }
            return MonthRange(from: from, to: to)
        }
        let capacity = r.list("capacity") { RoleLoadDecoder.capacity(&$0) }
        guard let name else { return (nil, ids) }
        return (PortfolioInfo(name: name, objectives: objectives, funding: funding, horizon: horizon ?? nil,
                              capacity: capacity, body: body, location: SourceLocation(path: ContentLayout.portfolioPath)), ids)
    }
}
