/// One file of the rendered site, in memory: a `/`-separated path relative to the output
/// folder and its bytes. Build writes these; Site never touches the disk.
public struct OutputFile: Hashable, Sendable {
    public let path: String
    public let bytes: [UInt8]
    public init(path: String, bytes: [UInt8]) { self.path = path; self.bytes = bytes }
    public init(path: String, text: String) { self.path = path; self.bytes = Array(text.utf8) }
}
