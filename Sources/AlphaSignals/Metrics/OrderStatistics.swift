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
    /// (Hyndman–Fan type 7, the default of R and NumPy). Reorders the buffer.
    ///
    /// `searchFrom` lets a second quantile reuse the partition a first one left: after selecting rank `m`, every rank
    /// `≥ m` lies in `m..<count`, so only that part is searched (it must not exceed the wanted rank).
    static func quantile(_ buffer: UnsafeMutableBufferPointer<Double>, _ q: Double, count: Int, searchFrom: Int = 0) -> Double {
        let end = count
        guard count > 0, count <= buffer.count else { return .nan }
        let position = Double(count - 1) * Swift.min(Swift.max(q, 0), 1)
        let lowerIndex = Int(position)  // position ≥ 0, so truncation is the floor
        let fraction = position - Double(lowerIndex)
        select(buffer, lowerIndex, from: Swift.min(Swift.max(searchFrom, 0), lowerIndex), to: end)
        let lower = buffer[lowerIndex]
        guard fraction > 0, lowerIndex + 1 < end else { return lower }
        var upper = buffer[lowerIndex + 1]
        for index in (lowerIndex + 2)..<end where buffer[index] < upper { upper = buffer[index] }
        return lower + fraction * (upper - lower)
    }

    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        Swift.max(Swift.min(a, b), Swift.min(Swift.max(a, b), c))
    }
}
