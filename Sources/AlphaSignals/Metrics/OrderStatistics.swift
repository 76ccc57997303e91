/// Selection (quickselect) of order statistics in O(n) expected time, on finite values only.
/// Partitioning stops on values equal to the pivot, which keeps flat series (all values equal) from going quadratic.
enum OrderStatistics {
    /// Reorders `buffer[start..<end]` so that index `k` holds the value it would hold if that range were sorted,
    /// smaller-or-equal values before it and greater-or-equal after.
    static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int, from start: Int, to end: Int) {
        guard start <= k, k < end, end <= buffer.count else { return }
        floydRivest(buffer, k, left: start, right: end - 1)
    }

    /// Floyd–Rivest selection: on large ranges it first selects within a small sample-sized window around `k`, whose
    /// bounds then make near-perfect pivots, so the whole range is partitioned about 1.5 times instead of 3 (the
    /// dominant cost of the analyzer). `left...right` is inclusive and always stays within the buffer.
    private static func floydRivest(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int, left: Int, right: Int) {
        var left = left
        var right = right
        while right > left {
            if right - left > 600 {
                let count = Double(right - left + 1)
                let rank = Double(k - left + 1)
                let logCount = naturalLog(right - left + 1)
                let sample = 0.5 * cubeRootSquared(count)
                let sign: Double = rank < count / 2 ? -1 : 1
                let spread = 0.5 * (logCount * sample * (count - sample) / count).squareRoot() * sign
                let newLeft = Swift.max(left, Int(Double(k) - rank * sample / count + spread))
                let newRight = Swift.min(right, Int(Double(k) + (count - rank) * sample / count + spread))
                if newLeft <= k && k <= newRight && (newLeft > left || newRight < right) {
                    floydRivest(buffer, k, left: newLeft, right: newRight)
                }
            }
            let pivot = buffer[k]
            var low = left
            var high = right
            buffer.swapAt(left, k)
            if buffer[right] > pivot { buffer.swapAt(right, left) }
            while low < high {
                buffer.swapAt(low, high)
                low += 1
                high -= 1
                while low < right && buffer[low] < pivot { low += 1 }
                while high > left && buffer[high] > pivot { high -= 1 }
            }
            if buffer[left] == pivot {
                buffer.swapAt(left, high)
            } else {
                high += 1
                buffer.swapAt(high, right)
            }
            // buffer[high] == pivot is in its final place.
            if high <= k { left = high + 1 }
            if k <= high { right = high - 1 }
        }
    }

    /// ln(n) to within a few percent, without libm: log2 from the bit width, refined linearly within the octave.
    private static func naturalLog(_ count: Int) -> Double {
        guard count > 1 else { return 0 }
        let exponent = Int.bitWidth - 1 - count.leadingZeroBitCount
        let mantissa = Double(count) / Double(1 << exponent)  // in [1, 2)
        return (Double(exponent) + (mantissa - 1)) * 0.693_147_180_559_945_3
    }

    /// x^(2/3) by Newton's method on the cube root (x ≥ 1), without libm.
    private static func cubeRootSquared(_ value: Double) -> Double {
        var root = Swift.max(1, value / 3)
        for _ in 0..<40 {
            let next = (2 * root + value / (root * root)) / 3
            if Swift.abs(next - root) < 1e-3 { break }
            root = next
        }
        return root * root
    }

    /// The `q` quantile (0...1) of `buffer[0..<count]` with linear interpolation between order statistics
    /// (Hyndman–Fan type 7, the default of R and NumPy). May reorder `buffer[0..<count]`; uses the buffer beyond
    /// `count` as scratch when it has room (`scratchCount(for:)`).
    static func quantile(_ buffer: UnsafeMutableBufferPointer<Double>, _ q: Double, count: Int) -> Double {
        guard count > 0, count <= buffer.count else { return .nan }
        let position = Double(count - 1) * Swift.min(Swift.max(q, 0), 1)
        let lowerIndex = Int(position)  // position ≥ 0, so truncation is the floor
        let fraction = position - Double(lowerIndex)
        let (lower, upper) = orderPair(buffer, lowerIndex, count: count)
        return fraction > 0 ? lower + fraction * (upper - lower) : lower
    }

    /// Buffer size that lets `quantile` use its single-pass filter: the data, room for the candidates, and a sample.
    static func scratchCount(for count: Int) -> Int {
        2 * count + count / 4 + 64
    }

    /// The k-th and (k+1)-th smallest of `buffer[0..<count]` (the upper equals the lower when k is the last rank).
    private static func orderPair(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int, count: Int) -> (Double, Double) {
        if let pair = filteredPair(buffer, k, count: count) { return pair }
        select(buffer, k, from: 0, to: count)
        let lower = buffer[k]
        guard k + 1 < count else { return (lower, lower) }
        var upper = buffer[k + 1]
        for index in (k + 2)..<count where buffer[index] < upper { upper = buffer[index] }
        return (lower, upper)
    }

    /// Sample-and-filter selection for large ranges: bounds `low...high` taken from a systematic sample of ~n^(2/3)
    /// values (±2√s sample ranks around the wanted rank, about four standard errors) bracket rank k; one branch-free
    /// pass counts the values below `low` and copies those inside the bounds; selection then runs on that small set.
    /// The data in `0..<count` is left untouched. Nil (caller falls back to plain selection) for small ranges, too
    /// little scratch room, or the rare sample whose bounds miss rank k.
    private static func filteredPair(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int, count: Int) -> (Double, Double)? {
        guard count >= 1_024, k >= 0, k < count else { return nil }
        let sampleSize = Swift.min(count, Int(cubeRootSquared(Double(count))))
        let candidatesStart = count
        let sampleStart = 2 * count
        guard sampleSize >= 16, buffer.count >= sampleStart + sampleSize else { return nil }
        let stride = count / sampleSize
        for index in 0..<sampleSize { buffer[sampleStart + index] = buffer[index * stride] }
        let sampleRank = Double(k) * Double(sampleSize) / Double(count)
        let gap = 2 * Double(sampleSize).squareRoot()
        let lowRank = Swift.max(0, Int(Swift.max(0, sampleRank - gap)))
        let highRank = Swift.min(sampleSize - 1, Int(sampleRank + gap) + 1)
        let sampleEnd = sampleStart + sampleSize
        var low = -Double.infinity
        var high = Double.infinity
        if lowRank > 0 {
            select(buffer, sampleStart + lowRank, from: sampleStart, to: sampleEnd)
            low = buffer[sampleStart + lowRank]
        }
        if highRank < sampleSize - 1 {
            select(buffer, sampleStart + highRank, from: sampleStart + lowRank, to: sampleEnd)
            high = buffer[sampleStart + highRank]
        }
        var below = 0
        var inside = 0
        for index in 0..<count {
            let value = buffer[index]
            buffer[candidatesStart + inside] = value
            // Bool → 0/1 as integers, so the compiler emits flag arithmetic rather than unpredictable branches.
            inside &+= Int(bit(value >= low) & bit(value <= high))
            below &+= Int(bit(value < low))
        }
        let lastNeeded = Swift.min(k + 1, count - 1)
        guard below <= k, lastNeeded < below + inside else { return nil }
        let localK = candidatesStart + (k - below)
        let candidatesEnd = candidatesStart + inside
        select(buffer, localK, from: candidatesStart, to: candidatesEnd)
        let lower = buffer[localK]
        guard k + 1 < count else { return (lower, lower) }
        var upper = Double.infinity
        for index in (localK + 1)..<candidatesEnd where buffer[index] < upper { upper = buffer[index] }
        return (lower, upper)
    }

    @inline(__always)
    private static func bit(_ flag: Bool) -> UInt8 {
        unsafeBitCast(flag, to: UInt8.self)  // a Bool is one byte holding exactly 0 or 1
    }

    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        Swift.max(Swift.min(a, b), Swift.min(Swift.max(a, b), c))
    }
}
