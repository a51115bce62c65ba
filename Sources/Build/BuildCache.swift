import Foundation
import Ingest
import Portfolio
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The whole-build cache of SPEC §1, `<source>/.pmo-cache/build.json`: lets a rebuild with
/// nothing changed stop after reading the sources instead of rendering the whole site again.
///
/// A build is skipped only when both hold:
/// - the **fingerprint** of everything the output depends on is the one recorded: the bytes of
///   every file the build read (`pmo.yaml`, `content/`, `layouts/`, with their paths), the build
///   options that change output (`--as-of`, `--base-url`, `--include-confidential`, `--pdf`, the
///   output folder; not `--jobs`, as the output is the same bytes on any number of threads), the
///   bytes of the pmo executable and the identity of every shared library it runs with (so a new
///   pmo or a new libcmark-gfm never reuses an old build);
/// - the output folder is exactly as that build left it: the same regular files with the same
///   size, modification and status-change times (ns) and inode — nothing added, removed,
///   rewritten or touched.
/// The status date as resolved is a function of `--as-of` and the sources, both in the fingerprint.
/// Anything unusual — no cache, an unreadable or foreign one, another format — means a full build.
struct BuildCache {
    static let folderName = ".pmo-cache"
    static let fileName = "build.json"
    /// Bumped whenever what the record holds or the fingerprint covers changes.
    static let format = 2

    let source: URL
    var folder: URL { source.appendingPathComponent(Self.folderName) }
    var file: URL { folder.appendingPathComponent(Self.fileName) }
    var tablesFile: URL { folder.appendingPathComponent("build.tables") }

    // MARK: - The record

    /// What `build.json` holds.
    /// Its long tables — the output's files, the narratives, their places — are in `build.tables`.
    struct Record: Codable, Equatable {
        var format: Int
        var fingerprint: String
        /// The status date the build used (for people reading the file; the fingerprint decides).
        var asOf: String?
        var output: String
        var pages: Int
        /// The warnings of that build, printed again when it is skipped.
        var diagnostics: [StoredDiagnostic]
        /// Every regular file of the output folder after the build, sorted by path.
        var files: [OutputEntry]
        /// XXH64 (hex) of the narrative of each status report the fingerprint leaves out, by path.
        var narratives: [String: String] = [:]
        /// Where the narratives that can be replaced in place sit in the output (`NarrativeSplice`).
        var places: [PlaceEntry] = []
        /// `markdown.unsafe` of the site, for rendering a narrative without loading the site.
        var markdownUnsafe = false
        /// XXH64 (hex) of `build.tables`, which holds `files`, `narratives` and `places`.
        var tables = ""
    }

    struct StoredDiagnostic: Codable, Equatable {
        var severity: String
        var path: String
        var line: Int?
        var column: Int?
        var message: String
        var code: String
        var hint: String?

        init(_ d: Diagnostic) {
            severity = d.severity.rawValue; path = d.location.path; line = d.location.line; column = d.location.column
            message = d.message; code = d.code; hint = d.hint
        }

        var diagnostic: Diagnostic? {
            guard let severity = Diagnostic.Severity(rawValue: severity) else { return nil }
            return Diagnostic(severity, message, code: code, at: SourceLocation(path: path, line: line, column: column), hint: hint)
        }
    }

    /// One output file as `lstat` saw it (stored as a row of `Record.files`: path, size,
    /// mtime and ctime in ns, inode).
    struct OutputEntry: Equatable {
        var path: String
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64
    }

    /// The recorded build, or nil when there is none or it cannot be trusted to be one of ours.
    func load() -> Record? {
        guard let data = FileTree.readFile(file.path),
              var record = try? JSONDecoder().decode(Record.self, from: Data(data)),
              record.format == Self.format,
              let tables = FileTree.readFile(tablesFile.path), Self.hex(XXHash64.hash(tables)) == record.tables,
              record.unpackTables(tables) else { return nil }
        return record
    }

    enum Lookup: Equatable {
        /// The build `fingerprint` would make into `output` was made, and the output is untouched since.
        case reuse(Record)
        /// The same, but for the narratives of these status reports, which can be replaced in place.
        case splice(Record, changed: [String])
        /// Build in full, for this reason.
        case rebuild(String)
    }

