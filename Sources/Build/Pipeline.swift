import Analysis
import Foundation
import Ingest
import Portfolio
import Site

/// The build, as named stages: read → load → compute → render → publish. Each stage reports one
/// progress line with its time; the first stage that fails stops the build, and nothing is
/// published unless every stage succeeded.
public struct Pipeline: Sendable {
    public enum Stage: String, CaseIterable, Sendable {
        case read, load, compute, render, pdf, publish
        /// The build cache (BuildCache): a rebuild skipped because nothing changed, or recorded.
        case cache
    }

    /// The outcome of a build or a check.
    public struct Result: Sendable {
        /// Every diagnostic, in display order.
        public var diagnostics: [Diagnostic]
        /// The stage that failed, if any.
        public var failedStage: Stage?
        /// Files written / unchanged / removed, when the site was published.
        public var written: Int = 0
        public var unchanged: Int = 0
        public var removed: Int = 0
        public var pages: Int = 0
        /// True when nothing had changed since the last build and it was not rendered again
        /// (BuildCache): the diagnostics are those recorded by that build.
        public var cached = false

        public var succeeded: Bool { failedStage == nil }

        /// A build that published `outcome`, with `pages` pages.
        init(diagnostics: [Diagnostic], published outcome: Publisher.Outcome, pages: Int) {
            self.diagnostics = diagnostics
            written = outcome.written
            unchanged = outcome.unchanged
            removed = outcome.removed
            self.pages = pages
        }

        init(diagnostics: [Diagnostic], failedStage: Stage?) {
            self.diagnostics = diagnostics
            self.failedStage = failedStage
        }
        /// 0 success, 1 content errors (SPEC §1).
        public var exitStatus: Int32 { succeeded ? 0 : 1 }
    }

    public let options: BuildOptions
    /// Receives progress lines (not diagnostics); silent when `options.quiet`.
    public let progress: @Sendable (String) -> Void
    /// Receives, during a long stage, how far it has got (`render  4,200 of 11,308 pages`), at
    /// most once per `statusInterval`: for a line that replaces itself on a terminal. Never
    /// called when `options.quiet`.
    public var status: (@Sendable (String) -> Void)?
    public var statusInterval: Duration = .milliseconds(500)
    /// The process ends right after the build (the command line): the portfolio, figures and
    /// history are then left for the exit to reclaim (`ProcessExit`), not freed object by
    /// object on one thread at the very end of the build (30–40 ms at a thousand projects).
    public var endsProcess = false

    public init(options: BuildOptions, progress: @escaping @Sendable (String) -> Void = { print($0) },
                status: (@Sendable (String) -> Void)? = nil) {
        self.options = options
        self.progress = progress
        self.status = status
    }

    /// Where the site swapped out by a publish is kept for the next one (`SpareTree`): in the
    /// build cache's folder; none with `--no-cache`.
    private var spare: URL? {
        options.noCache ? nil : BuildCache(source: options.source).folder.appendingPathComponent("spare")
    }

    /// Loads and validates only (`pmo check`).
    public func check() throws(BuildError) -> Result {
        let tree = try timed(.read) { () throws(BuildError) in try SourceReader(root: options.source, threads: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount).sourceTree() } detail: { "\($0.files.count) files" }
        let loaded = load(tree)
        return Result(diagnostics: loaded.diagnostics.sortedForDisplay(), failedStage: loaded.portfolio == nil ? .load : nil)
    }

