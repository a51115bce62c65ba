// pmo-bench markdown: Markdown rendering alone (BENCHMARKS.md, "Build speed"), for the peer
// `cmark-gfm` command on the same files (benchmarks/run).
//
//   pmo-bench markdown DIR [--list FILE] [--threads N]
//
// Lists every `*.md` file under DIR (bodies whose front matter benchmarks/run has already
// stripped), or takes the paths (relative to DIR, one per line) from FILE — the list the peer
// `cmark-gfm` is given through xargs — then reads each and renders it to HTML with pmo's own renderer — `MarkdownRenderer`
// with the settings a build uses (raw HTML off, the extensions of SPEC §2) — on N threads
// (default: all cores), files spread over the threads as a build spreads pages. Prints the counts
// and the time of each phase; benchmarks/run times the whole process, as it times the peer's.
import Dispatch
import Foundation
import Synchronization
import Narrative

func markdownBenchmark(_ args: ArraySlice<String>) {
    var folder: String?
    var list: String?
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var i = args.startIndex
    while i < args.endIndex {
        switch args[i] {
        case "--threads":
            i += 1
            guard i < args.endIndex, let n = Int(args[i]), n >= 1 else { fatalError("--threads needs a number ≥ 1") }
            threads = n
        case "--list":
            i += 1
            guard i < args.endIndex else { fatalError("--list needs a file") }
            list = args[i]
        default:
            guard folder == nil else { fatalError("one folder only") }
            folder = args[i]
        }
        i += 1
    }
    guard let folder else {
        print("usage: pmo-bench markdown DIR [--list FILE] [--threads N]")
        exit(2)
    }
    let root = URL(fileURLWithPath: folder).standardizedFileURL
    let listStart = ContinuousClock.now
    var found: [String] = []
    if let list {
        // In the list's order, as xargs hands the same list to the peer.
        guard let data = FileManager.default.contents(atPath: list) else { fatalError("cannot read \(list)") }
        let text = String(decoding: data, as: UTF8.self)
        let base = root.path + "/"  // `URL.path` is worked out afresh at each call
        found = text.split(separator: "\n").map { base + $0 }
    } else {
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where url.pathExtension == "md" {
            found.append(url.standardizedFileURL.path)
        }
        found.sort()  // the folder's own order is the file system's
    }
    let paths = found
    let listTime = ContinuousClock.now - listStart

    // Each thread reads and renders its own files, as a build reads and renders on every core.
    let renderer = MarkdownRenderer(unsafe: false)  // a build's renderer: SiteModel, markdown.unsafe false
    let workers = max(1, min(threads, paths.count))
    let totals = UnsafeMutableBufferPointer<(markdown: Int, html: Int)>.allocate(capacity: workers)
    totals.initialize(repeating: (0, 0))
    defer { totals.deallocate() }
    nonisolated(unsafe) let shared = totals
    let renderStart = ContinuousClock.now
    // Each thread takes the next file no thread has taken yet, as a build's threads take pages
    // (`ParallelMap.stream`): a thread slowed by the shared host leaves no share of its own to
    // the end (fixed shares, every n-th file per thread, did).
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var markdown = 0, html = 0
        while true {
            let k = next.add(1, ordering: .relaxed).oldValue
            guard k < paths.count else { break }
            guard let text = readText(paths[k]) else { fatalError("cannot read \(paths[k])") }
            markdown += text.utf8.count
            html += renderer.render(text).utf8.count
        }
        shared[worker] = (markdown, html)
    }
    let renderTime = ContinuousClock.now - renderStart
    print("files \(paths.count), Markdown \(totals.reduce(0) { $0 + $1.markdown }) bytes, HTML \(totals.reduce(0) { $0 + $1.html }) bytes, \(workers) threads")
    print("list seconds \(String(format: "%.3f", markdownSeconds(listTime)))")
    print("read and render seconds \(String(format: "%.3f", markdownSeconds(renderTime)))")
}

/// A file's bytes as text (invalid UTF-8 repaired, as a build's reader does), read with one
/// `open`, `fstat` and `read`.
private func readText(_ path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    let size = Int(info.st_size)
    var failed = false
    let text = String(unsafeUninitializedCapacity: max(size, 1)) { buffer in
        var done = 0
        while done < size {
            let n = read(fd, buffer.baseAddress! + done, size - done)
            if n <= 0 { failed = n < 0; break }
            done += n
        }
        return done
    }
    return failed ? nil : text
}

private func markdownSeconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}
