/// XXH64 (xxHash, 64-bit, by Yann Collet): the build cache's fingerprint of file contents.
///
/// Not a cryptographic hash: it tells accidental changes apart (a one-byte edit, a new pmo
/// executable), which is all the cache needs — anyone who can write the source folder can change
/// the site anyway. Streaming, so files and the executable are hashed without being joined.
/// Checked against the reference implementation (libxxhash) in `BuildCacheTests`.
struct XXHash64 {
    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

    private let seed: UInt64
    private var v1, v2, v3, v4: UInt64
    /// Bytes not yet making a whole 32-byte stripe.
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    init(seed: UInt64 = 0) {
        self.seed = seed
        v1 = seed &+ Self.p1 &+ Self.p2
        v2 = seed &+ Self.p2
        v3 = seed
        v4 = seed &- Self.p1
        buffer.reserveCapacity(32)
    }

    /// The hash of `bytes` in one call.
    static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        var hasher = XXHash64(seed: seed)
        hasher.update(bytes)
        return hasher.finalize()
    }

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    mutating func update(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { update($0) }
    }

    mutating func update(_ string: String) {
        var text = string
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        length &+= UInt64(bytes.count)
        var offset = 0
        if !buffer.isEmpty {
            let take = min(32 - buffer.count, bytes.count)
            buffer += bytes[0..<take]
            offset = take
            guard buffer.count == 32 else { return }
            buffer.withUnsafeBytes { stripe($0.baseAddress!) }
            buffer.removeAll(keepingCapacity: true)
        }
        let base = bytes.baseAddress!
        while bytes.count - offset >= 32 {
            stripe(base + offset)
            offset += 32
        }
        if offset < bytes.count { buffer += bytes[offset...] }
    }

    func finalize() -> UInt64 {
        var h: UInt64
        if length >= 32 {
            h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            h = Self.merge(h, v1)
            h = Self.merge(h, v2)
            h = Self.merge(h, v3)
            h = Self.merge(h, v4)
        } else {
            h = seed &+ Self.p5
        }
        h &+= length
        buffer.withUnsafeBytes { rest in
            var i = 0
            while rest.count - i >= 8 {
                h ^= Self.round(0, rest.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
                h = rotl(h, 27) &* Self.p1 &+ Self.p4
                i += 8
            }
            if rest.count - i >= 4 {
                h ^= UInt64(rest.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian) &* Self.p1
                h = rotl(h, 23) &* Self.p2 &+ Self.p3
                i += 4
            }
            while i < rest.count {
                h ^= UInt64(rest[i]) &* Self.p5
                h = rotl(h, 11) &* Self.p1
                i += 1
            }
        }
        h ^= h >> 33
        h &*= Self.p2
        h ^= h >> 29
        h &*= Self.p3
        h ^= h >> 32
        return h
    }

    private mutating func stripe(_ p: UnsafeRawPointer) {
        v1 = Self.round(v1, p.loadUnaligned(fromByteOffset: 0, as: UInt64.self).littleEndian)
        v2 = Self.round(v2, p.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian)
        v3 = Self.round(v3, p.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian)
        v4 = Self.round(v4, p.loadUnaligned(fromByteOffset: 24, as: UInt64.self).littleEndian)
    }

    private static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotl(acc &+ input &* p2, 31) &* p1
    }

    private static func merge(_ acc: UInt64, _ value: UInt64) -> UInt64 {
        (acc ^ round(0, value)) &* p1 &+ p4
    }
}

@inline(__always) private func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