    /// Loads, validates, renders and publishes (`pmo build`). Throws only for usage and
    /// file-system failures; content errors come back as diagnostics in the result.
    public func build() throws(BuildError) -> Result {
        let output = options.outputFolder
        try OutputGuard.check(output: output, source: options.source, force: options.force)
        if let baseURL = options.baseURL, !BaseURL.isValid(baseURL) { throw BuildError.usage("\(BaseURL.rule), found `\(baseURL)`") }
        let chromium = options.pdf ? BoardPackPDF.chromium() : nil
        if options.pdf && chromium == nil { throw BuildError.usage(BoardPackPDF.missing) }
        let threads = options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        if !options.pdf && threads > 1 {
            // pmo's own identity (a hash of its 23 MB executable) worked out while the sources
            // are read, not after (`programIdentity` is computed once; the fingerprint waits
            // for it if it is not done).
            Thread.detachNewThread { _ = BuildCache.programIdentity }
        }
        var reader = SourceReader(root: options.source, threads: threads)
        reader.excluding = output.path  // an output inside content/ or layouts/ is never read back
        reader.digesting = !options.pdf
        var (tree, digests, paths, overrides) = try timed(.read) { () throws(BuildError) in
            let (tree, digests, paths) = try reader.sourceFiles()
            return (tree, digests, paths, try reader.layoutOverrides())
        } detail: {
            "\($0.0.files.count) files" + ($0.3.isEmpty ? "" : ", \($0.3.count) layout overrides")
        }
        // The build cache (BuildCache): nothing changed since the last build → stop here. Never
        // with --pdf (the board pack comes from Chromium, outside the fingerprint).
        let cache = BuildCache(source: options.source)
        let cacheStart = ContinuousClock.now
        let fingerprint = options.pdf ? nil : BuildCache.fingerprint(sources: tree.files, layouts: overrides, options: options,
                                                                     threads: threads, digests: digests, sortedPaths: paths)
        digests = [:]
        paths = []
        if let fingerprint, !options.noCache {
            switch cache.lookup(fingerprint: fingerprint, output: output, threads: threads) {
            case .reuse(let record):
                PublishSession.clearInterrupted(output: output)
                report(.cache, cacheStart, "nothing changed since the last build: 0 written, \(record.files.count) unchanged, 0 removed → \(output.path)")
                var result = Result(diagnostics: record.diagnostics.compactMap { $0.diagnostic }.sortedForDisplay(), failedStage: nil)
                result.unchanged = record.files.count
                result.pages = record.pages
                result.cached = true
                return result
            case .splice(let record, let changed):
                if let result = try spliceNarratives(record, changed: changed, sources: tree.files, fingerprint: fingerprint,
                                                     threads: threads, start: cacheStart) {
                    return result
                }
            case .rebuild(let reason):
                report(.cache, cacheStart, "full build: \(reason)")
            }
        }
        let loaded = load(tree)
        tree = SourceTree(files: [:])  // the bytes are parsed; free them before computing
        var diagnostics = loaded.diagnostics
        guard var portfolio = loaded.portfolio else {
            return Result(diagnostics: diagnostics.sortedForDisplay(), failedStage: .load)
        }
        if let baseURL = options.baseURL { portfolio.settings.baseURL = baseURL }

        let computeStart = ContinuousClock.now
        var shown = ContinuousClock.now
        // The history (the figures at each past reporting date) needs no simulation: worked out
        // beside it, so neither leaves a core idle at its start or end.
        let current = portfolio
        let past = Background(threads: threads) { History(portfolio: current, asOf: current.settings.asOf!, threads: threads) }
        let figures = Figures.simulated(portfolio, at: portfolio.settings.asOf!, threads: threads) { done, total in
                guard let status, !options.quiet, ContinuousClock.now - shown >= statusInterval else { return }
                shown = ContinuousClock.now
                status("compute  simulating \(Self.thousands(done)) of \(Self.thousands(total)) projects")
            }
        let history = past.value()
        diagnostics += PlanWarnings.diagnostics(portfolio: portfolio, figures: figures)
        report(.compute, computeStart, "figures at \(figures.date.iso), \(figures.simulation.map { "\($0.trials) trials of \($0.projects.count) projects, " } ?? "")history over \(history.dates.count) reporting dates")

        Memory.returnFreePages()
        let start = ContinuousClock.now
        let renderer = SiteRenderer(portfolio: portfolio, figures: figures, history: history, overrides: overrides)
        if let chromium {
            return try buildWithPDF(renderer, chromium: chromium, threads: threads, start: start, diagnostics: diagnostics)
        }
        // Pages go to the publisher in batches as they render (the site is never whole in
        // memory), and are compared and written on a thread of their own while the next batch
        // renders (PublishQueue). The render line reports the rendering; the publish line the
        // publishing left when the last page has rendered, and the swap.
        var count = 0, pages = 0
        let session: PublishSession
        do {
            session = try PublishSession(output: output, threads: threads, spare: spare)
        } catch {
            throw error as? BuildError ?? BuildError.publish("\(error)")
        }
        let queue = PublishQueue(session, threads: threads)
        let renderDiagnostics: [Diagnostic]
        var places: [NarrativePlace] = []
        do {
            var planned = 0, shown = ContinuousClock.now
            renderDiagnostics = try renderer.render(threads: threads, stopOnError: true, planned: { planned = $0 },
                                                    placed: { places.append($0) }) { batch in
                try queue.add(batch)
                let whole = batch.filter { !$0.continues }  // a file in pieces counts once, at its last
                count += whole.count
                pages += whole.count(where: { $0.path.hasSuffix(".html") })
                if let status, !options.quiet, ContinuousClock.now - shown >= statusInterval {
                    shown = ContinuousClock.now
                    status("render   \(Self.thousands(min(pages, planned))) of \(Self.thousands(planned)) pages")
                }
            }
        } catch {
            _ = try? queue.drain()  // no batch is left writing behind the error
            session.discard()
            throw error as? BuildError ?? BuildError.publish("\(error)")
        }
        diagnostics += renderDiagnostics
        if renderDiagnostics.hasErrors {
            _ = try? queue.drain()
            session.discard()
            return Result(diagnostics: diagnostics.sortedForDisplay(), failedStage: .render)
        }
        report(.render, start, "\(count) files")

        let finishStart = ContinuousClock.now
        let outcome = try publishing(session) {
            try queue.drain()
            return try session.finish()
        }
        reportPublished(outcome, since: finishStart)
        let result = Result(diagnostics: diagnostics.sortedForDisplay(), published: outcome, pages: pages)
        if endsProcess { ProcessExit.keep(renderer) }
        if let fingerprint {
            let cacheStart = ContinuousClock.now
            cache.record(fingerprint: fingerprint, asOf: portfolio.settings.asOf?.iso, output: output, pages: pages, diagnostics: result.diagnostics,
                         places: PlaceEntry.complete(places),
                         markdownUnsafe: portfolio.settings.markdownUnsafe, published: session.published,
                         written: session.writtenEntries, threads: threads)
            report(.cache, cacheStart, "recorded for the next build")
        } else {
            cache.remove()
        }
        return result
    }

