import Foundation
import Site
import Testing
@testable import Build

/// Publishing with a spare (`SpareTree`): the site swapped out by one publish becomes the next
/// one's staging folder. The published site must be exactly the one asked for — whatever the
/// spare holds, even garbage — and building it must never write through to the live site.
@Suite struct SpareTreeTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-spare-\(UUID().uuidString)")
    var output: URL { root.appendingPathComponent("public") }
    var spare: URL { root.appendingPathComponent("cache/spare") }

    func publish(_ files: [String: String], into output: URL? = nil, spare: URL?, threads: Int = 2) throws -> Publisher.Outcome {
        let session = try PublishSession(output: output ?? self.output, threads: threads, spare: spare)
        try session.add(files.keys.sorted().map { OutputFile(path: $0, text: files[$0]!) })
        return try session.finish()
    }

    /// Every entry under `folder`: regular files with their text; folders as "/"; anything else as "?".
    func listing(_ folder: URL) -> [String: String] {
        var found: [String: String] = [:]
        for entry in FileTree.entries(under: folder.path) ?? [] {
            switch entry.kind {
            case .file: found[entry.path] = (try? String(contentsOfFile: folder.path + "/" + entry.path, encoding: .utf8)) ?? "?"
            case .folder: found[entry.path] = "/"
            default: found[entry.path] = "?"
            }
        }
        return found
    }

    /// What `listing` shows for a published site of `files`: its folders, files and marker.
    func expected(_ files: [String: String]) -> [String: String] {
        var all = files
        all[Publisher.markerName] = Publisher.markerText
        for path in files.keys {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty { all[parts.joined(separator: "/")] = "/"; parts = parts.dropLast() }
        }
        return all
    }

    func inode(_ path: String, in folder: URL? = nil) -> UInt64? {
        var info = stat()
        return lstat((folder ?? output).path + "/" + path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// A seeded sequence of sites — pages added, changed, removed, and paths that are a file in
    /// one site and a folder in the next — published with a spare: each is exactly the site,
    /// unchanged files keep their inode, and the spare is the site before.
    @Test(arguments: [1, 2]) func aSequenceOfSitesIsPublishedExactly(threads: Int) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        var random = SplitMix64(seed: 77)
        let names = ["index.html", "a/index.html", "a/b/index.html", "a/b", "c/index.html", "c", "d/e/f/index.html",
                     "d/e", "feed.xml", "p/1/index.html", "p/2/index.html", "p/3/index.html"]
        var site: [String: String] = [:]
        var previous: [String: String]?
        for step in 0..<24 {
            // Change, add or remove a few paths; a path and one of its folders never both.
            for _ in 0..<3 {
                let name = names[Int(random.next() % UInt64(names.count))]
                if random.next() % 4 == 0 { site[name] = nil; continue }
                site = site.filter { !$0.key.hasPrefix(name + "/") && !name.hasPrefix($0.key + "/") }
                site[name] = random.next() % 2 == 0 ? "\(name) v\(step)" : (site[name] ?? "\(name) v0")
            }
            let before = Dictionary(uniqueKeysWithValues: site.keys.compactMap { path in inode(path).map { (path, $0) } })
            _ = try publish(site, spare: spare, threads: threads)
            #expect(listing(output) == expected(site), "step \(step)")
            for (path, text) in site where previous?[path] == text {
                #expect(inode(path) == before[path], "step \(step): \(path) unchanged keeps its inode")
            }
            if let previous, previous != site {
                #expect(listing(spare) == expected(previous), "step \(step): the spare is the site before")
            }
            previous = site
        }
    }

    /// A file unchanged over two publishes is one inode in the live site and the spare. When the
    /// next site changes it, the new text goes into a new file: the live file, and with it the
    /// site swapped out, keeps its text.
    @Test func aFileSharedWithTheLiveSiteIsReplacedNotWrittenThrough() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try publish(["x.html": "x1", "y.html": "y1"], spare: spare)
        _ = try publish(["x.html": "x2", "y.html": "y1"], spare: spare)
        #expect(inode("y.html") == inode("y.html", in: spare))
        _ = try publish(["x.html": "x2", "y.html": "y3"], spare: spare)
        #expect(listing(output) == expected(["x.html": "x2", "y.html": "y3"]))
        #expect(listing(spare) == expected(["x.html": "x2", "y.html": "y1"]))
    }

    /// Whatever is in the spare — a stray file, a link, a file where a folder must be, a folder
    /// where a file must be, a file with other text — the published site is the site.
    @Test func garbageInTheSpareNeverReachesTheSite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let site = ["index.html": "home", "p/1/index.html": "one", "p/2/index.html": "two", "q/index.html": "q"]
        _ = try publish(site, spare: spare)
        _ = try publish(site.merging(["index.html": "home 2"]) { $1 }, spare: spare)
        let fm = FileManager.default
        try Data("stray".utf8).write(to: spare.appendingPathComponent("stray.html"))
        try fm.createSymbolicLink(atPath: spare.appendingPathComponent("p/link").path, withDestinationPath: "/etc/passwd")
        try fm.removeItem(at: spare.appendingPathComponent("q"))
        try Data("a file where a folder was".utf8).write(to: spare.appendingPathComponent("q"))
        try fm.removeItem(at: spare.appendingPathComponent("p/2/index.html"))
        try fm.createDirectory(at: spare.appendingPathComponent("p/2/index.html/deep"), withIntermediateDirectories: true)
        try fm.removeItem(at: spare.appendingPathComponent("p/1/index.html"))
        try Data("tampered".utf8).write(to: spare.appendingPathComponent("p/1/index.html"))
        try fm.createDirectory(at: spare.appendingPathComponent("empty/folder"), withIntermediateDirectories: true)

        let next = site.merging(["index.html": "home 3"]) { $1 }
        let outcome = try publish(next, spare: spare)
        #expect(outcome == Publisher.Outcome(written: 1, unchanged: 4, removed: 0))
        #expect(listing(output) == expected(next))
    }

    /// Without a live site there is nothing to swap: the spare is left as it is, and the site
    /// is made in a fresh folder.
    @Test func aFirstPublishLeavesTheSpareAlone() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try publish(["a.html": "1"], spare: spare)
        _ = try publish(["a.html": "2"], spare: spare)
        let other = root.appendingPathComponent("other")
        _ = try publish(["b.html": "b"], into: other, spare: spare)
        #expect(listing(other) == expected(["b.html": "b"]))
        #expect(listing(spare) == expected(["a.html": "1"]))
    }
}
