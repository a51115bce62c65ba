import Foundation
import Site
import Testing
@testable import Build

/// `PublishQueue`: batches published on a thread of their own reach the session whole and in
/// order, and a batch that fails makes the build fail, whether the failure is met on that thread
/// or in line (`--jobs 1`).
@Suite struct PublishQueueTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-queue-\(UUID().uuidString)")
    var output: URL { root.appendingPathComponent("public") }

    /// 40 batches of 25 pages, each batch also carrying the next piece of one file (as the
    /// board pack comes): the pieces join in order only if the batches reach the session in order.
    @Test(arguments: [1, 2]) func batchesArriveWholeAndInOrder(threads: Int) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let session = try PublishSession(output: output, threads: threads)
        let queue = PublishQueue(session, threads: threads)
        for b in 0..<40 {
            var batch = (0..<25).map { OutputFile(path: "b\(b)/p\($0)/index.html", text: "batch \(b) page \($0)") }
            batch.append(OutputFile(path: "pack.html", parts: ["piece \(b)\n"], continues: b < 39))
            try queue.add(batch)
        }
        try queue.drain()
        let outcome = try session.finish()
        #expect(outcome == Publisher.Outcome(written: 40 * 25 + 2, unchanged: 0, removed: 0))  // + the pack and the marker
        let pack = try String(contentsOf: output.appendingPathComponent("pack.html"), encoding: .utf8)
        #expect(pack == (0..<40).map { "piece \($0)\n" }.joined())
        #expect(try String(contentsOf: output.appendingPathComponent("b39/p24/index.html"), encoding: .utf8) == "batch 39 page 24")
    }

    /// A page whose folder is already a file cannot be written: the error comes back from a
    /// later `add` or from `drain`, never lost on the publishing thread.
    @Test(arguments: [1, 2]) func aFailedBatchFailsTheBuild(threads: Int) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let session = try PublishSession(output: output, threads: threads)
        let queue = PublishQueue(session, threads: threads)
        #expect(throws: BuildError.self) {
            try queue.add([OutputFile(path: "a", text: "a file")])
            try queue.add([OutputFile(path: "a/index.html", text: "a page under the file")])
            for b in 0..<5 { try queue.add([OutputFile(path: "later\(b).html", text: "x")]) }
            try queue.drain()
        }
        session.discard()
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
