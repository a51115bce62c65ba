import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Golden-file assertions: compare text with a file stored beside the tests.
///
/// Golden files live in `Tests/<TestTarget>/Golden/<name>`. Run the tests with
/// `PMO_RECORD=1` to write the actual text as the new golden file, then review the diff.
public enum Golden {
    /// Fails the calling test, at the caller's file and line, when `actual` differs from the
    /// golden file `name`, and prints the first differing line.
    public static func assertMatches(_ actual: String, named name: String,
                                     filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        let location = SourceLocation(fileID: "TestSupport/Golden.swift", filePath: filePath, line: line, column: column)
        let url = goldenURL(name, testFile: filePath)
        if ProcessInfo.processInfo.environment["PMO_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(url.path) is missing; run with PMO_RECORD=1 to record it", sourceLocation: location)
            return
        }
        guard expected != actual else { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = index < a.count ? String(a[index]) : "<end of text>"
        let want = index < e.count ? String(e[index]) : "<end of text>"
        Issue.record("differs from golden \(name) at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)\n(PMO_RECORD=1 re-records)",
                     sourceLocation: location)
    }

    /// `Tests/<TestTarget>/Golden/<name>`, found from the calling test file's path.
    public static func goldenURL(_ name: String, testFile: String) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
    }
}

/// Paths of the repository, found from a test file's path, so tests run from any directory.
public enum Fixtures {
    /// The repository root: the folder holding `Package.swift` above the calling test file.
    public static func repositoryRoot(filePath: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// `../shared` beside the repository (read-only in CI).
    public static func sharedFolder(filePath: String = #filePath) -> URL {
        repositoryRoot(filePath: filePath).deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// A file under `Tests/<TestTarget>/Fixtures/`, as text.
    public static func text(_ name: String, filePath: String = #filePath) throws -> String {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// A plain HTTP GET over a socket, with a timeout, for tests of the preview server
/// (Foundation's URL loading can block without one on Linux).
public enum TestHTTP {
    /// The whole response (status line, headers, body), or nil when nothing answers in time.
    public static func get(port: Int, path: String, timeout seconds: Int = 5) -> String? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var tv = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard write(fd, request, request.count) == request.count else { return nil }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            response += buffer[0..<n]
        }
        return response.isEmpty ? nil : String(decoding: response, as: UTF8.self)
    }
}

/// A small deterministic generator (SplitMix64) for property tests: the same seed gives the
/// same instances on every machine.
public struct TestRandom {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
