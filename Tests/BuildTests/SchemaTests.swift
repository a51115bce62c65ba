import Foundation
import Ingest
import Portfolio
import Testing
@testable import Build

/// `pmo schema` names only keys pmo reads: a site whose files hold every property of the
/// schema (as null, which pmo treats as absent) loads without one `unknown-key` warning.
@Suite struct SchemaTests {
    @Test func schemaIsJSONAndEveryPropertyIsAKnownKey() throws {
        let doc = try JSONSerialization.jsonObject(with: Data(FrontMatterSchema.json.utf8)) as? [String: Any]
        let defs = try #require(doc?["$defs"] as? [String: Any])
        #expect(Set(defs.keys) == ["pmo.yaml", "portfolio", "program", "project", "status", "change"])

        let site = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-schema-\(UUID().uuidString)")
        try Scaffold.write(into: site)
        func nulls(_ kind: String, keep: [String: String]) -> String {
            FrontMatterSchema.properties(of: kind).map { "\($0): \(keep[$0] ?? "~")" }.joined(separator: "\n")
        }
        func write(_ path: String, _ text: String) throws {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try write("pmo.yaml", nulls("pmo.yaml", keep: ["as_of": "2026-06-30"]) + "\n")
        try write("content/_index.md", "---\n" + nulls("portfolio", keep: ["name": "P"]) + "\n---\n")
        try write("content/programs/customer-experience/index.md", "---\n" + nulls("program", keep: ["name": "C"]) + "\n---\n")
        try write("content/projects/self-service-portal/index.md", "---\n" + nulls("project", keep: ["name": "S", "phase": "active"]) + "\n---\n")
        try write("content/projects/self-service-portal/status/2026-06-30.md", "---\n" + nulls("status", keep: [:]) + "\n---\n")
        try write("content/changes/CR-1.md", "---\n" + nulls("change", keep: ["project": "self-service-portal", "title": "T", "status": "submitted"]) + "\n---\n")

        let result = try Pipeline(options: BuildOptions(source: site, quiet: true)).check()
        #expect(result.diagnostics.filter { $0.code == "unknown-key" }.map(\.description) == [])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
    }
}