    /// Whether the recorded build can stand for the build `fingerprint` would make into `output`,
    /// or can once some narratives are replaced in place.
    func lookup(fingerprint: Fingerprint, output: URL, threads: Int = 1) -> Lookup {
        guard let record = load(), record.diagnostics.allSatisfy({ $0.diagnostic != nil }) else {
            return .rebuild("no usable record of an earlier build")
        }
        guard record.fingerprint == fingerprint.data, record.output == output.path,
              Set(record.narratives.keys) == Set(fingerprint.narratives.keys) else {
            return .rebuild("the sources, options or pmo changed since the last build")
        }
        guard let current = Self.manifest(of: output, threads: threads), current == record.files else {
            return .rebuild("the output folder changed since the last build")
        }
        let changed = fingerprint.narratives.filter { record.narratives[$0.key] != Self.hex($0.value) }.keys.sorted()
        if changed.isEmpty { return .reuse(record) }
        let placed = Set(record.places.map(\.source))
        if let other = changed.first(where: { !placed.contains($0) }) {
            return .rebuild("the narrative of \(other) changed, and its place in the site is not known")
        }
        return .splice(record, changed: changed)
    }

    /// Records a successful build: waits until the file system's clock has moved past the newest
    /// output file (so a later change to any file, even within the same clock tick, shows in its
    /// times), takes the manifest and writes `build.json` atomically (temporary file, rename).
    /// Best effort: a cache that cannot be written is removed, never left stale.
    /// `published`: the files the output holds, as the publish that just made it knows them (the
    /// folders are then not listed again; anything added behind its back shows at the next lookup).
    ///
    /// `written`: files just written, as `fstat` saw them then; the first look at the output
    /// takes these as they are and `lstat`s only the rest. (They can only have changed since if
    /// something else wrote them, and then the second look differs and the record waits.)
    func record(fingerprint: Fingerprint, asOf: String?, output: URL, pages: Int, diagnostics: [Diagnostic],
                places: [PlaceEntry], markdownUnsafe: Bool, published: Set<String>? = nil,
                written: [String: OutputEntry] = [:], threads: Int = 1) {
        FileTree.makeFolders(folder.path)
        let temporary = folder.appendingPathComponent("\(Self.fileName).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        // The clock is read beside the output, on its file system (named like the staging folder).
        let probe = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).pmo-staging-clock").path
        defer { unlink(probe) }
        var files: [OutputEntry]?
        let paths = published?.sorted()
        for attempt in 0..<3 {
            guard let before = Self.manifest(of: output, sortedFiles: paths, threads: threads, known: attempt == 0 ? written : [:]),
                  Self.waitForClock(after: before.map(\.changed).max() ?? 0, probe: probe),
                  let after = Self.manifest(of: output, sortedFiles: paths, threads: threads) else { break }
            // Unchanged between the two walks: no file was written after the clock check began.
            if after == before { files = after; break }
        }
        guard let files else { remove(); return }
        var record = Record(format: Self.format, fingerprint: fingerprint.data, asOf: asOf, output: output.path, pages: pages,
                            diagnostics: diagnostics.map(StoredDiagnostic.init), files: files,
                            narratives: fingerprint.narratives.mapValues(Self.hex), places: places, markdownUnsafe: markdownUnsafe)
        // The tables first: a `build.json` names the tables it was written with, never others.
        let packed = record.packedTables()
        record.tables = Self.hex(XXHash64.hash(packed))
        let tables = Data(packed)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let tablesTemporary = temporary + ".tables"
        guard (try? tables.write(to: URL(fileURLWithPath: tablesTemporary))) != nil,
              rename(tablesTemporary, tablesFile.path) == 0,
              let data = try? encoder.encode(record),
              (try? data.write(to: URL(fileURLWithPath: temporary))) != nil,
              rename(temporary, file.path) == 0 else {
            unlink(tablesTemporary)
            unlink(temporary)
            remove()
            return
        }
    }

    /// Forgets the recorded build.
    func remove() {
        unlink(file.path)
        unlink(tablesFile.path)
    }

