import Portfolio

/// The id rules of SPEC §2: project, program and objective ids hold lowercase letters,
/// digits and `-`; change request, risk and benefit ids may also hold capitals.
enum IdentifierRule {
    case lowercase
    case mixedCase

    func accepts(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { c in
            ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "-" || (self == .mixedCase && ("A"..."Z").contains(c))
        }
    }

    /// The importers' normal form: lowercase, each run of other characters one `-`, none at
    /// either end (`CO_0024_2021-Q2` → `co-0024-2021-q2`).
    /// With `keepingCase`, capitals stay (the hint for ids that may hold them).
    static func normalized(_ id: String, keepingCase: Bool = false) -> String {
        var out = ""
        var pendingDash = false
        for c in (keepingCase ? id : id.lowercased()).unicodeScalars {
            if ("a"..."z").contains(c) || ("0"..."9").contains(c) || (keepingCase && ("A"..."Z").contains(c)) {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(c)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// Logs `invalid-id` when `id` breaks the rule; returns whether it is valid.
    @discardableResult
    func check(_ id: String, kind: String, at location: SourceLocation, log: inout DiagnosticLog) -> Bool {
        guard !accepts(id) else { return true }
        let allowed = self == .lowercase ? "lowercase letters, digits and `-`" : "letters, digits and `-`"
        let suggestion = Self.normalized(id, keepingCase: self == .mixedCase)
        log.error(.invalidID, "\(kind) id `\(id)` may hold only \(allowed)", at: location,
                  hint: suggestion.isEmpty ? nil : "did you mean `\(suggestion)`?")
        return false
    }

    /// Logs `duplicate-id` for every id after its first occurrence.
    static func checkUnique(_ ids: [Located<String>], kind: String, log: inout DiagnosticLog) {
        var first: [String: SourceLocation] = [:]
        for id in ids {
            if let earlier = first[id.value] {
                log.error(.duplicateID, "duplicate \(kind) id `\(id.value)`, first given at line \(earlier.line ?? 0)", at: id.location)
            } else {
                first[id.value] = id.location
            }
        }
    }
}
