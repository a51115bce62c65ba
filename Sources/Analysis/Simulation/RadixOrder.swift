/// A stable ascending order of doubles, sorted on order-preserving 64-bit keys (sign bit flipped
/// for positives, all bits for negatives); ties keep their input order.
///
/// Each value's key, less the smallest key, goes in the high bits of one 64-bit word and its
/// position in the low bits, so the words are distinct and their plain ascending order is the
/// stable order by key: one array is sorted, not keys with positions carried beside them. When
/// key and position need more than 64 bits, the key's lowest bits are left out of the word, and
/// the few runs of words whose kept bits tie are then put in order by their full keys.
///
/// The words are sorted by two counting passes over their top 22 bits, then an insertion pass
/// (see `sort`). (Five to seven radix passes over every bit of the values were a tenth of a
/// build's instructions; one pass into n/4 buckets, each then sorted by insertion, spent most
/// of its time on mispredicted branches.) Up to 65,536 values — every draw series of a
/// simulation — the words are 32 bits (`order32`): half the bytes to move, and digits of at
/// most 512 cells, made the simulation benchmark 2.5 % faster than 64-bit words.
struct RadixOrder {
    /// Positions of the values in ascending order.
    let indices: [Int32]

    init(_ values: [Double]) {
        let n = values.count
        var keys = [UInt64](unsafeUninitializedCapacity: n) { _, count in count = n }  // written next
        var low = UInt64.max, high = UInt64.min
        values.withUnsafeBufferPointer { v in
            keys.withUnsafeMutableBufferPointer { k in
                for i in 0..<n {
                    let key = Self.key(v[i])
                    k[i] = key
                    low = min(low, key)
                    high = max(high, key)
                }
            }
        }
        guard n > 1, low < high else {
            indices = (0..<n).map(Int32.init)
            return
        }
        let indexBits = 64 - UInt64(n - 1).leadingZeroBitCount
        let spanBits = 64 - (high - low).leadingZeroBitCount
        if indexBits <= 16 {
            indices = keys.withUnsafeBufferPointer { Self.order32(keys: $0, low: low, spanBits: spanBits, indexBits: indexBits) }
            return
        }
        let dropped = max(0, spanBits + indexBits - 64)
        let mask = (UInt64(1) << UInt64(indexBits)) - 1
        // Every slot is written before it is read.
        var words = [UInt64](unsafeUninitializedCapacity: n) { _, count in count = n }
        keys.withUnsafeBufferPointer { k in
            words.withUnsafeMutableBufferPointer { w in
                for i in 0..<n { w[i] = ((k[i] &- low) &>> UInt64(dropped)) &<< UInt64(indexBits) | UInt64(i) }
                Self.sort(w, width: spanBits - dropped + indexBits)
            }
        }
        // The positions, and whether two neighbours tie in the bits kept (only possible, and only
        // looked for, when some were dropped): found in the same pass, not a pass of its own.
        var tied = false
        func positions(_ words: [UInt64]) -> [Int32] {
            [Int32](unsafeUninitializedCapacity: n) { buffer, count in
                words.withUnsafeBufferPointer { w in
                    buffer[0] = Int32(truncatingIfNeeded: w[0] & mask)
                    if dropped > 0 {
                        var same: UInt64 = 0
                        for i in 1..<n {
                            buffer[i] = Int32(truncatingIfNeeded: w[i] & mask)
                            same |= (w[i] ^ w[i - 1]) >> UInt64(indexBits) == 0 ? 1 : 0
                        }
                        tied = same != 0
                    } else {
                        for i in 1..<n { buffer[i] = Int32(truncatingIfNeeded: w[i] & mask) }
                    }
                }
                count = n
            }
        }
        var order = positions(words)
        if tied {
            keys.withUnsafeBufferPointer { k in
                words.withUnsafeMutableBufferPointer { Self.orderTies($0, keys: k, indexBits: indexBits) }
            }
            order = positions(words)
        }
        indices = order
    }

