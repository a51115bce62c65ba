import Build
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `pmo serve`: builds the site, serves it on 127.0.0.1 and rebuilds whenever a file of
/// `pmo.yaml`, `content/` or `layouts/` changes. A build with errors prints its diagnostics
/// and keeps serving the previous site.
public struct PreviewServer: Sendable {
    public let options: BuildOptions
    public let port: UInt16
    public let log: @Sendable (String) -> Void

    public init(options: BuildOptions, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.options = options; self.port = port; self.log = log
    }

    /// Runs until the process is stopped (Ctrl-C).
    public func run(build: @Sendable (BuildOptions) -> Void) throws -> Never {
        PreviewServer.unblockStopSignals()
        build(options)
        let server = try StaticServer(root: options.outputFolder, port: port)
        server.start()
        log("Serving \(options.outputFolder.path) at http://127.0.0.1:\(server.port)/ — rebuilds on every change to pmo.yaml, content/ or layouts/; Ctrl-C stops.")
        var last = SourceFingerprint(root: options.source)
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let now = SourceFingerprint(root: options.source)
            if now != last {
                last = now
                log("Change detected; rebuilding…")
                build(options)
            }
        }
    }
}

extension PreviewServer {
    /// A process started by a tool that blocks signals inherits the block: make sure Ctrl-C
    /// (SIGINT) and SIGTERM stop the server.
    static func unblockStopSignals() {
        #if canImport(Glibc)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        #endif
    }
}

/// Paths, sizes and modification times of the files a build reads: equal fingerprints mean
/// nothing to rebuild.
public struct SourceFingerprint: Equatable, Sendable {
    let entries: [String]

    public init(root: URL) {
        var entries: [String] = []
        let fm = FileManager.default
        for name in ["pmo.yaml", "content", "layouts"] {
            let url = root.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            let files: [URL] = isDirectory.boolValue
                ? (fm.enumerator(at: url, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey])?.compactMap { $0 as? URL } ?? [])
                : [url]
            for file in files {
                let values = try? file.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey])
                guard values?.isRegularFile == true else { continue }
                entries.append("\(file.path)|\(values?.fileSize ?? 0)|\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)")
            }
        }
        self.entries = entries.sorted()
    }
}
