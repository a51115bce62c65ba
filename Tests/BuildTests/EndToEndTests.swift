import Foundation
import Portfolio
import Testing
import TestSupport
@testable import Build

/// Builds the repository's example portfolio (`content/`, `pmo.yaml`) as a user would and
/// checks the site: every page of SPEC §4 that the skeleton renders, working links, the
/// guarantees of SPEC §1 "Publishing".
@Suite(.serialized) struct EndToEndTests {
    let repo = Fixtures.repositoryRoot()
    let scratch: URL

    init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    func build(source: URL, output: URL, jobs: Int? = nil, noCache: Bool = false) throws -> Pipeline.Result {
        try Pipeline(options: BuildOptions(source: source, output: output, jobs: jobs, quiet: true, noCache: noCache)).build()
    }

    /// Every file of a folder, relative path → bytes.
    func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! {
            let path = url.standardizedFileURL.path
            if let data = FileManager.default.contents(atPath: path), !url.hasDirectoryPath {
                files[String(path.dropFirst(root.count + 1))] = data
            }
        }
        return files
    }

    @Test func exampleSiteBuildsWithEveryPageAndWorkingLinks() throws {
        let output = scratch.appendingPathComponent("public")
        let result = try build(source: repo, output: output)
        #expect(result.succeeded, "diagnostics: \(result.diagnostics)")
        #expect(!result.diagnostics.hasErrors)

        // The pages SPEC §4 lists for every program, project and status report in content/.
        let content = repo.appendingPathComponent("content")
        let fm = FileManager.default
        var expected = ["index.html", "programs/index.html", "projects/index.html", "changes/index.html", "style.css"]
        let programs = try fm.contentsOfDirectory(atPath: content.appendingPathComponent("programs").path)
        expected += programs.map { "programs/\($0)/index.html" }
        let projects = try fm.contentsOfDirectory(atPath: content.appendingPathComponent("projects").path)
        var confidential = 0
        for project in projects {
            let index = try String(contentsOf: content.appendingPathComponent("projects/\(project)/index.md"), encoding: .utf8)
            if index.contains("\nconfidential: true") { confidential += 1; continue }
            expected.append("projects/\(project)/index.html")
            let status = content.appendingPathComponent("projects/\(project)/status")
            for file in (try? fm.contentsOfDirectory(atPath: status.path)) ?? [] where file.hasSuffix(".md") {
                let date = String(file.dropLast(3))
                // Reports dated after the status date are ignored (SPEC §3).
                if date <= "2026-10-31" { expected.append("projects/\(project)/status/\(date)/index.html") }
            }
        }
        #expect(programs.count >= 3 && projects.count >= 12, "the example portfolio has 3 programs and 12+ projects")
        #expect(confidential >= 1, "the example shows a confidential project")
        let files = snapshot(output)
        for path in expected { #expect(files[path] != nil, "missing page \(path)") }

        // Every relative link and stylesheet reference resolves to a file of the site.
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for target in LinkScanner.relativeTargets(in: html) {
                let resolved = LinkScanner.resolve(target, from: path)
                #expect(files[resolved] != nil, "\(path) links to \(target), which does not exist")
                checked += 1
            }
        }
        #expect(checked > 100)
        // The repository's layouts/ overrides the footer partial (STYLE.md, "Built-in theme").
        #expect(String(decoding: files["index.html"] ?? Data(), as: UTF8.self).contains("Portfolio Management Office · status date"))
    }

    @Test func rebuildingIsByteIdenticalAndWritesNothing() throws {
        let a = scratch.appendingPathComponent("a"), b = scratch.appendingPathComponent("b")
        _ = try build(source: repo, output: a, jobs: 1)
        _ = try build(source: repo, output: b, jobs: 2)
        #expect(snapshot(a) == snapshot(b))
        // Rendered again (not skipped by the build cache), every file found unchanged.
        let again = try build(source: repo, output: a, noCache: true)
        #expect(!again.cached)
        #expect(again.written == 0 && again.removed == 0)
        #expect(again.unchanged == snapshot(a).count)
    }

    @Test func contentErrorLeavesThePreviousSiteUntouched() throws {
        // A copy of a tiny valid site, built once, then broken.
        let site = scratch.appendingPathComponent("site")
        try Scaffold.write(into: site)
        let output = site.appendingPathComponent("public")
        let first = try build(source: site, output: output)
        #expect(first.succeeded, "diagnostics: \(first.diagnostics)")
        let before = snapshot(output)
        let dates = try before.keys.map { ($0, try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent($0).path)[.modificationDate] as? Date) }

        let project = site.appendingPathComponent("content/projects/self-service-portal/index.md")
        let text = try String(contentsOf: project, encoding: .utf8)
        try text.replacingOccurrences(of: "phase: active", with: "phase: actve")
            .replacingOccurrences(of: "budget: 800000", with: "budget: -5")
            .write(to: project, atomically: true, encoding: .utf8)
        let second = try build(source: site, output: output)
        #expect(!second.succeeded)
        #expect(second.exitStatus == 1)
        let errors = second.diagnostics.filter(\.isError).map(\.description)
        // Both problems, with path:line:column; the line numbers are those of the scaffold's file.
        #expect(errors.contains { $0.hasPrefix("content/projects/self-service-portal/index.md:6:8: error:") && $0.contains("[invalid-enum]") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("content/projects/self-service-portal/index.md:9:9: error:") && $0.contains("[out-of-range]") }, "\(errors)")
        #expect(snapshot(output) == before)
        for (path, date) in dates {
            #expect(try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.modificationDate] as? Date == date)
        }
    }

    @Test func aCopiedBinaryBuildsASiteAlone() throws {
        // The theme ships inside the binary: a pmo copied into an empty folder works.
        let built = repo.appendingPathComponent(".build/debug/pmo")
        try #require(FileManager.default.isExecutableFile(atPath: built.path), "build pmo first (swift build)")
        let lonely = scratch.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: lonely, withIntermediateDirectories: true)
        let binary = lonely.appendingPathComponent("pmo")
        try FileManager.default.copyItem(at: built, to: binary)

        let site = scratch.appendingPathComponent("fresh")
        #expect(try run(binary, ["init", site.path], in: lonely).status == 0)
        let build = try run(binary, ["build", "--source", site.path, "--quiet"], in: lonely)
        #expect(build.status == 0, "\(build.output)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/projects/self-service-portal/index.html").path))
        // A usage error exits 2 (SPEC §1).
        #expect(try run(binary, ["build", "--jobs", "0"], in: lonely).status == 2)
    }

    func run(_ binary: URL, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Finds the relative `href`/`src` targets of a page and resolves them against its path.
enum LinkScanner {
    static func relativeTargets(in html: String) -> [String] {
        var targets: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let range = rest.range(of: attribute) {
                rest = rest[range.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                let value = String(rest[..<end])
                rest = rest[end...]
                if value.isEmpty || value.hasPrefix("#") || value.contains(":") || value.hasPrefix("/") { continue }
                targets.append(String(value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]))
            }
        }
        return targets
    }

    static func resolve(_ target: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for piece in target.split(separator: "/", omittingEmptySubsequences: false) {
            switch piece {
            case "..": if !parts.isEmpty { parts.removeLast() }
            case ".", "": continue
            default: parts.append(String(piece))
            }
        }
        let path = parts.joined(separator: "/")
        return target.hasSuffix("/") ? path + "/index.html" : path
    }
}
