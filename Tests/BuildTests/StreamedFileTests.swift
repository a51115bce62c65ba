import Foundation
import Testing
@testable import Build
import Site

/// A file published in pieces (the board pack as it renders): the same file as published whole,
/// kept (same inode) when its bytes did not change, written when any piece or its length did.
@Suite struct StreamedFileTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-streamed-\(UUID().uuidString)")
    var output: URL { root.appendingPathComponent("public") }

    func inode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.systemFileNumber] as? Int)
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Publishes `pieces` of print/index.html, one batch each, among whole pages; the outcome.
    func publish(_ pieces: [[String]], pages: [OutputFile] = [], threads: Int = 1) throws -> Publisher.Outcome {
        let session = try PublishSession(output: output, threads: threads)
        for (i, parts) in pieces.enumerated() {
            try session.add((i < pages.count ? [pages[i]] : [])
                            + [OutputFile(path: "print/index.html", parts: parts, continues: i < pieces.count - 1)])
        }
        if pages.count > pieces.count { try session.add(Array(pages[pieces.count...])) }
        return try session.finish()
    }

    @Test func aNewFileIsWrittenFromItsPieces() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try publish([["<h1>", "Pack"], [], ["</h1>\n"]])
        #expect(outcome == Publisher.Outcome(written: 2, unchanged: 0, removed: 0))   // the pack and the marker
        #expect(try text("print/index.html") == "<h1>Pack</h1>\n")
    }

    @Test(arguments: [1, 2]) func theSameBytesInOtherPiecesKeepTheFile(threads: Int) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let pages = [OutputFile(path: "a.html", text: "a"), OutputFile(path: "b.html", text: "b")]
        _ = try Publisher(output: output).publish(pages + [OutputFile(path: "print/index.html", text: "one two three")])
        let kept = try inode("print/index.html")
        // Unchanged, cut elsewhere: nothing is written at all.
        #expect(try publish([["one ", "t"], ["wo three"]], pages: pages, threads: threads)
                == Publisher.Outcome(written: 0, unchanged: 4, removed: 0))
        #expect(try inode("print/index.html") == kept)
        // Unchanged, while another page changed: the pack is linked into the new site.
        let changed = [pages[0], OutputFile(path: "b.html", text: "B")]
        #expect(try publish([["one two"], [" three"]], pages: changed, threads: threads)
                == Publisher.Outcome(written: 1, unchanged: 3, removed: 0))
        #expect(try inode("print/index.html") == kept)
        #expect(try text("b.html") == "B")
    }

    @Test func aChangeInAnyPieceOrInTheLengthWritesTheFile() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let cases: [(pieces: [[String]], result: String)] = [
            ([["one "], ["TWO"], [" three"]], "one TWO three"),   // a middle piece differs: the first is copied from the old file
            ([["one two three"], ["!"]], "one two three!"),       // longer
            ([["one two"], [" thr"]], "one two thr"),             // shorter: every piece matched, the old file goes on
            ([["X"], ["ne two three"]], "Xne two three"),         // the first byte
        ]
        for (pieces, result) in cases {
            _ = try Publisher(output: output).publish([OutputFile(path: "print/index.html", text: "one two three")])
            let outcome = try publish(pieces)
            #expect(outcome == Publisher.Outcome(written: 1, unchanged: 1, removed: 0), "\(pieces)")
            #expect(try text("print/index.html") == result)
        }
    }

    @Test func aPackNotHandedOverWholeFailsThePublish() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let session = try PublishSession(output: output)
        try session.add([OutputFile(path: "print/index.html", parts: ["<h1>"], continues: true)])
        #expect(throws: BuildError.self) { try session.finish() }
        session.discard()
        #expect(!FileManager.default.fileExists(atPath: session.staging.path))
    }
}
