import Foundation
import Site
import Testing
@testable import Build

/// Publishing as SPEC §1 says: atomic swap, unchanged files keep bytes and mtime, the marker.
@Suite struct PublisherTests {
    let root: URL
    var output: URL { root.appendingPathComponent("public") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-publisher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func modificationDate(_ path: String) throws -> Date {
        try #require(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.modificationDate] as? Date)
    }

    func inode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.systemFileNumber] as? Int)
    }

    @Test func firstPublishWritesEveryFileAndTheMarker() throws {
        let outcome = try Publisher(output: output).publish([
            OutputFile(path: "index.html", text: "<p>home</p>"),
            OutputFile(path: "projects/a/index.html", text: "<p>a</p>"),
        ])
        // Two pages plus the .pmo-output marker.
        #expect(outcome == Publisher.Outcome(written: 3, unchanged: 0, removed: 0))
        #expect(try String(contentsOf: output.appendingPathComponent("projects/a/index.html"), encoding: .utf8) == "<p>a</p>")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".pmo-output").path))
    }

    @Test func republishingTheSameFilesWritesNothing() throws {
        let files = [OutputFile(path: "index.html", text: "x"), OutputFile(path: "style.css", text: "y")]
        _ = try Publisher(output: output).publish(files)
        let before = try (modificationDate("index.html"), inode("index.html"))
        let outcome = try Publisher(output: output).publish(files)
        #expect(outcome == Publisher.Outcome(written: 0, unchanged: 3, removed: 0))
        #expect(try modificationDate("index.html") == before.0)
        #expect(try inode("index.html") == before.1)
    }

    @Test func onlyChangedFilesAreRewrittenAndStaleFilesRemoved() throws {
        _ = try Publisher(output: output).publish([
            OutputFile(path: "index.html", text: "same"), OutputFile(path: "old.html", text: "gone soon"),
            OutputFile(path: "page.html", text: "v1"),
        ])
        let sameInode = try inode("index.html")
        let sameDate = try modificationDate("index.html")
        let outcome = try Publisher(output: output).publish([
            OutputFile(path: "index.html", text: "same"), OutputFile(path: "page.html", text: "v2"),
        ])
        #expect(outcome == Publisher.Outcome(written: 1, unchanged: 2, removed: 1))
        #expect(try inode("index.html") == sameInode)  // hard-linked from the previous site
        #expect(try modificationDate("index.html") == sameDate)
        #expect(try String(contentsOf: output.appendingPathComponent("page.html"), encoding: .utf8) == "v2")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("old.html").path))
        // No staging or previous-site folder is left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test func guardRefusesFoldersPmoDoesNotOwn() throws {
        let source = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        let foreign = root.appendingPathComponent("foreign")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))

        #expect(throws: BuildError.self) { try OutputGuard.check(output: foreign, source: source, force: false) }
        try OutputGuard.check(output: foreign, source: source, force: true)
        #expect(throws: BuildError.self) { try OutputGuard.check(output: source, source: source, force: true) }
        #expect(throws: BuildError.self) { try OutputGuard.check(output: root, source: source, force: true) }
        #expect(throws: BuildError.self) { try OutputGuard.check(output: URL(fileURLWithPath: "/"), source: source, force: true) }
        #expect(throws: BuildError.self) { try OutputGuard.check(output: foreign, source: source, force: true, home: foreign) }
        // An empty folder and a folder with the marker are fine.
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try OutputGuard.check(output: empty, source: source, force: false)
        _ = try Publisher(output: output).publish([OutputFile(path: "index.html", text: "x")])
        try OutputGuard.check(output: output, source: source, force: false)
        // Refusals are usage errors: exit status 2.
        do { try OutputGuard.check(output: foreign, source: source, force: false) } catch { #expect(error.exitStatus == 2) }
    }
}
