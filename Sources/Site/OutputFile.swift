/// One file of the rendered site, in memory: a `/`-separated path relative to the output
/// folder and its bytes. Build writes these; Site never touches the disk.
///
/// A rendered page keeps the `String` it was rendered as (its UTF-8 bytes, without a copy):
/// the board pack and the feed of a large portfolio are tens of megabytes each.
public struct OutputFile: Hashable, Sendable {
    public let path: String
    private let text: String?
    private let data: [UInt8]

    public init(path: String, bytes: [UInt8]) { self.path = path; self.text = nil; self.data = bytes }
    public init(path: String, text: String) { self.path = path; self.text = text; self.data = [] }

    /// The file's bytes (a copy when the file was made from text).
    public var bytes: [UInt8] { text.map { Array($0.utf8) } ?? data }

    /// Calls `body` with the file's bytes, without copying them.
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        if var text {
            // A native String is contiguous UTF-8; `makeContiguousUTF8` only copies a bridged one.
            text.makeContiguousUTF8()
            return try text.utf8.withContiguousStorageIfAvailable { try body(UnsafeRawBufferPointer($0)) }!
        }
        return try data.withUnsafeBytes(body)
    }

    public var byteCount: Int { text?.utf8.count ?? data.count }

    public static func == (a: OutputFile, b: OutputFile) -> Bool {
        a.path == b.path && a.withBytes { x in b.withBytes { y in x.elementsEqual(y) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        withBytes { hasher.combine(bytes: $0) }
    }
}
