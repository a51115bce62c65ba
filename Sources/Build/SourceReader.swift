import Foundation
import Ingest

/// Reads a site folder into memory: `pmo.yaml`, everything under `content/` and the
/// template overrides under `layouts/`. The only place, with Publisher, that touches disk.
struct SourceReader {
    let root: URL

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

    private func filesUnder(_ folder: String) throws(BuildError) -> [(String, [UInt8])] {
        let base = root.appendingPathComponent(folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else {
            throw BuildError.read("cannot list \(base.path)")
        }
        let rootPath = root.standardizedFileURL.path
        var result: [(String, [UInt8])] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath + "/") else { continue }
            guard let data = FileManager.default.contents(atPath: path) else { throw BuildError.read("cannot read \(path)") }
            result.append((String(path.dropFirst(rootPath.count + 1)), Array(data)))
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