    /// A rebuild after edits to narratives alone (`NarrativeSplice`): the changed files
    /// published, the rest kept, and the cache recorded again; nil when the narratives cannot
    /// be replaced in place, for a full build.
    private func spliceNarratives(_ record: BuildCache.Record, changed: [String], sources: [String: [UInt8]],
                                  fingerprint: BuildCache.Fingerprint, threads: Int,
                                  start: ContinuousClock.Instant) throws(BuildError) -> Result? {
        let output = options.outputFolder
        guard let splice = NarrativeSplice(record: record, changed: changed, sources: sources, output: output).run() else {
            report(.cache, start, "full build: a changed narrative cannot be replaced in place")
            return nil
        }
        report(.cache, start, "the narratives of \(changed.count) status report\(changed.count == 1 ? "" : "s") changed, nothing else: "
               + "\(splice.files.count) file\(splice.files.count == 1 ? "" : "s") updated in place")
        let publishStart = ContinuousClock.now
        let session: PublishSession
        do {
            session = try PublishSession(output: output, threads: threads, spare: spare,
                                         previous: Dictionary(uniqueKeysWithValues: record.files.map { ($0.path, $0.inode) }))
        } catch {
            throw error as? BuildError ?? BuildError.publish("\(error)")
        }
        let outcome = try publishing(session) {
            try session.add(splice.files)
            try session.keepUnlisted()
            return try session.finish()
        }
        reportPublished(outcome, since: publishStart)
        let result = Result(diagnostics: record.diagnostics.compactMap { $0.diagnostic }.sortedForDisplay(), published: outcome,
                            pages: record.pages)
        let cacheStart = ContinuousClock.now
        BuildCache(source: options.source).record(fingerprint: fingerprint, asOf: record.asOf, output: output, pages: record.pages,
                                                  diagnostics: result.diagnostics, places: splice.places, markdownUnsafe: record.markdownUnsafe,
                                                  published: session.published, threads: threads)
        report(.cache, cacheStart, "recorded for the next build")
        return result
    }

    /// `--pdf`: the whole site in memory, the board pack printed from it, then published.
    private func buildWithPDF(_ renderer: SiteRenderer, chromium: URL, threads: Int, start: ContinuousClock.Instant,
                              diagnostics: [Diagnostic]) throws(BuildError) -> Result {
        var diagnostics = diagnostics
        let rendering = renderer.render(threads: threads)
        diagnostics += rendering.diagnostics
        if rendering.diagnostics.hasErrors {
            return Result(diagnostics: diagnostics.sortedForDisplay(), failedStage: .render)
        }
        report(.render, start, "\(rendering.files.count) files")

        var files = rendering.files
        let pdfStart = ContinuousClock.now
        files.append(try BoardPackPDF.render(files, with: chromium))
        report(.pdf, pdfStart, "board-pack.pdf")

        let publishStart = ContinuousClock.now
        let outcome: Publisher.Outcome
        do {
            outcome = try Publisher(output: options.outputFolder).publish(files, threads: threads)
        } catch let error as BuildError {
            throw error
        } catch {
            throw BuildError.publish("\(error)")
        }
        reportPublished(outcome, since: publishStart)
        return Result(diagnostics: diagnostics.sortedForDisplay(), published: outcome,
                      pages: rendering.files.count(where: { $0.path.hasSuffix(".html") }))
    }