    // MARK: - Output manifest

    /// Every regular file under `output` (hidden ones too) as `lstat` sees it, sorted by path;
    /// nil when the folder cannot be read. `sortedFiles`: the paths the output is known to hold
    /// (it was just published), sorted, looked up without listing the folders. The files are
    /// looked up on `threads` threads; the manifest is the same on any number.
    static func manifest(of output: URL, sortedFiles: [String]? = nil, threads: Int = 1,
                         known: [String: OutputEntry] = [:]) -> [OutputEntry]? {
        let root = output.path
        var info = stat()
        guard lstat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        let paths = sortedFiles ?? FileTree.regularFiles(under: root).sorted()
        let entries = Concurrent.map(paths, threads: threads) { path -> OutputEntry? in
            if let entry = known[path] { return entry }
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0 else { return nil }
            return entry(path, info)
        }
        var manifest: [OutputEntry] = []
        manifest.reserveCapacity(entries.count)
        for case let entry in entries {
            guard let entry else { return nil }
            manifest.append(entry)
        }
        return manifest
    }

    /// True once a file touched now gets a status-change time later than `newest` (ns), as the file
    /// system stamps it (its clock ticks in steps of a few milliseconds); false after a second.
    static func waitForClock(after newest: Int64, probe: String) -> Bool {
        let fd = open(probe, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        for _ in 0..<500 {
            var info = stat()
            guard futimens(fd, nil) == 0, fstat(fd, &info) == 0 else { return false }
            if nanoseconds(info.st_ctim) > newest { return true }
            usleep(2_000)
        }
        return false
    }

    private static func nanoseconds(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }

    /// A file's row of the manifest from what `stat` says of it.
    static func entry(_ path: String, _ info: stat) -> OutputEntry {
        OutputEntry(path: path, size: Int64(info.st_size), modified: nanoseconds(info.st_mtim),
                    changed: nanoseconds(info.st_ctim), inode: UInt64(info.st_ino))
    }
}

// MARK: - Fingerprint

extension BuildCache {
    /// What a build's output depends on: `data`, 128 bits (XXH64 with two seeds over one
    /// canonical stream) as 32 hex digits, over everything but the narratives of status reports;
    /// and XXH64 of each of those narratives, by path. A status report that cannot be read as
    /// text counts whole as data.
    struct Fingerprint: Equatable {
        var data: String
        var narratives: [String: UInt64]
    }

    /// What the fingerprint keeps of one source file: its bytes' hash and size; for a status
    /// report, its front matter's hash and −1 − its length, and its narrative's hash apart.
    struct FileDigest: Equatable, Sendable {
        let data: UInt64
        let size: Int
        let narrative: UInt64?
    }

    /// The digest of the source file at `path` (relative to the site folder).
    static func digest(path: String, bytes: [UInt8]) -> FileDigest {
        // A status report's front matter and narrative are hashed apart, as the loader splits them.
        guard NarrativeSource.isStatusReport(path) else { return FileDigest(data: XXHash64.hash(bytes), size: bytes.count, narrative: nil) }
        // Plain ASCII text (nearly every report) is hashed where it lies, part by part.
        if let at = bytes.withUnsafeBufferPointer({ NarrativeSource.asciiRanges($0) }) {
            var data = XXHash64(), narrative = XXHash64()
            bytes.withUnsafeBytes { raw in
                data.update(UnsafeRawBufferPointer(rebasing: raw[at.frontMatter]))
                narrative.update(UnsafeRawBufferPointer(rebasing: raw[at.body]))
            }
            return FileDigest(data: data.finalize(), size: -1 - at.frontMatter.count, narrative: narrative.finalize())
        }
        guard let split = NarrativeSource.split(bytes, path: path) else {
            return FileDigest(data: XXHash64.hash(bytes), size: bytes.count, narrative: nil)
        }
        var front = split.frontMatter, body = split.body
        var data = XXHash64(), narrative = XXHash64()
        front.withUTF8 { data.update(UnsafeRawBufferPointer($0)) }
        body.withUTF8 { narrative.update(UnsafeRawBufferPointer($0)) }
        return FileDigest(data: data.finalize(), size: -1 - front.utf8.count, narrative: narrative.finalize())
    }

