import Site
#if canImport(Glibc)
import Glibc
private let systemPread = Glibc.pread
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemPread = Darwin.pread
private let systemWrite = Darwin.write
#endif

/// Comparing and writing files by the piece: whole published files, and files published in
/// pieces (`StreamedFile`).
extension FileTree {
    /// True when the file at `path` holds the bytes of `piece` from byte `offset` on (and
    /// nothing after them, with `wholeFile`).
    static func contents(of path: String, at offset: Int, equal piece: OutputFile, wholeFile: Bool = false) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        let size = Int(info.st_size), end = offset + piece.byteCount
        guard wholeFile ? size == end : size >= end else { return false }
        var position = offset
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        return buffer.withUnsafeMutableBytes { scratch in
            piece.forEachChunk { chunk in
                var done = 0
                while done < chunk.count {
                    let want = min(scratch.count, chunk.count - done)
                    guard read(fd, into: scratch.baseAddress!, count: want, at: position),
                          memcmp(scratch.baseAddress!, chunk.baseAddress! + done, want) == 0 else { return false }
                    done += want
                    position += want
                }
                return true
            }
        }
    }

    /// The size of the file at `path`; nil when it cannot be read.
    static func size(of path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Writes the bytes of `piece` at the end of what `fd` has had written.
    static func append(_ piece: OutputFile, to fd: Int32) -> Bool {
        // Small stretches are gathered into one write of up to 256 KB: the feed comes as one
        // stretch per entry, ten thousand of them at a thousand projects, each a system call.
        let room = 256 << 10
        var gathered = 0
        return withUnsafeTemporaryAllocation(byteCount: room, alignment: 16) { buffer in
            let base = buffer.baseAddress!
            func flush() -> Bool {
                defer { gathered = 0 }
                return gathered == 0 || write(UnsafeRawBufferPointer(start: base, count: gathered), to: fd)
            }
            let written = piece.forEachChunk { chunk in
                if chunk.count > room / 4 { return flush() && write(chunk, to: fd) }
                if gathered + chunk.count > room && !flush() { return false }
                if let source = chunk.baseAddress { (base + gathered).copyMemory(from: source, byteCount: chunk.count) }
                gathered += chunk.count
                return true
            }
            return written && flush()
        }
    }

    /// Writes the first `count` bytes of the file at `path` to `fd`.
    static func copyPrefix(of path: String, count: Int, to fd: Int32) -> Bool {
        let source = open(path, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { return false }
        defer { close(source) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        return buffer.withUnsafeMutableBytes { scratch in
            var position = 0
            while position < count {
                let want = min(scratch.count, count - position)
                guard read(source, into: scratch.baseAddress!, count: want, at: position),
                      write(UnsafeRawBufferPointer(start: scratch.baseAddress!, count: want), to: fd) else { return false }
                position += want
            }
            return true
        }
    }

    /// Reads exactly `count` bytes at `offset`.
    private static func read(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) -> Bool {
        var got = 0
        while got < count {
            let n = systemPread(fd, buffer + got, count - got, off_t(offset + got))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            got += n
        }
        return true
    }

    private static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = systemWrite(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }
}
