import Foundation
import Portfolio
import Testing
import TestSupport
@testable import Build

/// `pmo new`: skeletons land where SPEC §2 puts them, load, and never overwrite.
@Suite struct NewFileTests {
    @Test func skeletonsLoadAndAskOnlyForWhatMustBeFilledIn() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-new-\(UUID().uuidString)")
        try Scaffold.write(into: site)
        let day = Day(iso: "2026-07-31")!
        #expect(try NewFile.write(.project(id: "data-platform", program: "customer-experience"), source: site) == "content/projects/data-platform/index.md")
        #expect(try NewFile.write(.status(project: "data-platform", date: day), source: site) == "content/projects/data-platform/status/2026-07-31.md")
        #expect(try NewFile.write(.change(id: "CR-0001", project: "data-platform", date: day), source: site) == "content/changes/CR-0001.md")
        #expect(throws: BuildError.self) { try NewFile.write(.project(id: "data-platform", program: nil), source: site) }   // exists
        #expect(throws: BuildError.self) { try NewFile.write(.status(project: "nope", date: day), source: site) }          // no such project

        let result = try Pipeline(options: BuildOptions(source: site, quiet: true)).check()
        // The change request's title is the one thing left blank on purpose.
        #expect(result.diagnostics.filter(\.isError).map(\.description) == ["content/changes/CR-0001.md:2:1: error: a change request has no `title` [missing-field]"])
    }

    @Test func ids() {
        #expect(NewFile.isValidID("data-platform"))
        #expect(!NewFile.isValidID("Data_Platform"))
        #expect(!NewFile.isValidID("-x"))
        #expect(NewFile.isValidID("CR-0042", allowCapitals: true))
        #expect(!NewFile.isValidID("CR-0042"))
    }
}
