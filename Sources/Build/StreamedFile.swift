import Site
#if canImport(Glibc)
import Glibc
private let systemClose = Glibc.close
#elseif canImport(Darwin)
import Darwin
private let systemClose = Darwin.close
#endif

/// A file that reaches the publisher in pieces (`OutputFile.continues`: the board pack, handed
/// over as its sections render). Its bytes are compared with the previous output's file as
/// they come; from the first piece that differs it is written into staging, starting with the
/// previous file's bytes up to there (which are the same). At its last piece it is unchanged
/// when every byte matched and the previous file has no more.
final class StreamedFile {
    let path: String
    /// The previous output's file; nil when there is none.
    private let previous: String?
    private var offset = 0
    private var same: Bool
    private var fd: Int32 = -1
    /// The file written, as `fstat` saw it before it was closed; nil until then, and when unchanged.
    private(set) var written: stat?

    init(path: String, previous: String?) {
        self.path = path
        self.previous = previous
        same = previous != nil
    }

    /// Adds the next piece. `staging` gives the path to write the file at, preparing the staging
    /// folder when needed. At the last piece, returns whether the file is unchanged; nil before.
    func add(_ piece: OutputFile, staging: () throws -> String) throws -> Bool? {
        if same, let previous, !FileTree.contents(of: previous, at: offset, equal: piece) {
            same = false
        }
        if same {
            offset += piece.byteCount
        } else {
            try startWriting(staging)
            guard FileTree.append(piece, to: fd) else { throw failure("cannot write") }
            offset += piece.byteCount
        }
        guard !piece.continues else { return nil }
        if same, let previous, FileTree.size(of: previous) == offset { return true }
        same = false
        try startWriting(staging)
        var info = stat()
        if fstat(fd, &info) == 0 { written = info }
        close()
        return false
    }

    /// Closes the staging file, if one is open (a build that stops half way).
    func close() {
        if fd >= 0 { _ = systemClose(fd); fd = -1 }
    }

    /// Opens the staging file with the previous file's first `offset` bytes, which matched.
    private func startWriting(_ staging: () throws -> String) throws {
        guard fd < 0 else { return }
        let target = try staging()
        fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure("cannot write \(target)") }
        if offset > 0, let previous, !FileTree.copyPrefix(of: previous, count: offset, to: fd) {
            throw failure("cannot copy \(previous)")
        }
    }

    private func failure(_ what: String) -> BuildError {
        BuildError.publish("\(what) (\(path)): \(String(cString: strerror(errno)))")
    }
}
