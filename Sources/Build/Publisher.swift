import Foundation
import Site
#if canImport(Glibc)
import Glibc
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
    let fileManager = FileManager.default

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
    func publish(_ files: [OutputFile]) throws -> Outcome {
        let all = files + [OutputFile(path: Publisher.markerName, text: Publisher.markerText)]
        let previous = existingFiles()
        var outcome = Outcome(written: 0, unchanged: 0, removed: 0)
        var changed: [OutputFile] = []
        for file in all {
            if previous.contains(file.path), let old = fileManager.contents(atPath: output.appendingPathComponent(file.path).path),
               old.elementsEqual(file.bytes) {
                outcome.unchanged += 1
            } else {
                changed.append(file)
            }
        }
        let newPaths = Set(all.map(\.path))
        outcome.removed = previous.subtracting(newPaths).count
        outcome.written = changed.count
        if changed.isEmpty && outcome.removed == 0 { return outcome }

        let staging = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).pmo-staging")
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            let changedPaths = Set(changed.map(\.path))
            for file in all {
                let target = staging.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                if !changedPaths.contains(file.path) {
                    let source = output.appendingPathComponent(file.path)
                    if link(source.path, target.path) == 0 { continue }
                    // Another file system or no hard links: copy, keeping the modification time.
                    try fileManager.copyItem(at: source, to: target)
                    continue
                }
                guard fileManager.createFile(atPath: target.path, contents: Data(file.bytes)) else {
                    throw BuildError.publish("cannot write \(target.path)")
                }
            }
            try swapIn(staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            if let error = error as? BuildError { throw error }
            throw BuildError.publish(error.localizedDescription)
        }
        return outcome
    }

    /// Paths (relative, `/`-separated) of the regular files in the current output.
    func existingFiles() -> Set<String> {
        guard let enumerator = fileManager.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var paths = Set<String>()
        let root = output.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(root + "/") else { continue }
            paths.insert(String(path.dropFirst(root.count + 1)))
        }
        return paths
    }

    /// Puts the staging folder in the output's place: one atomic exchange where the kernel
    /// offers it (Linux `renameat2(RENAME_EXCHANGE)`), otherwise two renames.
    private func swapIn(_ staging: URL) throws {
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        if Publisher.exchange(staging.path, output.path) {
            try? fileManager.removeItem(at: staging)  // now holds the previous site
            return
        }
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).pmo-previous")
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
