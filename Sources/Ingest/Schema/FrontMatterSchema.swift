/// `pmo schema`: JSON Schema (draft 2020-12) of `pmo.yaml` and of every front matter kind
/// (SPEC §2), for editors that validate YAML. Kept beside the decoders; a test loads a file
/// with every property named here and expects no `unknown-key` warning.
public enum FrontMatterSchema {
    static let date = #"{"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}"#
    static let month = #"{"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}"#
    static let money = #"{"type": "number", "minimum": 0}"#
    static let triple = #"{"type": "array", "items": {"type": "number"}, "minItems": 3, "maxItems": 3}"#
    static let rag = #"{"enum": ["green", "amber-green", "amber", "amber-red", "red", "G", "A", "R"]}"#
    static let role = #"{"type": "object", "required": ["role", "fte"], "properties": {"role": {"type": "string"}, "fte": {"type": "number", "minimum": 0}, "from": \#(month), "to": \#(month)}, "additionalProperties": false}"#

    /// Property names of each kind, in the order of SPEC §2, with their schemas.
    static let kinds: [(name: String, title: String, properties: [(String, String)], required: [String])] = [
        ("pmo.yaml", "Site and computation settings (pmo.yaml)", [
            ("title", #"{"type": "string"}"#), ("base_url", #"{"type": "string"}"#), ("as_of", date),
            ("currency", #"{"type": "string"}"#), ("locale", #"{"type": "string"}"#),
            ("fiscal_year_start", #"{"type": "integer", "minimum": 1, "maximum": 12}"#),
            ("rollup", #"{"enum": ["worst", "weighted"]}"#),
            ("thresholds", #"{"type": "object", "properties": {"index": {"type": "object", "properties": {"green": {"type": "number"}, "amber": {"type": "number"}}}, "variance": {"type": "object", "properties": {"green": {"type": "number"}, "amber": {"type": "number"}}}}}"#),
            ("simulation", #"{"type": "object", "properties": {"trials": {"type": "integer", "minimum": 1}, "seed": {"type": "integer", "minimum": 0}, "distribution": {"enum": ["pert", "triangular"]}, "duration": \#(triple), "cost": \#(triple)}}"#),
            ("markdown", #"{"type": "object", "properties": {"unsafe": {"type": "boolean"}}}"#),
            ("reporting", #"{"type": "object", "properties": {"period": {"enum": ["month", "quarter"]}}}"#),
        ], []),
        ("portfolio", "The portfolio (content/_index.md front matter)", [
            ("name", #"{"type": "string"}"#),
            ("objectives", #"{"type": "array", "items": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "pattern": "^[a-z0-9-]+$"}, "name": {"type": "string"}, "weight": {"type": "number", "minimum": 0}}}}"#),
            ("funding", money),
            ("horizon", #"{"type": "object", "properties": {"from": \#(month), "to": \#(month)}}"#),
            ("capacity", #"{"type": "array", "items": \#(role)}"#),
        ], ["name"]),
        ("program", "A program (content/programs/<id>/index.md front matter)", [
            ("name", #"{"type": "string"}"#), ("sponsor", #"{"type": "string"}"#), ("manager", #"{"type": "string"}"#),
            ("objectives", #"{"type": "array", "items": {"type": "string"}}"#),
            ("rollup", #"{"enum": ["worst", "weighted"]}"#),
            ("benefits", #"{"type": "array", "items": {"type": "object", "required": ["id", "target"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "unit": {"type": "string"}, "financial": {"type": "boolean"}, "baseline": {"type": "number"}, "target": {"type": "number"}, "start": \#(date), "target_date": \#(date), "owner": {"type": "string"}, "measurements": {"type": "array", "items": {"type": "object", "properties": {"date": \#(date), "value": {"type": "number"}}}}}}}"#),
            ("stakeholders", #"{"type": "array", "items": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "role": {"type": "string"}, "power": {"enum": ["high", "low"]}, "interest": {"enum": ["high", "low"]}}}}"#),
        ], ["name"]),
        ("project", "A project (content/projects/<id>/index.md front matter)", [
            ("name", #"{"type": "string"}"#), ("program", #"{"type": "string"}"#), ("manager", #"{"type": "string"}"#),
            ("sponsor", #"{"type": "string"}"#),
            ("phase", #"{"enum": ["proposed", "approved", "active", "on-hold", "closed", "cancelled"]}"#),
            ("start", date), ("finish", date), ("budget", money),
            ("percent_complete", #"{"type": "number", "minimum": 0, "maximum": 100}"#), ("actual_cost", money),
            ("forecast", #"{"type": "object", "properties": {"finish": \#(date), "cost": \#(money)}}"#),
            ("depends_on", #"{"type": "array", "items": {"type": "string"}}"#),
            ("scores", #"{"type": "object", "additionalProperties": {"type": "number", "minimum": 0, "maximum": 5}}"#),
            ("savings", #"{"type": "object", "properties": {"planned": \#(money), "realised": \#(money)}}"#),
            ("category", #"{"type": "string"}"#),
            ("milestones", #"{"type": "array", "items": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "baseline": \#(date), "forecast": \#(date), "actual": \#(date), "deliverable": {"type": "boolean"}}}}"#),
            ("risks", #"{"type": "array", "items": {"type": "object", "required": ["id", "title", "probability"], "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "probability": {"type": "number", "minimum": 0, "maximum": 1}, "cost": \#(triple), "schedule_days": \#(triple), "owner": {"type": "string"}, "response": {"type": "string"}, "status": {"enum": ["open", "closed"]}}}}"#),
            ("uncertainty", #"{"type": "object", "properties": {"duration": \#(triple), "cost": \#(triple)}}"#),
            ("demand", #"{"type": "array", "items": \#(role)}"#),
            ("issues", #"{"type": "array", "items": {"type": "object", "required": ["title", "severity"], "properties": {"title": {"type": "string"}, "severity": {"enum": ["low", "medium", "high", "critical"]}, "owner": {"type": "string"}, "due": \#(date), "status": {"type": "string"}}}}"#),
            ("confidential", #"{"type": "boolean"}"#),
        ], ["name", "phase"]),
        ("status", "A status report (content/projects/<id>/status/<YYYY-MM-DD>.md front matter)", [
            ("overall", #"{"enum": ["green", "amber-green", "amber", "amber-red", "red", "G", "A", "R", "withheld", "not-rated"]}"#),
            ("overall_note", #"{"type": "string"}"#),
            ("schedule", rag), ("cost", rag), ("scope", rag), ("resources", rag),
            ("ratings", #"{"type": "array", "items": {"type": "object", "required": ["by", "value"], "properties": {"by": {"type": "string"}, "value": {"type": "string"}, "note": {"type": "string"}}}}"#),
            ("percent_complete", #"{"type": "number", "minimum": 0, "maximum": 100}"#), ("actual_cost", money),
            ("forecast_finish", date), ("forecast_cost", money),
        ], []),
        ("change", "A change request (content/changes/<id>.md front matter)", [
            ("project", #"{"type": "string"}"#), ("title", #"{"type": "string"}"#),
            ("status", #"{"enum": ["submitted", "approved", "rejected", "deferred"]}"#),
            ("submitted", date), ("decided", date),
            ("impact", #"{"type": "object", "properties": {"cost": {"type": "number"}, "schedule_days": {"type": "integer"}, "demand": {"type": "array", "items": \#(role)}}}"#),
        ], ["project", "title", "status"]),
    ]

    /// The whole document: one definition per kind under `$defs`.
    public static var json: String {
        var out = "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"pmo content\",\n  \"$defs\": {\n"
        out += kinds.enumerated().map { index, kind in
            let props = kind.properties.map { "        \"\($0.0)\": \($0.1)" }.joined(separator: ",\n")
            let required = kind.required.map { "\"\($0)\"" }.joined(separator: ", ")
            return "    \"\(kind.name)\": {\n      \"title\": \"\(kind.title)\",\n      \"type\": \"object\",\n      \"required\": [\(required)],\n      \"additionalProperties\": false,\n      \"properties\": {\n\(props)\n      }\n    }"
        }.joined(separator: ",\n")
        return out + "\n  }\n}\n"
    }

    /// Property names of a kind (`pmo.yaml`, `portfolio`, `program`, `project`, `status`, `change`).
    public static func properties(of kind: String) -> [String] {
        kinds.first { $0.name == kind }?.properties.map(\.0) ?? []
    }
}
