import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server for the preview: GET and HEAD of the files of one folder, on
/// 127.0.0.1 only. Pretty URLs (`/projects/a/`) serve the folder's `index.html`; no path may
/// leave the folder.
public final class StaticServer: @unchecked Sendable {
    public let root: URL
    public let port: UInt16
    private let listener: Int32
    private let queue = DispatchQueue(label: "pmo.serve", attributes: .concurrent)

    /// Binds 127.0.0.1:`port` (0 = any free port; `port` then holds the one chosen).
    public init(root: URL, port: UInt16) throws {
        self.root = root.standardizedFileURL
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw ServeError.socket("cannot create a socket") }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 64) == 0 else {
            close(listener)
            throw ServeError.socket("cannot listen on 127.0.0.1:\(port) (is another server using it? try --port)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.port = UInt16(bigEndian: actual.sin_port)
        self.listener = listener
    }

    /// Accepts connections on a background thread until the process ends.
    public func start() {
        Thread.detachNewThread { [self] in
            while true {
                let client = accept(listener, nil, nil)
                if client < 0 { continue }
                queue.async { self.handle(client) }
            }
        }
    }

    private func handle(_ client: Int32) {
        defer { close(client) }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let n = read(client, &buffer, buffer.count)
        guard n > 0 else { return }
        let request = String(decoding: buffer[0..<n], as: UTF8.self)
        let response = respond(to: request)
        response.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(client, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }

    /// The whole HTTP response to a request's text.
    func respond(to request: String) -> [UInt8] {
        let parts = request.prefix { $0 != "\r" && $0 != "\n" }.split(separator: " ")
        guard parts.count >= 2 else { return reply(400, "Bad Request", body: Array("Bad request\n".utf8), type: "text/plain") }
        let method = parts[0]
        guard method == "GET" || method == "HEAD" else {
            return reply(405, "Method Not Allowed", body: Array("Only GET and HEAD\n".utf8), type: "text/plain")
        }
        guard let file = file(for: String(parts[1])), let data = FileManager.default.contents(atPath: file.path) else {
            let page = Array("<!DOCTYPE html><html lang=\"en\"><title>Not found</title><h1>Not found</h1><p><a href=\"/\">Dashboard</a></p></html>\n".utf8)
            return reply(404, "Not Found", body: method == "HEAD" ? [] : page, type: "text/html; charset=utf-8")
        }
        return reply(200, "OK", body: method == "HEAD" ? [] : Array(data), type: StaticServer.contentType(file.pathExtension),
                     length: data.count)
    }

    /// The file a request path names, or nil when it names none or would leave the folder.
    func file(for target: String) -> URL? {
        let pathPart = target.prefix { $0 != "?" && $0 != "#" }
        guard let decoded = String(pathPart).removingPercentEncoding else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        var url = segments.reduce(root) { $0.appendingPathComponent(String($1)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { url = url.appendingPathComponent("index.html") }
        guard url.standardizedFileURL.path.hasPrefix(root.path) else { return nil }
        return url
    }

    private func reply(_ status: Int, _ reason: String, body: [UInt8], type: String, length: Int? = nil) -> [UInt8] {
        let head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(type)\r\nContent-Length: \(length ?? body.count)\r\n"
            + "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + body
    }

    static func contentType(_ ext: String) -> String {
        switch ext.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "csv": "text/csv; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }
}

public enum ServeError: Error, CustomStringConvertible {
    case socket(String)
    public var description: String {
        switch self { case .socket(let m): "error: \(m)" }
    }
}
