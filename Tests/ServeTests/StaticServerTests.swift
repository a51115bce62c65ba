import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Serve

/// The preview server answers like a static host, over a real socket on 127.0.0.1.
@Suite struct StaticServerTests {
    let root: URL
    let server: StaticServer

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("projects/a"), withIntermediateDirectories: true)
        try Data("<p>home</p>".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("<p>a</p>".utf8).write(to: root.appendingPathComponent("projects/a/index.html"))
        try Data("body{}".utf8).write(to: root.appendingPathComponent("style.css"))
        server = try StaticServer(root: root, port: 0)
        server.start()
    }

    /// Sends a raw request and returns the whole response.
    func get(_ request: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = server.port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let bytes = Array(request.utf8)
        _ = write(fd, bytes, bytes.count)
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            response += buffer[0..<n]
        }
        return String(decoding: response, as: UTF8.self)
    }

    @Test func servesFilesAndPrettyURLs() throws {
        #expect(server.port > 0)
        let home = try get("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(home.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(home.contains("Content-Type: text/html; charset=utf-8"))
        #expect(home.hasSuffix("<p>home</p>"))
        #expect(try get("GET /projects/a/ HTTP/1.1\r\n\r\n").hasSuffix("<p>a</p>"))
        #expect(try get("GET /projects/a/index.html?x=1 HTTP/1.1\r\n\r\n").hasSuffix("<p>a</p>"))
        #expect(try get("GET /style.css HTTP/1.1\r\n\r\n").contains("Content-Type: text/css"))
        // HEAD: headers only, with the length of the body.
        let head = try get("HEAD / HTTP/1.1\r\n\r\n")
        #expect(head.contains("Content-Length: 11\r\n") && head.hasSuffix("\r\n\r\n"))
    }

    @Test func refusesWhatIsNotThereOrOutside() throws {
        #expect(try get("GET /nope/ HTTP/1.1\r\n\r\n").hasPrefix("HTTP/1.1 404"))
        #expect(try get("GET /../../etc/passwd HTTP/1.1\r\n\r\n").hasPrefix("HTTP/1.1 404"))
        #expect(try get("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n\r\n").hasPrefix("HTTP/1.1 404"))
        #expect(try get("POST / HTTP/1.1\r\n\r\n").hasPrefix("HTTP/1.1 405"))
        #expect(try get("garbage").hasPrefix("HTTP/1.1 400"))
    }

    @Test func fingerprintChangesWhenContentChanges() throws {
        let site = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data("title: a\n".utf8).write(to: site.appendingPathComponent("pmo.yaml"))
        let before = SourceFingerprint(root: site)
        #expect(SourceFingerprint(root: site) == before)
        try Data("---\nname: x\n---\n".utf8).write(to: site.appendingPathComponent("content/_index.md"))
        #expect(SourceFingerprint(root: site) != before)
    }
}
