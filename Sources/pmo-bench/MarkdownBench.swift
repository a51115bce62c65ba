// pmo-bench markdown: Markdown rendering alone (BENCHMARKS.md, "Build speed"), for the peer
// `cmark-gfm` command on the same files (benchmarks/run).
//
//   pmo-bench markdown DIR [--threads N]
//
// Reads every `*.md` file under DIR (bodies whose front matter benchmarks/run has already
// stripped), then renders each to HTML with pmo's own renderer — `MarkdownRenderer` with the
// settings a build uses (raw HTML off, the extensions of SPEC §2) — on N threads (default: all
// cores), files spread over the threads as a build spreads pages. Prints the counts and the time
// of each phase; benchmarks/run times the whole process, as it times the peer's.
import Dispatch
import Foundation
import Narrative

func markdownBenchmark(_ args: ArraySlice<String>) {
    var folder: String?
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var i = args.startIndex
    while i < args.endIndex {
        switch args[i] {
        case "--threads":
            i += 1
            guard i < args.endIndex, let n = Int(args[i]), n >= 1 else { fatalError("--threads needs a number ≥ 1") }
            threads = n
        default:
            guard folder == nil else { fatalError("one folder only") }
            folder = args[i]
        }
        i += 1
    }
    guard let folder else {
        print("usage: pmo-bench markdown DIR [--threads N]")
        exit(2)
    }
    let root = URL(fileURLWithPath: folder).standardizedFileURL
    let readStart = ContinuousClock.now
    var paths: [String] = []
    for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where url.pathExtension == "md" {
        paths.append(url.standardizedFileURL.path)
    }
    paths.sort()
    let texts = paths.map { path -> String in
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
        return String(decoding: data, as: UTF8.self)
    }
    let readTime = ContinuousClock.now - readStart

    let renderer = MarkdownRenderer(unsafe: false)  // a build's renderer: SiteModel, markdown.unsafe false
    let workers = max(1, min(threads, texts.count))
    let totals = UnsafeMutableBufferPointer<Int>.allocate(capacity: workers)
    totals.initialize(repeating: 0)
    defer { totals.deallocate() }
    nonisolated(unsafe) let shared = totals
    let renderStart = ContinuousClock.now
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var bytes = 0
        var k = worker
        while k < texts.count {
            bytes += renderer.render(texts[k]).utf8.count
            k += workers
        }
        shared[worker] = bytes
    }
    let renderTime = ContinuousClock.now - renderStart
    let inBytes = texts.reduce(0) { $0 + $1.utf8.count }
    print("files \(texts.count), Markdown \(inBytes) bytes, HTML \(totals.reduce(0, +)) bytes, \(workers) threads")
    print("read seconds \(String(format: "%.3f", markdownSeconds(readTime)))")
    print("render seconds \(String(format: "%.3f", markdownSeconds(renderTime)))")
}

private func markdownSeconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}
