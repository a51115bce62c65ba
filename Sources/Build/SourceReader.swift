import Foundation
import Ingest

/// Reads a site folder into memory: `pmo.yaml`, everything under `content/` and the
/// template overrides under `layouts/`. The only place, with Publisher, that touches disk.
///
/// Symbolic links are followed only to a regular file inside the site folder; every other
/// link (outside the folder, to nothing, to a folder) is not read and is reported in
/// `SourceTree.unfollowedLinks`, which the loader turns into `symbolic-link` errors.
struct SourceReader {
    let root: URL
    var threads = 1
    /// A folder never read (the output, when it lies inside `content/` or `layouts/`).
    var excluding: String?
    /// Each file's digest for the build cache (`BuildCache.digest`) is made as it is read, on
    /// the reading threads, while its bytes are at hand (`digests`).
    var digesting = false

    /// Every readable file of `pmo.yaml` and `content/`, keyed by relative path, and the
    /// links not followed there and under `layouts/`. Hidden files and folders (a leading `.`)
    /// are skipped.
    func sourceTree() throws(BuildError) -> SourceTree { try sourceFiles().tree }

    /// `sourceTree`, with `digesting` each file's digest by path (else none), and the files'
    /// paths sorted (as `sorted()` orders them; the fingerprint reads them in that order).
    func sourceFiles() throws(BuildError) -> (tree: SourceTree, digests: [String: BuildCache.FileDigest], paths: [String]) {
        var files: [String: [UInt8]] = [:]
        var digests: [String: BuildCache.FileDigest] = [:]
        var unfollowed: [UnfollowedLink] = []
        var paths: [String] = []
        switch entry("pmo.yaml") {
        case .file(let path):
            if let data = FileTree.readFile(path) {
                files["pmo.yaml"] = data
                if digesting { digests["pmo.yaml"] = BuildCache.digest(path: "pmo.yaml", bytes: data) }
            }
        case .unfollowed(let link): unfollowed.append(link)
        case .absent: break
        }
        let content = try filesUnder("content")
        files.reserveCapacity(files.count + content.files.count)
        if digesting { digests.reserveCapacity(digests.count + content.files.count) }
        paths.reserveCapacity(content.files.count + 1)
        for (path, data, digest) in content.files {
            files[path] = data
            if let digest { digests[path] = digest }
            paths.append(path)  // in order: `filesUnder` sorts them
        }
        if files["pmo.yaml"] != nil { paths.append("pmo.yaml") }  // sorts after every "content/..." path
        unfollowed += content.unfollowed
        unfollowed += try filesUnder("layouts", read: false).unfollowed
        return (SourceTree(files: files, unfollowedLinks: unfollowed.sorted { $0.path < $1.path }), digests, paths)
    }

    /// Template overrides from `layouts/`, keyed by their name relative to that folder
    /// (`project.mustache`, `partials/header.mustache`). Only `.mustache` files are templates.
    func layoutOverrides() throws(BuildError) -> [String: String] {
        var overrides: [String: String] = [:]
        for (path, data, _) in try filesUnder("layouts").files where path.hasSuffix(".mustache") {
            overrides[String(path.dropFirst("layouts/".count))] = String(decoding: data, as: UTF8.self)
        }
        return overrides
    }

    // MARK: - Listing

    /// What a path of the site folder is, for reading.
    private enum Entry {
        /// A regular file, or a link to one inside the site folder: read from this path.
        case file(String)
        /// A link pmo does not follow.
        case unfollowed(UnfollowedLink)
        case absent
    }

    /// The site folder itself without links, so that "inside" is decided on real paths.
    private var realRoot: String { FileTree.canonicalPath(root.path) ?? root.standardizedFileURL.path }

