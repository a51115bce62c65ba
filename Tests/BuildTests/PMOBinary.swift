import Foundation
import Testing
import TestSupport

/// The real `pmo` executable (`.build/debug/pmo`), run as a user runs it, for tests of exit
/// statuses, messages and signals.
enum PMOBinary {
    static var url: URL { Fixtures.repositoryRoot().appendingPathComponent(".build/debug/pmo") }

    struct Run {
        var status: Int32
        /// False when the process died of a signal (a crash): `status` is then the signal.
        var exitedNormally: Bool
        var stdout: String
        var stderr: String

        /// The diagnostic lines of standard error (`… error: … [code]`, `… warning: … [code]`).
        var diagnostics: [String] {
            stderr.split(separator: "\n").map(String.init).filter {
                ($0.contains(": error: ") || $0.contains(": warning: ")) && $0.hasSuffix("]") && !$0.hasPrefix("pmo: ")
            }
        }
    }

    /// Runs pmo to the end. Output goes through files, not pipes, so a chatty run never blocks.
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Run {
        let process = try start(arguments, environment: environment)
        process.process.waitUntilExit()
        return process.finish()
    }

    /// A started pmo process and the files its output goes to.
    struct Started {
        let process: Process
        let out: URL
        let err: URL

        func finish() -> Run {
            defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
            let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            return Run(status: process.terminationStatus, exitedNormally: process.terminationReason == .exit,
                       stdout: stdout, stderr: stderr)
        }
    }

    static func start(_ arguments: [String], environment: [String: String]? = nil) throws -> Started {
        try #require(FileManager.default.isExecutableFile(atPath: url.path), "build pmo first (swift build)")
        let tmp = FileManager.default.temporaryDirectory
        let out = tmp.appendingPathComponent("pmo-out-\(UUID().uuidString)")
        let err = tmp.appendingPathComponent("pmo-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return Started(process: process, out: out, err: err)
    }
}

/// Every file of a folder with its bytes, modification time and inode: equal snapshots mean
/// the folder was left exactly as it was (SPEC §1 "Publishing").
struct FolderSnapshot: Equatable, CustomStringConvertible {
    struct Entry: Equatable {
        var bytes: Data
        var modified: Date?
        var inode: Int?
    }
    var files: [String: Entry]

    init(_ folder: URL) throws {
        files = [:]
        let root = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return }
        for case let relative as String in walker {
            let path = root + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            files[relative] = Entry(bytes: try Data(contentsOf: URL(fileURLWithPath: path)),
                                    modified: attributes[.modificationDate] as? Date,
                                    inode: attributes[.systemFileNumber] as? Int)
        }
    }

    var description: String { "\(files.count) files: \(files.keys.sorted().prefix(5).joined(separator: ", "))…" }
}
