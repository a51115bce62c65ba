import Foundation
import Ingest
import Portfolio

/// What an import did: its diagnostics (in the input files), summary lines for the user, and
/// how many files it wrote (none when a diagnostic is an error).
public struct ImportOutcome: Sendable {
    public let diagnostics: [Diagnostic]
    public let summary: [String]
    public let written: Int
    init(_ site: ImportedSite, written: Bool) {
        diagnostics = site.diagnostics; summary = site.summary; self.written = written ? site.files.count : 0
    }
}

/// `pmo import`: reads the export files, runs an importer (Ingest, pure) and writes the site
/// folder it returns. The folder is written whole or not at all: assembled beside the target
/// and moved into place; a non-empty target is refused unless `force`.
public enum SiteImport {
    /// `pmo import gmpp FILE… --into DIR [--date FILE=YYYY-MM-DD]…`. `dates` is keyed by the
    /// file as given. Returns the import (with its diagnostics); writes nothing when it has an error.
    public static func gmpp(files: [String], dates: [String: Day], into folder: URL, force: Bool,
                            relativeTo cwd: URL) throws(BuildError) -> ImportOutcome {
        for key in dates.keys.sorted() where !files.contains(key) {
            throw BuildError.usage("--date names \(key), which is not one of the files to import")
        }
        var inputs: [GMPPFile] = []
        for path in files {
            let url = URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
            guard let data = FileManager.default.contents(atPath: url.path) else { throw BuildError.read("cannot read \(path)") }
            inputs.append(GMPPFile(path: path, bytes: Array(data), date: dates[path]))
        }
        try checkTarget(folder, force: force)
        let site = GMPPImporter.importFiles(inputs)
        if !site.diagnostics.hasErrors { try write(site.files, into: folder) }
        return ImportOutcome(site, written: !site.diagnostics.hasErrors)
    }

    /// `pmo import csv FILE --map MAP.yaml --into DIR`.
    public static func csv(file: String, map: String, into folder: URL, force: Bool,
                           relativeTo cwd: URL) throws(BuildError) -> ImportOutcome {
        func read(_ path: String) throws(BuildError) -> [UInt8] {
            let url = URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
            guard let data = FileManager.default.contents(atPath: url.path) else { throw BuildError.read("cannot read \(path)") }
            return Array(data)
        }
        let csvBytes = try read(file)
        let mapBytes = try read(map)
        try checkTarget(folder, force: force)
        let site = CSVRegisterImporter.importFile(path: file, bytes: csvBytes, mapPath: map, map: mapBytes)
        if !site.diagnostics.hasErrors { try write(site.files, into: folder) }
        return ImportOutcome(site, written: !site.diagnostics.hasErrors)
    }

    // MARK: - Writing the folder

    static func checkTarget(_ folder: URL, force: Bool) throws(BuildError) {
        let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        if path == "/" || path == home { throw BuildError.usage("refusing to import into \(path)") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw BuildError.usage("\(path) is a file, not a folder") }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if !entries.isEmpty && !force {
            throw BuildError.usage("refusing to import into \(path): the folder is not empty; use --force to replace it")
        }
    }

    /// Writes `files` as the whole content of `folder`: assembled in a staging folder beside it,
    /// then swapped in; on failure the previous folder is left as it was.
    static func write(_ files: [String: String], into folder: URL) throws(BuildError) {
        let fm = FileManager.default
        let staging = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).pmo-staging")
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for path in files.keys.sorted() {
                let url = staging.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(files[path]!.utf8).write(to: url)
            }
            if !fm.fileExists(atPath: folder.path) {
                try fm.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.moveItem(at: staging, to: folder)
            } else if Publisher.exchange(staging.path, folder.path) {
                try? fm.removeItem(at: staging)
            } else {
                let old = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).pmo-previous")
                try? fm.removeItem(at: old)
                try fm.moveItem(at: folder, to: old)
                try fm.moveItem(at: staging, to: folder)
                try? fm.removeItem(at: old)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw BuildError.publish("cannot write \(folder.path): \(error.localizedDescription)")
        }
    }
}
