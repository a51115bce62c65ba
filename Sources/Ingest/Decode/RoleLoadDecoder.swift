import Portfolio

/// `{role, fte, from, to}` entries: portfolio capacity, project demand, change-request demand.
enum RoleLoadDecoder {
    struct RoleLoad {
        var role: String
        var fte: Double
        var from: Month?
        var to: Month?
    }

    static func decode(_ r: inout FieldReader, owner: String) -> RoleLoad? {
        let role = r.string("role", required: owner)
        let fte = r.number("fte", in: 0...Double.greatestFiniteMagnitude, required: owner)
        let from = r.month("from")
        let to = r.month("to")
        r.checkOrder(from, to, startKey: "from", finishKey: "to")
        guard let role, let fte else { return nil }
        return RoleLoad(role: role, fte: fte, from: from, to: to)
    }

    static func demand(_ r: inout FieldReader) -> DemandEntry? {
        decode(&r, owner: "a demand entry").map { DemandEntry(role: $0.role, fte: $0.fte, from: $0.from, to: $0.to) }
    }

    static func capacity(_ r: inout FieldReader) -> CapacityEntry? {
        decode(&r, owner: "a capacity entry").map { CapacityEntry(role: $0.role, fte: $0.fte, from: $0.from, to: $0.to) }
    }
}
