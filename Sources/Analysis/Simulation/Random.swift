/// The random numbers of the Monte Carlo simulation (SPEC §3.9): documented, seedable and the
/// same on every platform and in every process, so one seed gives the same bytes everywhere.
///
/// Each project draws from its own stream: xoshiro256** seeded through SplitMix64 from
/// `seed XOR FNV-1a-64(project id)`. Swift's `Hasher` is not used: it is seeded randomly per
/// process, so it would change the results from one build to the next.

/// SplitMix64 (Steele, Lea & Flood, 2014): expands one 64-bit seed into well-mixed words, as
/// the xoshiro authors recommend for seeding.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** 1.0 (Blackman & Vigna, 2018): 256 bits of state, period 2^256 − 1.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64

    /// The state from four SplitMix64 outputs of `seed` (never all zero).
    public init(seed: UInt64) {
        var mix = SplitMix64(state: seed)
        s0 = mix.next(); s1 = mix.next(); s2 = mix.next(); s3 = mix.next()
    }

    /// The stream of one project: the site seed mixed with a stable hash of the project id.
    public init(seed: UInt64, stream: String) {
        self.init(seed: seed ^ StableHash.fnv1a64(stream))
    }

    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    /// A uniform double in (0, 1]: the top 53 bits k, centred in their cell, so `log(u)` is
    /// always finite. (From k = 2⁵² on, k + ½ is rounded to even, so the largest odd k gives
    /// exactly 1: once in 2⁵⁴ draws, harmless to every use here.)
    @inline(__always)
    public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    @inline(__always)
    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// A hash that is the same in every process and on every platform.
public enum StableHash {
    /// FNV-1a, 64 bits (Fowler, Noll, Vo), over the UTF-8 bytes of `text`: offset basis
    /// 0xcbf29ce484222325, prime 0x100000001b3.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