    /// Runs `steps` on a publish session; on any error, removes its staging folder and throws
    /// the error as a publishing one, the previous site untouched.
    private func publishing<T>(_ session: PublishSession, _ steps: () throws -> T) throws(BuildError) -> T {
        do {
            return try steps()
        } catch {
            session.discard()
            throw error as? BuildError ?? BuildError.publish("\(error)")
        }
    }

    /// The publish stage's line: what was written, kept and removed, and where.
    private func reportPublished(_ outcome: Publisher.Outcome, since start: ContinuousClock.Instant) {
        report(.publish, start, "\(outcome.written) written, \(outcome.unchanged) unchanged, \(outcome.removed) removed → \(options.outputFolder.path)")
    }

    // MARK: - Stages

    private func load(_ tree: SourceTree) -> LoadResult {
        let start = ContinuousClock.now
        let result = PortfolioLoader.load(tree, options: LoadOptions(asOf: options.asOf, includeConfidential: options.includeConfidential,
                                                                     threads: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount))
        let errors = result.diagnostics.filter(\.isError).count
        let warnings = result.diagnostics.count - errors
        if let portfolio = result.portfolio {
            report(.load, start, "\(portfolio.projects.count) projects, \(portfolio.programs.count) programs, status date \(portfolio.settings.asOf?.iso ?? "?")" + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""))
        } else {
            report(.load, start, "failed: \(errors) errors, \(warnings) warnings")
        }
        return result
    }

    /// 11308 → "11,308", for the status line.
    static func thousands(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    private func timed<T>(_ stage: Stage, _ body: () throws(BuildError) -> T, detail: (T) -> String) throws(BuildError) -> T {
        let start = ContinuousClock.now
        let value = try body()
        report(stage, start, detail(value))
        return value
    }

    private func report(_ stage: Stage, _ start: ContinuousClock.Instant, _ detail: String) {
        report(stage, elapsed: ContinuousClock.now - start, detail)
    }

    private func report(_ stage: Stage, elapsed: Duration, _ detail: String) {
        guard !options.quiet else { return }
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let name = stage.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
        progress("\(name)\(String(format: "%6.0f", ms)) ms  \(detail)")
    }
}

/// What the process keeps until it exits, unfreed: `keep` holds a value for good, so the
/// last reference to it is never dropped during the build.
enum ProcessExit {
    private nonisolated(unsafe) static var kept: [Any] = []
    private static let lock = NSLock()

    static func keep(_ value: Any) { lock.withLock { kept.append(value) } }
}

/// Hands memory the allocator holds but no longer uses back to the system. The build frees
/// large amounts between stages and batches (simulation draws, rendered pages); without this,
/// the allocator keeps them and the peak resident size grows with every batch. pmo is linked
/// with jemalloc (Package.swift): its arenas are purged through `mallctl`; an executable
/// without it (a test runner) trims glibc's with `malloc_trim`.
enum Memory {
    static func returnFreePages() {
        #if os(Linux)
        if let purge {
            // MALLCTL_ARENAS_ALL (4096): every arena.
            _ = purge("arena.4096.purge", nil, nil, nil, 0)
        } else {
            _ = trim?(0)
        }
        #endif
    }

    #if os(Linux)
    private typealias MallocTrim = @convention(c) (Int) -> Int32
    private typealias MallCtl = @convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?,
                                                UnsafeMutableRawPointer?, Int) -> Int32
    /// A C function of the running process by name (Swift's Glibc module exports neither).
    private static func function(_ name: String) -> UnsafeMutableRawPointer? {
        guard let handle = dlopen(nil, RTLD_NOW) else { return nil }
        return dlsym(handle, name)
    }
    /// jemalloc's `mallctl`, when pmo's allocator is jemalloc.
    private static let purge: MallCtl? = function("mallctl").map { unsafeBitCast($0, to: MallCtl.self) }
    /// glibc's `malloc_trim`.
    private static let trim: MallocTrim? = function("malloc_trim").map { unsafeBitCast($0, to: MallocTrim.self) }
    #endif
}