    /// The order-preserving key of a double: the sign bit flipped for a positive, all bits for a negative.
    @inline(__always)
    static func key(_ value: Double) -> UInt64 {
        let bits = value.bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    /// Sorts distinct words below 2^width ascending, in place: two stable counting passes
    /// (least significant digit first) put them in order by their top 2 × 11 bits (fewer
    /// below 4,096 words), then an insertion pass puts right the few words whose top bits tie:
    /// at 10,000 words, about 5 per 2^22 cells. Branch-free but for that pass, whose words are nearly all in place.
    /// Words bunched in a few cells (values close together beside an outlier) would make the
    /// insertion quadratic: past 8 moves per word it stops and a comparison sort finishes.
    private static func sort(_ words: UnsafeMutableBufferPointer<UInt64>, width: Int) {
        let n = words.count
        // Two digits of up to 11 bits, fewer for fewer words: n/16 to n/8 cells a digit (a risk's
        // few thousand occurrences zeroed and summed 2 × 2,048 counts for each sort).
        let wordBits = 64 - UInt64(max(1, n)).leadingZeroBitCount
        let digitBits = min(11, (width + 1) / 2, max(4, wordBits - 3))
        let shiftHigh = max(0, width - digitBits), shiftLow = max(0, width - 2 * digitBits)
        countingPasses(words, digitBits: digitBits, shiftLow: shiftLow, shiftHigh: shiftHigh)
        let p = words.baseAddress!
        var moves = 0
        for i in 1..<max(1, n) {
            let word = p[i]
            guard p[i &- 1] > word else { continue }
            var j = i
            repeat {
                p[j] = p[j &- 1]
                j &-= 1
                moves &+= 1
            } while j > 0 && p[j &- 1] > word
            p[j] = word
            if moves > 8 * n {
                var all = words
                all.sort()
                return
            }
        }
    }

    /// The order of `keys` (n ≤ 65,536) by 32-bit words: the key's top `32 − indexBits` bits
    /// (of the key less `low`) above the position. Two stable counting passes over the key bits
    /// leave the words in order, positions breaking ties; words whose kept bits tie while their
    /// keys differ (only when bits were dropped) are then put in order by their full keys.
    static func order32(keys: UnsafeBufferPointer<UInt64>, low: UInt64, spanBits: Int, indexBits: Int) -> [Int32] {
        let n = keys.count
        let keyBits = 32 - indexBits
        let dropped = max(0, spanBits - keyBits)
        let kept = spanBits - dropped
        let mask = UInt32((1 << indexBits) - 1)
        var words = [UInt32](unsafeUninitializedCapacity: n) { buffer, count in
            for i in 0..<n {
                buffer[i] = UInt32(truncatingIfNeeded: (keys[i] &- low) &>> UInt64(dropped)) &<< UInt32(indexBits) | UInt32(i)
            }
            count = n
        }
        return words.withUnsafeMutableBufferPointer { w in
            // Two digits over the kept key's top bits, each of at most n/8 cells (a risk's few
            // thousand occurrences zeroed and summed 2 × 2,048 counts for each sort otherwise).
            let digitBits = max(1, min((kept + 1) / 2, max(4, indexBits - 3)))
            let high = indexBits + max(0, kept - digitBits)
            Self.countingPasses(w, digitBits: digitBits, shiftLow: max(indexBits, high - digitBits), shiftHigh: high)
            if 2 * digitBits < kept {
                // The key bits below the digits: an insertion pass over words nearly in place, a
                // comparison sort when it would move too many.
                var moves = 0
                for i in 1..<n {
                    let word = w[i]
                    guard w[i - 1] > word else { continue }
                    var j = i
                    repeat { w[j] = w[j - 1]; j -= 1; moves += 1 } while j > 0 && w[j - 1] > word
                    w[j] = word
                    if moves > 8 * n { w.sort(); break }
                }
            }
            return [Int32](unsafeUninitializedCapacity: n) { out, count in
                count = n
                guard dropped > 0 else {
                    for i in 0..<n { out[i] = Int32(truncatingIfNeeded: w[i] & mask) }
                    return
                }
                // The positions read out, and where a word's kept bits tie with the one before
                // it listed, in one branch-free pass (a pass that followed each run to its end
                // mispredicted at nearly every tie, and there are hundreds in 10,000 draws).
                var ties = [Int32](unsafeUninitializedCapacity: n) { _, c in c = n }  // the first `found` are written
                var found = 0
                ties.withUnsafeMutableBufferPointer { t in
                    var previous = w[0] &>> UInt32(indexBits)
                    out[0] = Int32(truncatingIfNeeded: w[0] & mask)
                    for i in 1..<n {
                        let word = w[i], prefix = word &>> UInt32(indexBits)
                        out[i] = Int32(truncatingIfNeeded: word & mask)
                        t[found] = Int32(truncatingIfNeeded: i)
                        found &+= prefix == previous ? 1 : 0
                        previous = prefix
                    }
                    // Consecutive listed positions make one run: by full key, positions (in
                    // order already) breaking ties; then read out again.
                    var j = 0
                    while j < found {
                        let start = Int(t[j]) &- 1
                        var end = Int(t[j]) &+ 1
                        j &+= 1
                        while j < found && Int(t[j]) == end { end &+= 1; j &+= 1 }
                        orderRun(w, start, end, keys: keys, mask: mask)
                        for i in start..<end { out[i] = Int32(truncatingIfNeeded: w[i] & mask) }
                    }
                }
            }
        }
    }

    /// The words `start..<end`, whose kept key bits tie, in the order of their full keys,
    /// positions breaking ties.
    private static func orderRun(_ w: UnsafeMutableBufferPointer<UInt32>, _ start: Int, _ end: Int,
                                 keys: UnsafeBufferPointer<UInt64>, mask: UInt32) {
        if end - start <= 32 {
            for i in (start + 1)..<end {
                let word = w[i], key = keys[Int(word & mask)]
                var j = i
                while j > start && keys[Int(w[j - 1] & mask)] > key { w[j] = w[j - 1]; j -= 1 }
                w[j] = word
            }
        } else {
            var run = Array(w[start..<end])
            run.sort { (keys[Int($0 & mask)], $0 & mask) < (keys[Int($1 & mask)], $1 & mask) }
            for (k, word) in run.enumerated() { w[start + k] = word }
        }
    }

    /// Two stable counting passes (least significant digit first) over the `digitBits`-bit
    /// digits at `shiftLow` and `shiftHigh` of `words`: the 64-bit words of `sort` and the
    /// 32-bit ones of `order32` alike.
    @inline(__always)
    private static func countingPasses<W: FixedWidthInteger & UnsignedInteger>(_ words: UnsafeMutableBufferPointer<W>, digitBits: Int,
                                                                              shiftLow: Int, shiftHigh: Int) {
        let n = words.count, size = 1 << digitBits
        let mask = W(truncatingIfNeeded: size - 1), low = W(truncatingIfNeeded: shiftLow), high = W(truncatingIfNeeded: shiftHigh)
        var counts = [Int32](repeating: 0, count: 2 * size)
        var spread = [W](unsafeUninitializedCapacity: n) { _, count in count = n }  // written by the first pass
        counts.withUnsafeMutableBufferPointer { c in
            let lowCounts = c.baseAddress!, highCounts = c.baseAddress! + size
            for i in 0..<n {
                let word = words[i]
                lowCounts[Int((word &>> low) & mask)] &+= 1
                highCounts[Int((word &>> high) & mask)] &+= 1
            }
            // Counts to starting positions, both digits in one pass.
            var a: Int32 = 0, b: Int32 = 0
            for d in 0..<size {
                let x = lowCounts[d], y = highCounts[d]
                lowCounts[d] = a; highCounts[d] = b
                a &+= x; b &+= y
            }
            spread.withUnsafeMutableBufferPointer { s in
                for i in 0..<n {
                    let word = words[i]
                    let d = Int((word &>> low) & mask)
                    s[Int(lowCounts[d])] = word
                    lowCounts[d] &+= 1
                }
                for i in 0..<n {
                    let word = s[i]
                    let d = Int((word &>> high) & mask)
                    words[Int(highCounts[d])] = word
                    highCounts[d] &+= 1
                }
            }
        }
    }

    /// Words whose kept key bits tie, in the order of their full keys, positions breaking ties.
    private static func orderTies(_ words: UnsafeMutableBufferPointer<UInt64>, keys: UnsafeBufferPointer<UInt64>, indexBits: Int) {
        let n = words.count, mask = (UInt64(1) << UInt64(indexBits)) - 1
        var start = 0
        while start < n {
            var end = start + 1
            while end < n && words[end] >> UInt64(indexBits) == words[start] >> UInt64(indexBits) { end += 1 }
            // In position order now; insertion keeps it among equal full keys.
            for i in (start + 1)..<max(start + 1, end) {
                let word = words[i], key = keys[Int(word & mask)]
                var j = i
                while j > start && keys[Int(words[j - 1] & mask)] > key {
                    words[j] = words[j - 1]
                    j -= 1
                }
                words[j] = word
            }
            start = end
        }
    }
}
