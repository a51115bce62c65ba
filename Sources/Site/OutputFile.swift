/// One file of the rendered site, in memory: a `/`-separated path relative to the output
/// folder and its bytes. Build writes these; Site never touches the disk.
///
/// A rendered file keeps the `String`s it was made of (their UTF-8 bytes, without a copy):
/// the board pack and the feed of a large portfolio are tens of megabytes each, and are
/// never joined into one string.
public struct OutputFile: Hashable, Sendable {
    public let path: String
    private let parts: [String]
    private let data: [UInt8]?

    public init(path: String, bytes: [UInt8]) { self.path = path; self.parts = []; self.data = bytes }
    public init(path: String, text: String) { self.path = path; self.parts = [text]; self.data = nil }
    /// A file whose text is `parts`, one after the other.
    public init(path: String, parts: [String]) { self.path = path; self.parts = parts; self.data = nil }

    /// The file's bytes (a copy).
    public var bytes: [UInt8] {
        if let data { return data }
        var out: [UInt8] = []
        out.reserveCapacity(byteCount)
        for part in parts { out += part.utf8 }
        return out
    }

    public var byteCount: Int { data?.count ?? parts.reduce(0) { $0 + $1.utf8.count } }

    /// Calls `body` with each stretch of the file's bytes in order, without copying them;
    /// stops early when `body` returns false. Returns false when it stopped early.
    @discardableResult
    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Bool) rethrows -> Bool {
        if let data { return try data.withUnsafeBytes(body) }
        for var part in parts {
            // A native String is contiguous UTF-8; `makeContiguousUTF8` only copies a bridged one.
            part.makeContiguousUTF8()
            guard try part.utf8.withContiguousStorageIfAvailable({ try body(UnsafeRawBufferPointer($0)) })! else { return false }
        }
        return true
    }

    public static func == (a: OutputFile, b: OutputFile) -> Bool {
        a.path == b.path && a.byteCount == b.byteCount && a.bytes == b.bytes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        forEachChunk { hasher.combine(bytes: $0); return true }
    }
}
