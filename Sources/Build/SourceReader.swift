import Foundation
import Ingest

/// Reads a site folder into memory: `pmo.yaml`, everything under `content/` and the
/// template overrides under `layouts/`. The only place, with Publisher, that touches disk.
struct SourceReader {
    let root: URL
    var threads = 1
    /// A folder never read (the output, when it lies inside `content/` or `layouts/`).
    var excluding: String?

    /// Every readable file of `pmo.yaml` and `content/`, keyed by relative path. Hidden
    /// files and folders (a leading `.`) are skipped.
    func sourceTree() throws(BuildError) -> SourceTree {
        var files: [String: [UInt8]] = [:]
        let yaml = root.appendingPathComponent("pmo.yaml")
        if let data = FileManager.default.contents(atPath: yaml.path) { files["pmo.yaml"] = Array(data) }
        for (path, data) in try filesUnder("content") { files[path] = data }
        return SourceTree(files: files)
    }

    /// Template overrides from `layouts/`, keyed by their name relative to that folder
    /// (`project.mustache`, `partials/header.mustache`). Only `.mustache` files are templates.
    func layoutOverrides() throws(BuildError) -> [String: String] {
        var overrides: [String: String] = [:]
        for (path, data) in try filesUnder("layouts") where path.hasSuffix(".mustache") {
            overrides[String(path.dropFirst("layouts/".count))] = String(decoding: data, as: UTF8.self)
        }
        return overrides
    }

    /// Regular files under `folder` (hidden ones skipped, symbolic links not followed), read on
    /// `threads` threads, sorted by path. Plain system calls: Foundation's enumerator asked for
    /// resource values file by file, a seventh of loading a 12,000-file site.
    private func filesUnder(_ folder: String) throws(BuildError) -> [(String, [UInt8])] {
        let base = root.appendingPathComponent(folder).path
        var info = stat()
        guard stat(base, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return [] }
        guard let paths = FileTree.visibleRegularFiles(under: base) else { throw BuildError.read("cannot list \(base)") }
        var visible = paths
        let rootFolder = root.standardizedFileURL.path + "/" + folder
        if let excluding, excluding == rootFolder || excluding.hasPrefix(rootFolder + "/") {
            let skipped = excluding == rootFolder ? "" : String(excluding.dropFirst(rootFolder.count + 1)) + "/"
            visible.removeAll { $0.hasPrefix(skipped) }
        }
        let relative = visible.sorted().map { folder + "/" + $0 }
        let rootPath = root.path
        let contents = Concurrent.map(relative, threads: threads) { FileTree.readFile(rootPath + "/" + $0) }
        var result: [(String, [UInt8])] = []
        result.reserveCapacity(relative.count)
        for (path, data) in zip(relative, contents) {
            guard let data else { throw BuildError.read("cannot read \(rootPath + "/" + path)") }
            result.append((path, data))
        }
        return result
    }
}
