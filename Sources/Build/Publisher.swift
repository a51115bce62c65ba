import Dispatch
import Foundation
import Site
#if canImport(Glibc)
import Glibc
private let systemLink = Glibc.link
#elseif canImport(Darwin)
import Darwin
private let systemLink = Darwin.link
#endif

/// Writes a rendered site into the output folder as SPEC §1 "Publishing" requires:
/// the new site is assembled in a staging folder beside the output and swapped in only
/// when it is complete; a file whose bytes did not change keeps its inode and modification
/// time (it is hard-linked from the previous output); when nothing changed at all, nothing
/// is written.
struct Publisher {
    /// The file that marks a folder as pmo's own.
    static let markerName = ".pmo-output"
    static let markerText = "This folder is written by pmo (pmo build). Its contents are replaced on every build.\n"

    let output: URL

    struct Outcome: Equatable {
        /// Files whose bytes are new or changed.
        var written: Int
        /// Files kept as they were.
        var unchanged: Int
        /// Files of the previous output that the new site no longer has.
        var removed: Int
    }

    /// Publishes `files`. Throws `BuildError.publish` on a file-system failure, leaving the
    /// previous output as it was.
    func publish(_ files: [OutputFile], threads: Int = 1) throws -> Outcome {
        let session = try PublishSession(output: output, threads: threads)
        try session.add(files)
        return try session.finish()
    }

    /// Where the two-rename swap moves the previous site while the new one goes in.
    static func previousSiteFolder(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).pmo-previous")
    }

    /// Paths (relative, `/`-separated) of the regular files in the current output.
    func existingFiles() -> Set<String> { FileTree.regularFiles(under: output.path) }

    /// Atomically exchanges two paths with Linux's renameat2; false where it is unavailable.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2  // RENAME_EXCHANGE in <linux/fs.h>
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }
}

/// One publish, fed in batches as the site renders, so the whole site never has to be in
/// memory at once. Unchanged files are only counted until the first changed one; then the
/// staging folder is created and they are hard-linked into it. `finish` adds the marker and
/// swaps the staging folder in — or, when nothing changed and nothing was removed, writes nothing.
///
/// Plain POSIX calls: Foundation's `createFile` writes through a temporary file and `fsync`s
/// each one, which cost more than rendering on a 10,000-file site. Durability of the whole
/// site comes from the single rename at the end, as before.
final class PublishSession: @unchecked Sendable {
    let output: URL
    let staging: URL
    let threads: Int
    /// Where the swapped-out site is kept for the next build (`SpareTree`); nil: removed.
    let spare: URL?
    /// The previous output's regular files and their inodes.
    private let previousInodes: [String: UInt64]
    private let previous: Set<String>
    /// The spare this publish turns into the new site, when it adopted one.
    private var adopted: SpareTree?
    private var seen: Set<String> = []
    /// Unchanged files met before the staging folder existed.
    private var pendingLinks: [String] = []
    private var stagingReady = false
    private var outcome = Publisher.Outcome(written: 0, unchanged: 0, removed: 0)
    private let folders = FolderCache()
    /// Files coming in pieces (`OutputFile.continues`), until their last piece.
    private var streams: [String: StreamedFile] = [:]
    /// The files this publish wrote, as `fstat` saw each just written, by path: the build cache
    /// takes them as its first look at the output (`BuildCache.record`), not `lstat`-ing them all.
    private(set) var writtenEntries: [String: BuildCache.OutputEntry] = [:]

