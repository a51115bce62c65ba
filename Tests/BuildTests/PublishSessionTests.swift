import Foundation
import Site
import Testing
@testable import Build

/// Publishing in batches, as `pmo build` does while pages render: files met before the first
/// change are linked into the new site once it is needed, so the result is the same as
/// publishing everything at once, on one thread or two.
@Suite struct PublishSessionTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-session-\(UUID().uuidString)")
    var output: URL { root.appendingPathComponent("public") }

    func inode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.systemFileNumber] as? Int)
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// What a publish saw of each file it wrote (size, times, inode), whole or in pieces, is what
    /// `lstat` sees of it in the published site: the build cache takes it as its first look.
    @Test(arguments: [1, 2]) func theWrittenFilesAreAsTheSiteHoldsThem(threads: Int) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Publisher(output: output).publish([OutputFile(path: "same.html", text: "same"), OutputFile(path: "old.html", text: "old")])
        let session = try PublishSession(output: output, threads: threads)
        try session.add([OutputFile(path: "same.html", text: "same"), OutputFile(path: "old.html", text: "new"),
                         OutputFile(path: "a/b/c.html", text: "deep")])
        try session.add([OutputFile(path: "pack.html", parts: ["one ", "two "], continues: true)])
        try session.add([OutputFile(path: "pack.html", parts: ["three"])])
        _ = try session.finish()
        let written = session.writtenEntries
        #expect(Set(written.keys) == ["old.html", "a/b/c.html", "pack.html"])  // not the unchanged ones, nor the marker
        let manifest = try #require(BuildCache.manifest(of: output))
        for entry in manifest where written[entry.path] != nil {
            #expect(written[entry.path] == entry, "\(entry.path)")
        }
        #expect(written["pack.html"]?.size == 13)
    }

    @Test(arguments: [1, 2]) func aChangeAfterUnchangedBatchesKeepsTheEarlierFiles(threads: Int) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let first = (0..<20).map { OutputFile(path: "p/\($0)/index.html", text: "page \($0)") }
        _ = try Publisher(output: output).publish(first + [OutputFile(path: "gone.html", text: "x")])
        let kept = try inode("p/3/index.html")

        let session = try PublishSession(output: output, threads: threads)
        try session.add(Array(first[0..<10]))   // unchanged: nothing written yet
        #expect(!FileManager.default.fileExists(atPath: session.staging.path))
        try session.add(Array(first[10..<19]) + [OutputFile(path: "p/19/index.html", text: "changed")])
        try session.add([OutputFile(path: "new/index.html", text: "new")])
        let outcome = try session.finish()

        // 19 unchanged pages and the marker; one changed and one new page; gone.html removed.
        #expect(outcome == Publisher.Outcome(written: 2, unchanged: 20, removed: 1))
        #expect(try inode("p/3/index.html") == kept)
        #expect(try text("p/0/index.html") == "page 0")
        #expect(try text("p/19/index.html") == "changed")
        #expect(try text("new/index.html") == "new")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("gone.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    /// Whatever hands files over, none is written outside the output folder.
    @Test func pathsThatWouldLeaveTheOutputAreRefused() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["../x.html", "a/../../x.html", "/etc/x", "a//b.html", "a/./b.html", ".", "..", "", "a/", "a/.."] {
            #expect(!PublishSession.staysInside(path), "\(path)")
            let session = try PublishSession(output: output)
            #expect(throws: BuildError.self) { try session.add([OutputFile(path: path, text: "x")]) }
            session.discard()
        }
        for path in ["index.html", ".pmo-output", "a/b/index.html", "...", "a/..b/c", "..a", "a.."] {
            #expect(PublishSession.staysInside(path), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("x.html").path))
    }

    @Test func onlyARemovalStillReplacesTheSite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [OutputFile(path: "a.html", text: "a"), OutputFile(path: "b.html", text: "b")]
        _ = try Publisher(output: output).publish(files)
        let outcome = try Publisher(output: output).publish([files[0]], threads: 2)
        #expect(outcome == Publisher.Outcome(written: 0, unchanged: 2, removed: 1))
        #expect(try text("a.html") == "a")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("b.html").path))
    }
}