    /// The file at `relative` as an `Entry`; anything but a file or a link is `.absent`.
    private func entry(_ relative: String) -> Entry {
        let full = root.path + "/" + relative
        var info = stat()
        guard lstat(full, &info) == 0 else { return .absent }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(full)
        case S_IFLNK: return follow(relative)
        default: return .absent
        }
    }

    /// The verdict on the link at `relative`.
    private func follow(_ relative: String) -> Entry {
        let full = root.path + "/" + relative
        let (target, resolved) = FileTree.resolveLink(full)
        guard let resolved else { return .unfollowed(UnfollowedLink(path: relative, target: target, reason: .dangling)) }
        let site = realRoot
        guard resolved.hasPrefix(site + "/") else {
            return .unfollowed(UnfollowedLink(path: relative, target: target, reason: .outsideSite))
        }
        guard FileTree.kind(of: resolved) == S_IFREG else {
            return .unfollowed(UnfollowedLink(path: relative, target: target, reason: .notAFile))
        }
        return .file(resolved)
    }

    /// Regular files under `folder` (hidden ones skipped; links followed only to files inside
    /// the site folder), read on `threads` threads when `read`, sorted by path; and the links
    /// not followed. Plain system calls: Foundation's enumerator asked for resource values file
    /// by file, a seventh of loading a 12,000-file site.
    private func filesUnder(_ folder: String, read: Bool = true) throws(BuildError)
        -> (files: [(String, [UInt8], BuildCache.FileDigest?)], unfollowed: [UnfollowedLink]) {
        let base = root.appendingPathComponent(folder).path
        var top = stat()
        guard lstat(base, &top) == 0 else { return ([], []) }
        if (top.st_mode & S_IFMT) == S_IFLNK {
            // The folder itself is a link: not followed, whatever it points to.
            let (target, resolved) = FileTree.resolveLink(base)
            let reason: UnfollowedLink.Reason = resolved == nil ? .dangling
                : resolved!.hasPrefix(realRoot + "/") ? .notAFile : .outsideSite
            return ([], [UnfollowedLink(path: folder, target: target, reason: reason)])
        }
        guard (top.st_mode & S_IFMT) == S_IFDIR else { return ([], []) }
        guard let listing = FileTree.visibleEntries(under: base, threads: threads) else { throw BuildError.read("cannot list \(base)") }
        var sources = listing.files.map { (folder + "/" + $0, root.path + "/" + folder + "/" + $0) }
        var unfollowed: [UnfollowedLink] = []
        for link in listing.links {
            switch follow(folder + "/" + link) {
            case .file(let resolved): sources.append((folder + "/" + link, resolved))
            case .unfollowed(let verdict): unfollowed.append(verdict)
            case .absent: break
            }
        }
        let rootFolder = root.standardizedFileURL.path + "/" + folder
        if let excluding, excluding == rootFolder || excluding.hasPrefix(rootFolder + "/") {
            // The output folder inside the sources: what pmo wrote is never read back.
            let skipped = excluding == rootFolder ? "" : String(excluding.dropFirst(rootFolder.count + 1)) + "/"
            sources.removeAll { $0.0.dropFirst(folder.count + 1).hasPrefix(skipped) }
            unfollowed.removeAll { $0.path.dropFirst(folder.count + 1).hasPrefix(skipped) }
        }
        sources.sort { $0.0 < $1.0 }
        guard read else { return ([], unfollowed) }
        let digesting = self.digesting && folder == "content"
        let contents = Concurrent.map(sources, threads: threads) { source -> ([UInt8], BuildCache.FileDigest?)? in
            guard let data = FileTree.readFile(source.1) else { return nil }
            return (data, digesting ? BuildCache.digest(path: source.0, bytes: data) : nil)
        }
        var result: [(String, [UInt8], BuildCache.FileDigest?)] = []
        result.reserveCapacity(sources.count)
        for (source, read) in zip(sources, contents) {
            guard let (data, digest) = read else { throw BuildError.read("cannot read \(source.1)") }
            result.append((source.0, data, digest))
        }
        return (result, unfollowed)
    }
}
