import Foundation
import Site
import Testing
import TestSupport
@testable import Build

/// Issue #10, part 4: publishing as SPEC §1 says, tested through the real binary. A build
/// killed with SIGKILL while it writes leaves the previous site exactly as it was, and the
/// next build clears what it left; the refusals exit 2 and touch nothing.
@Suite(.serialized) struct RobustPublishingTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-robust-\(UUID().uuidString)")

    /// `pmo sample` with fewer simulation trials, so that rendering is most of the build.
    func sampleSite(projects: Int) throws -> URL {
        let site = scratch.appendingPathComponent("site")
        _ = try SiteImport.sample(projects: projects, seed: 3, into: site, force: false)
        let yaml = site.appendingPathComponent("pmo.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        try text.replacingOccurrences(of: "trials: 10000", with: "trials: 200").write(to: yaml, atomically: true, encoding: .utf8)
        return site
    }

    func setTitle(_ title: String, in site: URL) throws {
        let yaml = site.appendingPathComponent("pmo.yaml")
        let lines = try String(contentsOf: yaml, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try lines.map { $0.hasPrefix("title:") ? "title: \(title)" : String($0) }.joined(separator: "\n")
            .write(to: yaml, atomically: true, encoding: .utf8)
    }

    @Test func aBuildKilledWhileWritingLeavesThePreviousSite() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = try sampleSite(projects: 40)
        let output = site.appendingPathComponent("public")
        let staging = site.appendingPathComponent(".public.pmo-staging")
        try setTitle("Before", in: site)
        let first = try PMOBinary.run(["build", "--source", site.path, "--quiet"])
        try #require(first.status == 0, "\(first.stderr)")
        let before = try FolderSnapshot(output)
        #expect(before.files.count > 300)

        // A new title changes every page, so the build writes from its first batch of pages.
        try setTitle("After", in: site)
        let started = try PMOBinary.start(["build", "--source", site.path, "--quiet"])
        let deadline = Date().addingTimeInterval(120)
        var sawStaging = false
        while Date() < deadline && started.process.isRunning {
            if FileManager.default.fileExists(atPath: staging.path) { sawStaging = true; break }
            usleep(2_000)
        }
        kill(started.process.processIdentifier, SIGKILL)
        started.process.waitUntilExit()
        let killed = started.finish()
        try #require(sawStaging, "the build ended before its staging folder appeared: \(killed.stderr)")
        #expect(!killed.exitedNormally && killed.status == SIGKILL, "the build was not killed mid-way (status \(killed.status))")
        #expect(FileManager.default.fileExists(atPath: staging.path), "the killed build left its staging folder")

        // The previous site: every file, its bytes, modification time and inode.
        #expect(try FolderSnapshot(output) == before)

        // The next build, of the content the output already shows, writes nothing and clears the staging folder.
        try setTitle("Before", in: site)
        let same = try PMOBinary.run(["build", "--source", site.path])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("0 written, \(before.files.count) unchanged, 0 removed"), "\(same.stdout)")
        #expect(!FileManager.default.fileExists(atPath: staging.path), "a stale staging folder is left beside the output")
        #expect(try FolderSnapshot(output) == before)

        // And a build of the new content succeeds and shows it.
        try setTitle("After", in: site)
        let next = try PMOBinary.run(["build", "--source", site.path, "--quiet"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("After") && !home.contains("<title>Before"))
        // Nothing else beside the output but the build cache.
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).sorted() == [".pmo-cache", "content", "pmo.yaml", "public"])
    }

    @Test func aSiteMovedAsideByAKilledSwapIsPutBack() throws {
        // Where renameat2 is missing, the swap is two renames: output → .public.pmo-previous,
        // staging → output. A kill between them leaves no output; the next build puts the
        // previous site back first, so its unchanged files are kept (linked), not rewritten.
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("public")
        let aside = scratch.appendingPathComponent(".public.pmo-previous")
        try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: aside.appendingPathComponent("index.html"))
        try Data("same".utf8).write(to: aside.appendingPathComponent("keep.html"))
        try Data(Publisher.markerText.utf8).write(to: aside.appendingPathComponent(Publisher.markerName))
        let outcome = try Publisher(output: output).publish([OutputFile(path: "index.html", text: "new"), OutputFile(path: "keep.html", text: "same")])
        #expect(outcome == Publisher.Outcome(written: 1, unchanged: 2, removed: 0))
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["public"])

        // Both there (killed after the second rename): the one aside is stale and goes.
        try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: aside.appendingPathComponent("index.html"))
        _ = try Publisher(output: output).publish([OutputFile(path: "index.html", text: "new"), OutputFile(path: "keep.html", text: "same")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["public"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "new")
    }

    @Test func anOutputThatIsASymbolicLinkIsPublishedWhereItPoints() throws {
        // `public -> ../www/pmo`, as a web root is often linked: before, the swap replaced the
        // link with a folder and the web root never changed.
        defer { try? FileManager.default.removeItem(at: scratch) }
        let webRoot = scratch.appendingPathComponent("www/pmo")
        try FileManager.default.createDirectory(at: webRoot, withIntermediateDirectories: true)
        let output = scratch.appendingPathComponent("site/public")
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: output.path, withDestinationPath: "../www/pmo")
        for text in ["v1", "v2"] {
            _ = try Publisher(output: output).publish([OutputFile(path: "index.html", text: text)])
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: output.path) == "../www/pmo")
            #expect(try String(contentsOf: webRoot.appendingPathComponent("index.html"), encoding: .utf8) == text)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: webRoot.deletingLastPathComponent().path) == ["pmo"])
    }

    // MARK: - Refusals (exit 2)

    /// A site with a content error: were a refusal missing, the build would stop at loading
    /// (exit 1) before writing anything, so these runs can never harm the folders they name.
    func brokenSite() throws -> URL {
        let site = scratch.appendingPathComponent("broken")
        try Scaffold.write(into: site)
        try Data("title: Broken\nas_of: 2026-02-30\n".utf8).write(to: site.appendingPathComponent("pmo.yaml"))
        return site
    }

    func expectRefusal(_ arguments: [String], _ message: String, environment: [String: String]? = nil,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try PMOBinary.run(arguments, environment: environment)
        #expect(run.exitedNormally && run.status == 2, "exit \(run.status): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(message), "\(run.stderr)", sourceLocation: sourceLocation)
    }

    @Test func refusedOutputsExit2AndAreLeftAlone() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = try brokenSite()
        let source = ["build", "--source", site.path, "--quiet"]
        for force in [[], ["--force"]] {
            try expectRefusal(source + ["--output", site.path] + force, "refusing to write the site into the source folder")
            try expectRefusal(source + ["--output", scratch.path] + force, "which contains the source folder")
            try expectRefusal(source + ["--output", "/"] + force, "refusing to write the site into /")
            let account = FileManager.default.homeDirectoryForCurrentUser.path
            try expectRefusal(source + ["--output", account] + force, "refusing to write the site into the home folder")
            // $HOME as well as the account's home; and a folder that contains it.
            let home = scratch.appendingPathComponent("users/me")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = home.path
            try expectRefusal(source + ["--output", home.path] + force, "refusing to write the site into the home folder", environment: environment)
            try expectRefusal(source + ["--output", home.deletingLastPathComponent().path] + force, "which contains the home folder",
                              environment: environment)
        }
        // A path that leads to the source through `..` and a symbolic link is the source.
        let link = scratch.appendingPathComponent("alias")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site)
        try expectRefusal(source + ["--output", link.path + "/../broken"], "refusing to write the site into the source folder")
        try expectRefusal(source + ["--output", link.path], "refusing to write the site into the source folder")
        // A file is not a folder.
        let file = scratch.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        try expectRefusal(source + ["--output", file.path, "--force"], "is a file, not a folder")
        #expect(try String(contentsOf: file, encoding: .utf8) == "x")
    }

    @Test func aFolderPmoDoesNotOwnIsReplacedOnlyWithForce() throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = scratch.appendingPathComponent("site")
        try Scaffold.write(into: site)
        let foreign = scratch.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: foreign.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes/plan.txt"))
        let before = try FolderSnapshot(foreign)

        try expectRefusal(["build", "--source", site.path, "--output", foreign.path, "--quiet"],
                          "it is not empty and was not written by pmo (no .pmo-output marker); use --force to replace it")
        #expect(try FolderSnapshot(foreign) == before)
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent(".docs.pmo-staging").path))

        let forced = try PMOBinary.run(["build", "--source", site.path, "--output", foreign.path, "--quiet", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let after = try FolderSnapshot(foreign)
        #expect(after.files["notes/plan.txt"] == nil && after.files[".pmo-output"] != nil && after.files["index.html"] != nil)
        // Now pmo owns it: no --force needed.
        #expect(try PMOBinary.run(["build", "--source", site.path, "--output", foreign.path, "--quiet"]).status == 0)
    }
}
