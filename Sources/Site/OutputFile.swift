/// One file of the rendered site, in memory: a `/`-separated path relative to the output
/// folder and its bytes. Build writes these; Site never touches the disk.
///
/// A rendered file keeps the `String`s or byte arrays it was made of, without a copy: the
/// board pack and the feed of a large portfolio are tens of megabytes each, and are never
/// joined into one.
public struct OutputFile: Hashable, Sendable {
    public let path: String
    private let parts: [Part]
    private let data: [UInt8]?
    /// True when this is a piece of a file that goes on in a later `OutputFile` of the same
    /// path (the board pack, handed over as it renders); the last piece has it false.
    public let continues: Bool

    /// A stretch of a file: text, or UTF-8 bytes already made (the board pack's sections,
    /// which would otherwise be checked again as text, 76 MB at a thousand projects).
    enum Part: Hashable, Sendable {
        case text(String)
        case bytes([UInt8])

        var count: Int {
            switch self {
            case .text(let text): return text.utf8.count
            case .bytes(let bytes): return bytes.count
            }
        }
    }

    public init(path: String, bytes: [UInt8]) { self.path = path; self.parts = []; self.data = bytes; continues = false }
    public init(path: String, text: String) { self.path = path; self.parts = [.text(text)]; self.data = nil; continues = false }
    /// A file whose text is `parts`, one after the other; with `continues`, only its first
    /// pieces, the rest following in later files of the same path.
    public init(path: String, parts: [String], continues: Bool = false) {
        self.init(path: path, pieces: parts.map(Part.text), continues: continues)
    }

    /// A file of UTF-8 byte arrays, one after the other, as `init(path:parts:continues:)`.
    public init(path: String, byteParts: [[UInt8]], continues: Bool = false) {
        self.init(path: path, pieces: byteParts.map(Part.bytes), continues: continues)
    }

    private init(path: String, pieces: [Part], continues: Bool) {
        self.path = path; self.parts = pieces; self.data = nil; self.continues = continues
    }

    /// The whole file from its pieces, in order (`continues` on all but the last).
    public init(joining pieces: [OutputFile]) {
        precondition(!pieces.isEmpty && pieces.dropLast().allSatisfy(\.continues) && !pieces.last!.continues
                     && pieces.allSatisfy { $0.path == pieces[0].path && $0.data == nil }, "not the pieces of one file")
        self.init(path: pieces[0].path, pieces: pieces.flatMap(\.parts), continues: false)
    }

    /// The file's bytes (a copy).
    public var bytes: [UInt8] {
        if let data { return data }
        var out: [UInt8] = []
        out.reserveCapacity(byteCount)
        forEachChunk { out.append(contentsOf: $0); return true }
        return out
    }

    public var byteCount: Int { data?.count ?? parts.reduce(0) { $0 + $1.count } }

    /// Calls `body` with each stretch of the file's bytes in order, without copying them;
    /// stops early when `body` returns false. Returns false when it stopped early.
    @discardableResult
    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Bool) rethrows -> Bool {
        if let data { return try data.withUnsafeBytes(body) }
        for part in parts {
            switch part {
            case .text(var text):
                // A native String is contiguous UTF-8; `makeContiguousUTF8` only copies a bridged one.
                text.makeContiguousUTF8()
                guard try text.utf8.withContiguousStorageIfAvailable({ try body(UnsafeRawBufferPointer($0)) })! else { return false }
            case .bytes(let bytes):
                guard try bytes.withUnsafeBytes(body) else { return false }
            }
        }
        return true
    }

    public static func == (a: OutputFile, b: OutputFile) -> Bool {
        a.path == b.path && a.continues == b.continues && a.byteCount == b.byteCount && a.bytes == b.bytes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(continues)
        forEachChunk { hasher.combine(bytes: $0); return true }
    }
}
