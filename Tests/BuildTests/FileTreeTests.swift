import Foundation
import Site
import Testing
@testable import Build

/// `FileTree.entries` listed on several threads: the same entries, in the same order, as on one.
@Suite struct FileTreeTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-filetree-\(UUID().uuidString)")

    /// A folder with files at every depth from 0 to 4, empty folders, hidden files and folders,
    /// and links, much as a site's `content/` is laid out.
    func makeTree() throws {
        let fm = FileManager.default
        func file(_ path: String) throws {
            let url = root.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        try file("_index.md")
        try file(".hidden.md")
        for p in 0..<40 {
            try file("projects/p\(p)/index.md")
            if p % 3 == 0 { try file("projects/p\(p)/financials.csv") }
            for r in 0..<(p % 5) { try file("projects/p\(p)/status/2026-0\(r + 1)-28.md") }
            if p % 7 == 0 { try file("projects/p\(p)/.draft/x.md"); try file("projects/p\(p)/a/b/c/deep.md") }
            if p % 11 == 0 { try fm.createDirectory(at: root.appendingPathComponent("projects/p\(p)/empty"), withIntermediateDirectories: true) }
        }
        try file("programs/g/index.md")
        try file("changes/CR-1.md")
        try fm.createDirectory(at: root.appendingPathComponent("projects/.hidden-project"), withIntermediateDirectories: true)
        try file("projects/.hidden-project/index.md")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("projects/p1/link.md").path, withDestinationPath: "index.md")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("projects/linked").path, withDestinationPath: "p2")
    }

    @Test func severalThreadsListWhatOneDoes() throws {
        try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        for hidden in [false, true] {
            let one = try #require(FileTree.entries(under: root.path, skippingHidden: hidden, threads: 1))
            for threads in [2, 3, 8] {
                let many = try #require(FileTree.entries(under: root.path, skippingHidden: hidden, threads: threads))
                #expect(many.map(\.path) == one.map(\.path))
                #expect(many.map(\.kind) == one.map(\.kind))
                #expect(many.map(\.inode) == one.map(\.inode))
            }
            // Folders before what they hold; every file of the tree is there.
            let paths = one.map(\.path)
            for (i, path) in paths.enumerated() where path.contains("/") {
                let parent = String(path[..<path.lastIndex(of: "/")!])
                #expect(paths.firstIndex(of: parent).map { $0 < i } == true, "\(path)")
            }
            #expect(paths.contains("projects/p35/a/b/c/deep.md"))
            #expect(paths.contains("projects/.hidden-project/index.md") == !hidden)
            #expect(one.first { $0.path == "projects/linked" }?.kind == .link)
        }
    }

    /// A file in pieces of every size — empty, a few bytes, just under and over the gathering
    /// room's quarter, over the whole room, and enough small ones to fill it several times — is
    /// written byte for byte, in order.
    @Test func aFileInPiecesIsWrittenWhole() throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        var generator = SystemRandomNumberGenerator()
        let sizes = [0, 1, 7, 65_535, 65_536, 65_537, 300_000, 262_144, 3] + (0..<2_000).map { _ in Int.random(in: 0..<900, using: &generator) }
        var parts: [[UInt8]] = []
        for (k, size) in sizes.enumerated() { parts.append((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ k) }) }
        let texts = ["é", "", String(repeating: "x", count: 70_000)]
        for (name, file, expected) in [("bytes", OutputFile(path: "a", byteParts: parts), parts.flatMap { $0 }),
                                       ("text", OutputFile(path: "b", parts: texts), Array(texts.joined().utf8))] {
            let path = root.appendingPathComponent(name).path
            #expect(FileTree.write(file, to: path))
            #expect(FileTree.readFile(path) == expected, "\(name)")
        }
    }
}