    /// `spare`: where to keep the swapped-out site, to start the next staging folder from
    /// (`SpareTree`); used only on the output's file system. `previous`: the output's regular
    /// files and inodes when the caller has just listed them (the build cache's lookup).
    init(output: URL, threads: Int = 1, spare: URL? = nil, previous known: [String: UInt64]? = nil) throws {
        let output = try Self.followingLink(output)
        self.output = output
        self.threads = max(1, threads)
        staging = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).pmo-staging")
        Self.recover(output: output, staging: staging)
        previousInodes = known ?? FileTree.regularFileInodes(under: output.path)
        previous = Set(previousInodes.keys)
        self.spare = spare.flatMap { Self.sameFileSystem($0, as: output) ? $0 : nil }
    }

    /// True when `spare`'s folder (made if needed) is on the file system of `output`'s folder.
    private static func sameFileSystem(_ spare: URL, as output: URL) -> Bool {
        let folder = spare.deletingLastPathComponent().path
        FileTree.makeFolders(folder)
        var a = stat(), b = stat()
        return stat(folder, &a) == 0 && stat(output.deletingLastPathComponent().path, &b) == 0 && a.st_dev == b.st_dev
    }

    /// Clears what a killed build left beside `output` (see `recover`), for a build that
    /// publishes nothing because nothing changed (the build cache).
    static func clearInterrupted(output: URL) {
        guard let output = try? followingLink(output) else { return }
        recover(output: output, staging: output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).pmo-staging"))
    }

    /// An output that is a symbolic link (`public -> /var/www/pmo`) is published where it
    /// points: the swap replaces the folder there, never the link itself.
    private static func followingLink(_ output: URL) throws -> URL {
        var info = stat()
        guard lstat(output.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return output }
        guard let real = FileTree.canonicalPath(output.path) else {
            throw BuildError.publish("the output \(output.path) is a symbolic link to nothing")
        }
        return URL(fileURLWithPath: real)
    }

    /// Clears what a build that was killed left beside the output: a half-written staging
    /// folder (removed here even when this build turns out to change nothing), and, where the
    /// swap is two renames, a previous site moved aside but not yet replaced (put back).
    private static func recover(output: URL, staging: URL) {
        var info = stat()
        if lstat(staging.path, &info) == 0 { try? FileManager.default.removeItem(at: staging) }
        let aside = Publisher.previousSiteFolder(of: output)
        guard lstat(aside.path, &info) == 0 else { return }
        if lstat(output.path, &info) != 0 {
            try? FileManager.default.moveItem(at: aside, to: output)
        } else {
            try? FileManager.default.removeItem(at: aside)
        }
    }

    /// Compares each file with the previous output and writes the changed ones into staging.
    func add(_ files: [OutputFile]) throws {
        var fresh: [OutputFile] = []
        fresh.reserveCapacity(files.count)
        for file in files {
            guard Self.staysInside(file.path) else { throw BuildError.publish("the output path `\(file.path)` would leave the output folder") }
            if file.continues || streams[file.path] != nil {
                try addPiece(file)
            } else if seen.insert(file.path).inserted {
                fresh.append(file)
            }
        }
        let outputPath = output.path
        let previous = self.previous
        let unchanged = Concurrent.map(fresh, threads: threads) { file in
            previous.contains(file.path) && FileTree.contents(of: outputPath + "/" + file.path, equal: file)
        }
        if !stagingReady && unchanged.contains(false) { try prepareStaging() }
        let linking = stagingReady
        let results = Concurrent.map(Array(fresh.indices), threads: threads) { i -> (error: String?, info: stat?) in
            let file = fresh[i]
            if unchanged[i] {
                return (linking ? self.link(file.path) : nil, nil)
            }
            return self.write(file)
        }
        if let error = results.compactMap(\.error).first { throw BuildError.publish(error) }
        for (i, file) in fresh.enumerated() {
            if unchanged[i] {
                outcome.unchanged += 1
                if !linking { pendingLinks.append(file.path) }
            } else {
                outcome.written += 1
                if let info = results[i].info { writtenEntries[file.path] = BuildCache.entry(file.path, info) }
            }
        }
    }

    /// Keeps, as they are, every file of the previous output not handed over so far: for a
    /// rebuild that knows which few files changed (`NarrativeSplice`) and hands over only those.
    func keepUnlisted() throws {
        let rest = previous.subtracting(seen).sorted()
        seen.formUnion(rest)
        outcome.unchanged += rest.count
        guard stagingReady else { pendingLinks += rest; return }
        let errors = Concurrent.map(rest, threads: threads) { self.link($0) }
        if let error = errors.compactMap({ $0 }).first { throw BuildError.publish(error) }
    }

    /// True for a relative path of named folders and a file: no `/` at the start or the end, no
    /// empty, `.` or `..` part. Routes only make such paths; this holds whatever hands files over.
    static func staysInside(_ path: String) -> Bool {
        var part = 0, dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if part == 0 || part == dots && dots <= 2 { return false }
                part = 0; dots = 0
            } else {
                part += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return part > 0 && !(part == dots && dots <= 2)
    }

    /// The next piece of a file that comes in pieces (StreamedFile).
    private func addPiece(_ piece: OutputFile) throws {
        let stream: StreamedFile
        if let open = streams[piece.path] {
            stream = open
        } else {
            guard seen.insert(piece.path).inserted else { return }
            stream = StreamedFile(path: piece.path, previous: previous.contains(piece.path) ? output.path + "/" + piece.path : nil)
            streams[piece.path] = stream
        }
        let unchanged = try stream.add(piece) {
            if !stagingReady { try prepareStaging() }
            adopted?.clear(piece.path)
            let target = staging.path + "/" + piece.path
            folders.ensureParent(of: target)
            return target
        }
        guard let unchanged else { return }
        streams[piece.path] = nil
        if !unchanged {
            outcome.written += 1
            if let info = stream.written { writtenEntries[piece.path] = BuildCache.entry(piece.path, info) }
        } else {
            outcome.unchanged += 1
            if stagingReady {
                if let error = link(piece.path) { throw BuildError.publish(error) }
            } else {
                pendingLinks.append(piece.path)
            }
        }
    }

    /// The files handed over so far: after `finish`, every file the output holds.
    var published: Set<String> { seen }

    /// Adds the marker, counts removed files and swaps the new site in when anything changed.
    func finish() throws -> Publisher.Outcome {
        if let open = streams.keys.sorted().first { throw BuildError.publish("\(open) was not handed over whole") }
        try add([OutputFile(path: Publisher.markerName, text: Publisher.markerText)])
        outcome.removed = previous.subtracting(seen).count
        if !stagingReady {
            if outcome.removed == 0 { return outcome }
            try prepareStaging()
        }
        do {
            try adopted?.removeExtras(keeping: seen)
            try swapIn()
        } catch {
            discard()
            throw error as? BuildError ?? BuildError.publish(error.localizedDescription)
        }
        return outcome
    }

    /// Removes the staging folder (after a failure elsewhere in the build).
    func discard() {
        for stream in streams.values { stream.close() }
        streams = [:]
        if stagingReady { try? FileManager.default.removeItem(at: staging) }
    }

    // MARK: - Files

    private func prepareStaging() throws {
        try? FileManager.default.removeItem(at: staging)
        FileTree.makeFolders(staging.deletingLastPathComponent().path)
        // The spare becomes the staging folder when there is a site to swap it with.
        if let spare, !previous.isEmpty, let tree = SpareTree.adopt(spare, as: staging) {
            adopted = tree
        } else if mkdir(staging.path, 0o777) != 0 {
            throw BuildError.publish("cannot create \(staging.path): \(String(cString: strerror(errno)))")
        }
        stagingReady = true
        let errors = Concurrent.map(pendingLinks, threads: threads) { self.link($0) }
        pendingLinks = []
        if let error = errors.compactMap({ $0 }).first {
            discard()
            throw BuildError.publish(error)
        }
    }

    /// Hard-links an unchanged file into staging (copies it, keeping its time, where links fail).
    private func link(_ path: String) -> String? {
        if let adopted {
            if adopted.holds(path, inode: previousInodes[path], live: output.path + "/" + path) { return nil }
            adopted.clear(path)
        }
        let target = staging.path + "/" + path
        folders.ensureParent(of: target)
        let source = output.path + "/" + path
        if systemLink(source, target) == 0 { return nil }
        do {
            try FileManager.default.copyItem(atPath: source, toPath: target)
            return nil
        } catch {
            return "cannot copy \(source): \(error.localizedDescription)"
        }
    }

    private func write(_ file: OutputFile) -> (error: String?, info: stat?) {
        adopted?.clear(file.path)
        let target = staging.path + "/" + file.path
        folders.ensureParent(of: target)
        var info = stat()
        guard FileTree.write(file, to: target, info: &info) else {
            return ("cannot write \(target): \(String(cString: strerror(errno)))", nil)
        }
        return (nil, info)
    }

    /// Puts the staging folder in the output's place: one atomic exchange where the kernel
    /// offers it (Linux `renameat2(RENAME_EXCHANGE)`), otherwise two renames.
    private func swapIn() throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        if Publisher.exchange(staging.path, output.path) {
            SpareTree.keep(staging, as: spare)  // now holds the previous site
            return
        }
        let old = Publisher.previousSiteFolder(of: output)
        try? fileManager.removeItem(at: old)
        try fileManager.moveItem(at: output, to: old)
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            try? fileManager.moveItem(at: old, to: output)
            throw error
        }
        try? fileManager.removeItem(at: old)
    }

}

/// Folders already created under staging, so each is made once.
private final class FolderCache: @unchecked Sendable {
    private var made: Set<String> = []
    private let lock = NSLock()

    func ensureParent(of path: String) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        lock.lock()
        let known = made.contains(folder)
        lock.unlock()
        if known { return }
        FileTree.makeFolders(folder)
        lock.lock()
        made.insert(folder)
        lock.unlock()
    }
}
