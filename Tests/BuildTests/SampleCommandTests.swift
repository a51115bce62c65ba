import Analysis
import Foundation
import Ingest
import Site
import Portfolio
import Testing
@testable import Build

/// `pmo sample` (SPEC §1): the folder it writes passes `pmo check` without an error, holds what
/// the issue asks for (programs, narratives with tables and lists, monthly status reports,
/// financials, risks, demand, capacity, objectives, funding, changes), and the same seed
/// writes the same bytes.
@Suite struct SampleCommandTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-sample-\(UUID().uuidString)")


    /// The office worked out beside the simulation (`Figures.simulated(_:at:threads:)`, as a
    /// build does) gives the published data the office worked out before it gives, on one
    /// thread or two.
    @Test func theOfficeBesideTheSimulationGivesTheSameData() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("site")
        _ = try SiteImport.sample(projects: 30, seed: 3, into: folder, force: false)
        let tree = SourceTree(files: folderSnapshot(folder).mapValues { Array($0) })
        var portfolio = try #require(PortfolioLoader.load(tree, options: LoadOptions()).portfolio)
        portfolio.settings.simulation.trials = 500
        let date = try #require(portfolio.settings.asOf)
        let before = Figures(portfolio: portfolio, at: date, threads: 2).simulated(portfolio.settings.simulation, threads: 2)
        #expect(before.office != nil)
        let data = PortfolioData.document(portfolio: portfolio, figures: before).serialized()
        for threads in [1, 2] {
            let beside = Figures.simulated(portfolio, at: date, threads: threads)
            #expect(PortfolioData.document(portfolio: portfolio, figures: beside).serialized() == data)
        }
    }

    @Test func twentyProjectsPassCheckWithNoError() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("site")
        let outcome = try SiteImport.sample(projects: 20, seed: 1, into: folder, force: false)
        #expect(outcome.written == folderSnapshot(folder).count)

        let check = try Pipeline(options: BuildOptions(source: folder, quiet: true)).check()
        #expect(check.succeeded)
        #expect(check.diagnostics.filter(\.isError).isEmpty, "\(check.diagnostics.filter(\.isError).prefix(5))")

        // What the folder holds, read back through the loader.
        let files = folderSnapshot(folder)
        let tree = SourceTree(files: files.mapValues { Array($0) })
        let loaded = PortfolioLoader.load(tree, options: LoadOptions())
        let portfolio = try #require(loaded.portfolio)
        #expect(portfolio.projects.count == 20)
        #expect(portfolio.programs.count == 2)  // one program per ten projects, rounded up
        #expect(Set(portfolio.projects.map(\.phase)).count >= 4)
        #expect(portfolio.info.objectives.count == 4)
        #expect(portfolio.info.funding != nil)
        #expect(!portfolio.info.capacity.isEmpty)
        #expect(!portfolio.changes.isEmpty)
        #expect(portfolio.projects.allSatisfy { !$0.risks.isEmpty && !$0.demand.isEmpty && !$0.milestones.isEmpty })
        #expect(files.keys.contains { $0.hasSuffix("/financials.csv") })
        // Started projects report monthly, at most 18 reports each; the others have none.
        for project in portfolio.projects {
            if project.start! > SamplePortfolio.asOf { #expect(project.statusReports.isEmpty) }
            #expect(project.statusReports.count <= 18)
        }
        #expect(portfolio.projects.map(\.statusReports.count).reduce(0, +) >= 100)
        // Narratives: about 3 KB of Markdown with a table and lists.
        for project in portfolio.projects {
            #expect((2_000...5_000).contains(project.body.utf8.count), "\(project.id): \(project.body.utf8.count) bytes")
            #expect(project.body.contains("|---|"))
            #expect(project.body.contains("\n- "))
        }
        let report = try #require(portfolio.projects.flatMap(\.statusReports).first)
        #expect((2_000...4_000).contains(report.body.utf8.count))
        #expect(report.body.contains("- [ ] "))
    }

    @Test func theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let a = scratch.appendingPathComponent("a"), b = scratch.appendingPathComponent("b"), c = scratch.appendingPathComponent("c")
        _ = try SiteImport.sample(projects: 20, seed: 7, into: a, force: false)
        _ = try SiteImport.sample(projects: 20, seed: 7, into: b, force: false)
        _ = try SiteImport.sample(projects: 20, seed: 8, into: c, force: false)
        let first = folderSnapshot(a)
        #expect(first.count > 200)
        #expect(first == folderSnapshot(b))
        #expect(first != folderSnapshot(c))
    }

    @Test func aNonEmptyFolderIsRefusedWithoutForce() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: scratch.appendingPathComponent("notes.txt"))
        #expect(throws: BuildError.self) { try SiteImport.sample(projects: 2, seed: 1, into: scratch, force: false) }
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("notes.txt").path))
    }
}