    /// The fingerprint of a build, or nil when the pmo executable cannot be read (then nothing
    /// is cached). `digests`: the sources' digests when they were made as the files were read
    /// (`SourceReader`), one per source; otherwise each file's bytes are hashed here, once, on
    /// all threads. The stream then holds path, size and hash of each.
    static func fingerprint(sources: [String: [UInt8]], layouts: [String: String], options: BuildOptions,
                            threads: Int, digests known: [String: FileDigest]? = nil, sortedPaths: [String]? = nil) -> Fingerprint? {
        guard let program = programIdentity else { return nil }
        // The reader's sorted paths when given (sorting 12,000 paths again was most of this).
        let paths = sortedPaths ?? sources.keys.sorted()
        let digests = known.map { known in paths.map { known[$0] ?? digest(path: $0, bytes: sources[$0]!) } }
            ?? Concurrent.map(paths, threads: threads) { digest(path: $0, bytes: sources[$0]!) }
        var a = XXHash64(seed: 0), b = XXHash64(seed: 0x9E37_79B9_7F4A_7C15)
        // Strings end with a 0 word, so no two different streams of fields read the same.
        func text(_ value: String) { a.update(value); b.update(value); a.update(0 as UInt64); b.update(0 as UInt64) }
        func number(_ value: UInt64) { a.update(value); b.update(value) }
        text("pmo build cache \(format)")
        text(program)
        text("as-of"); text(options.asOf?.iso ?? "-")
        text("base-url"); text(options.baseURL.map { "=" + $0 } ?? "-")
        text("include-confidential"); text(options.includeConfidential ? "yes" : "no")
        text("pdf"); text(options.pdf ? "yes" : "no")
        text("output"); text(options.outputFolder.path)
        text("sources"); number(UInt64(paths.count))
        var narratives: [String: UInt64] = [:]
        for (path, digest) in zip(paths, digests) {
            // A negative size marks the front matter of a status report (-1 - its length).
            text(path); number(UInt64(bitPattern: Int64(digest.size))); number(digest.data)
            if let narrative = digest.narrative { narratives[path] = narrative }
        }
        let layoutPaths = layouts.keys.sorted()
        text("layouts"); number(UInt64(layoutPaths.count))
        for path in layoutPaths {
            let bytes = Array(layouts[path]!.utf8)
            text(path); number(UInt64(bytes.count)); number(XXHash64.hash(bytes))
        }
        return Fingerprint(data: hex(a.finalize()) + hex(b.finalize()), narratives: narratives)
    }

    /// The running pmo: XXH64 of its executable's bytes, then path, size, times and inode of every
    /// shared library mapped into the process (Linux; on other systems the executable alone).
    /// Computed once per process; nil when the executable cannot be read.
    static let programIdentity: String? = {
        #if os(Linux)
        let executable = "/proc/self/exe"
        #else
        guard let executable = Bundle.main.executablePath else { return nil }
        #endif
        guard let digest = hashFile(executable) else { return nil }
        var identity = "executable " + hex(digest)
        for library in sharedLibraries() {
            var info = stat()
            guard stat(library, &info) == 0 else { continue }
            identity += "\n\(library) \(info.st_size) \(nanoseconds(info.st_mtim)) \(nanoseconds(info.st_ctim)) \(info.st_ino)"
        }
        return identity
    }()

    /// Shared objects mapped into this process, from `/proc/self/maps`, sorted, each once.
    static func sharedLibraries() -> [String] {
        guard let maps = FileTree.readFile("/proc/self/maps") else { return [] }
        var libraries = Set<String>()
        for line in String(decoding: maps, as: UTF8.self).split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let path = String(line[slash...])
            if path.contains(".so") && !path.hasSuffix(" (deleted)") { libraries.insert(path) }
        }
        return libraries.sorted()
    }

    /// XXH64 of a file's bytes, read in 1 MB pieces.
    static func hashFile(_ path: String) -> UInt64? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var hasher = XXHash64()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { return hasher.finalize() }
            buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
