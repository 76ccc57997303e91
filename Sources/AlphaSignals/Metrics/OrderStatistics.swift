/// Selection (quickselect) of order statistics in O(n) expected time, on finite values only.
/// Three-way partitioning keeps flat series (all values equal) linear instead of quadratic.
enum OrderStatistics {
    /// Reorders `buffer[start..<end]` so that index `k` holds the value it would hold if that range were sorted,
    /// smaller-or-equal values before it and greater-or-equal after.
    static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int, from start: Int, to end: Int) {
        guard start <= k, k < end, end <= buffer.count else { return }
        var low = start
        var high = end - 1
        while low < high {
            let pivot = medianOfThree(buffer[low], buffer[low + (high - low) / 2], buffer[high])
            var lessEnd = low
            var index = low
            var greaterStart = high
            while index <= greaterStart {
                let value = buffer[index]
                if value < pivot {
                    buffer.swapAt(lessEnd, index)
                    lessEnd += 1
                    index += 1
                } else if value > pivot {
                    buffer.swapAt(index, greaterStart)
                    greaterStart -= 1
                } else {
                    index += 1
                }
            }
            if k < lessEnd {
                high = lessEnd - 1
            } else if k > greaterStart {
                low = greaterStart + 1
            } else {
                return
            }
        }
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
        let lowerIndex = Int(position.rounded(.down))
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
