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
    /// Regular files under `root`, relative, `/`-separated; hidden files included.
    static func regularFiles(under root: String) -> Set<String> {
        var paths = Set<String>()
        func walk(_ folder: String, _ prefix: String) {
            guard let dir = opendir(folder) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let full = folder + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(full, &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : 0
                }
                if type == Int32(DT_DIR) {
                    walk(full, prefix + name + "/")
                } else if type == Int32(DT_REG) {
                    paths.insert(prefix + name)
                }
            }
        }
        walk(root, "")
        return paths
    }

    /// Regular files under `root`, relative and `/`-separated, skipping every file and folder
    /// whose name starts with `.`; nil when `root` cannot be listed.
    static func visibleRegularFiles(under root: String) -> [String]? {
        visibleEntries(under: root)?.files
    }

    /// The regular files and the symbolic links under `root` (not followed), relative and
    /// `/`-separated, skipping every entry whose name starts with `.`; nil when `root` cannot
    /// be listed. Other kinds (sockets, pipes, devices) are left out.
    static func visibleEntries(under root: String) -> (files: [String], links: [String])? {
        guard let top = opendir(root) else { return nil }
        closedir(top)
        var paths: [String] = []
        var links: [String] = []
        func walk(_ folder: String, _ prefix: String) {
            guard let dir = opendir(folder) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                let full = folder + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(full, &info) == 0 else { continue }
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: type = Int32(DT_DIR)
                    case S_IFREG: type = Int32(DT_REG)
                    case S_IFLNK: type = Int32(DT_LNK)
                    default: type = 0
                    }
                }
                if type == Int32(DT_DIR) {
                    walk(full, prefix + name + "/")
                } else if type == Int32(DT_REG) {
                    paths.append(prefix + name)
                } else if type == Int32(DT_LNK) {
                    links.append(prefix + name)
                }
            }
        }
        walk(root, "")
        return (paths, links)
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
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { bytes.removeSubrange(offset...); return bytes }
            offset += n
        }
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
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return append(file, to: fd)
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
