import Site
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// The few file operations reading sources and publishing need, as direct system calls.
enum FileTree {
    /// What an entry of a folder is (`lstat`'s view: links are not followed).
    enum Kind: Equatable { case folder, file, link, other }

    /// Every entry under `root`, folders before what they hold, relative and `/`-separated, with
    /// its kind and inode (from the folder listing, without a `stat` where the file system gives
    /// the kind); `skippingHidden` leaves out every file and folder whose name starts with `.`.
    /// Nil when `root` cannot be listed.
    ///
    /// With `threads` > 1 the folders two levels down (a site's `content/projects/<id>`) are
    /// listed on that many threads, each with what it holds, and put in their places: the same
    /// entries in the same order as one thread lists them. (Listing a thousand projects' folders
    /// one after another was a fifth of reading a site, with the other core idle.)
    static func entries(under root: String, skippingHidden: Bool = false, threads: Int = 1) -> [Entry]? {
        guard let top = opendir(root) else { return nil }
        closedir(top)
        var found: [Entry] = []
        var deferred: [(at: Int, folder: String, prefix: String)] = []
        walk(root, "", depth: 0, skippingHidden: skippingHidden, into: &found) { at, folder, prefix in
            guard threads > 1 else { return false }
            deferred.append((at, folder, prefix))
            return true
        }
        guard !deferred.isEmpty else { return found }
        let subtrees = Concurrent.map(deferred.map { ($0.folder, $0.prefix) }, threads: threads) { folder, prefix -> [Entry] in
            var entries: [Entry] = []
            walk(folder, prefix, depth: 2, skippingHidden: skippingHidden, into: &entries) { _, _, _ in false }
            return entries
        }
        var all: [Entry] = []
        all.reserveCapacity(found.count + subtrees.reduce(0) { $0 + $1.count })
        var next = 0
        for (k, place) in deferred.enumerated() {
            all += found[next..<place.at]
            all += subtrees[k]
            next = place.at
        }
        all += found[next...]
        return all
    }

    typealias Entry = (path: String, kind: Kind, inode: UInt64)

    /// Appends the entries under `folder` (listed as `prefix` + name) to `found`, each folder's
    /// before what it holds. A folder two levels below the root is offered to `defer` first
    /// (with the position its entries go at): when it takes it, the folder is not gone into.
    private static func walk(_ folder: String, _ prefix: String, depth: Int, skippingHidden: Bool, into found: inout [Entry],
                             defer: (_ at: Int, _ folder: String, _ prefix: String) -> Bool) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." || (skippingHidden && name.hasPrefix(".")) { continue }
            let full = folder + "/" + name
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_REG): kind = .file
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN):
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: kind = .folder
                case S_IFREG: kind = .file
                case S_IFLNK: kind = .link
                default: kind = .other
                }
            default: kind = .other
            }
            found.append((prefix + name, kind, UInt64(entry.pointee.d_ino)))
            guard kind == .folder else { continue }
            if depth + 1 == 2 && `defer`(found.count, full, prefix + name + "/") { continue }
            walk(full, prefix + name + "/", depth: depth + 1, skippingHidden: skippingHidden, into: &found, defer: `defer`)
        }
    }

    /// Regular files under `root`, relative, `/`-separated; hidden files included.
    static func regularFiles(under root: String) -> Set<String> {
        Set(regularFileInodes(under: root).keys)
    }

    /// Regular files under `root` with their inodes; hidden files included.
    static func regularFileInodes(under root: String) -> [String: UInt64] {
        var files: [String: UInt64] = [:]
        for entry in entries(under: root) ?? [] where entry.kind == .file { files[entry.path] = entry.inode }
        return files
    }

    /// Regular files under `root`, relative and `/`-separated, skipping every file and folder
    /// whose name starts with `.`; nil when `root` cannot be listed.
    static func visibleRegularFiles(under root: String) -> [String]? {
        visibleEntries(under: root)?.files
    }

    /// The regular files and the symbolic links under `root` (not followed), relative and
    /// `/`-separated, skipping every entry whose name starts with `.`; nil when `root` cannot
    /// be listed. Other kinds (sockets, pipes, devices) are left out.
    static func visibleEntries(under root: String, threads: Int = 1) -> (files: [String], links: [String])? {
        guard let all = entries(under: root, skippingHidden: true, threads: threads) else { return nil }
        return (all.filter { $0.kind == .file }.map(\.path), all.filter { $0.kind == .link }.map(\.path))
    }

    /// What a symbolic link at `path` leads to: its text, and the canonical path it resolves
    /// to (nil when it leads nowhere).
    static func resolveLink(_ path: String) -> (target: String, resolved: String?) {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        let target = n >= 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
        return (target, canonicalPath(path))
    }

    /// `realpath(3)`: the absolute path without `.`, `..` or symbolic links; nil when it does not exist.
    static func canonicalPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// The kind of what `path` leads to (following links), or nil when nothing is there.
    static func kind(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// The whole file at `path`; nil when it cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        // Exactly the size the file has; a file that grew while being read is still read whole.
        // Read into uninitialised room (zeroing it first was a pass over every source's bytes);
        // a file that shrank keeps only what was read.
        let size = Int(info.st_size)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var offset = 0
            while offset < size {
                let n = systemRead(fd, buffer.baseAddress! + offset, size - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { failed = n < 0; break }
                offset += n
            }
            count = offset
        }
        if failed { return nil }
        if bytes.count < size { return bytes }
        var more = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = more.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { return bytes }
            bytes += more[0..<n]
        }
    }

    /// True when the file at `path` holds exactly the bytes of `file` (its size is checked first).
    static func contents(of path: String, equal file: OutputFile) -> Bool {
        contents(of: path, at: 0, equal: file, wholeFile: true)
    }

    /// Creates or replaces the file at `path` with the bytes of `file` (mode 0666 less the umask).
    static func write(_ file: OutputFile, to path: String) -> Bool {
        var info = stat()
        return write(file, to: path, info: &info)
    }

    /// `write(file, to: path)`, with the file as `fstat` sees it once written in `info`.
    static func write(_ file: OutputFile, to path: String, info: inout stat) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return append(file, to: fd) && fstat(fd, &info) == 0
    }

    /// `mkdir -p`.
    static func makeFolders(_ path: String) {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            makeFolders(String(path[..<slash]))
            _ = mkdir(path, 0o777)
        }
    }
}
