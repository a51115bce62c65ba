/// Where markup is written as UTF-8 bytes: an array, or a `ByteSink`. The chart kit writes
/// through this protocol, specialised for each, so the same escaping and number writing serve
/// the SVG writer (a `ByteSink`) and callers holding an array.
package protocol ByteOutput {
    mutating func put(_ byte: UInt8)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteOutput where Element == UInt8 {
    @inline(__always) package mutating func put(_ byte: UInt8) { append(byte) }
    @inline(__always) package mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// A growing byte buffer written through a pointer: an append is a capacity check and a store
/// or a `memcpy`. (An array's `append(contentsOf:)` is a call into the standard library of about
/// a hundred instructions, and its single-byte `append` checks that the buffer is not shared
/// each time: writing the charts' SVG went mostly to those checks, the tags and numbers being a
/// few bytes each.) It owns its memory until `finish`; it is written in place (`inout`) and
/// never copied.
package struct ByteSink: ByteOutput {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    package private(set) var count = 0

    package init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always) package mutating func put(_ byte: UInt8) {
        if count == capacity { grow(1) }
        base[count] = byte
        count &+= 1
    }

    @inline(__always) package mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let n = bytes.count
        if capacity &- count < n { grow(n) }
        (base + count).initialize(from: source, count: n)
        count &+= n
    }

    /// Room for `more` bytes beyond `count`: at least twice the capacity.
    @inline(never) private mutating func grow(_ more: Int) {
        let larger = max(2 * capacity, count + more)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = larger
    }

    /// The buffer and the number of bytes written in it, for the caller to own and free; the
    /// sink must not be used again.
    package mutating func take() -> (base: UnsafeMutablePointer<UInt8>, count: Int) {
        let taken = (base, count)
        count = 0
        capacity = 0
        return taken
    }

    /// The bytes written, as text; the buffer is freed and must not be used again.
    package mutating func finish() -> String {
        let text = String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
        base.deallocate()
        count = 0
        capacity = 0
        return text
    }

    /// The last byte written; nil when none was.
    package var last: UInt8? { count > 0 ? base[count &- 1] : nil }

    /// `bytes` put in at `position` (at most `count`), the bytes after it moved up.
    package mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) {
        guard let source = bytes.baseAddress, position <= count else { return }
        let n = bytes.count
        if capacity &- count < n { grow(n) }
        (base + position + n).moveInitialize(from: base + position, count: count - position)
        (base + position).initialize(from: source, count: n)
        count &+= n
    }

    /// The bytes written, as an array; the buffer is freed and must not be used again.
    package mutating func finishBytes() -> [UInt8] {
        let bytes = [UInt8](UnsafeBufferPointer(start: base, count: count))
        base.deallocate()
        count = 0
        capacity = 0
        return bytes
    }
}
