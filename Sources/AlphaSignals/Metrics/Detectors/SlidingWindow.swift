/// The last `capacity` values with their running sum and sum of squares: O(1) mean and variance per point.
///
/// Sums are kept relative to the first value seen (to limit cancellation on large levels) and recomputed from the
/// buffer once per full turn so rounding errors cannot accumulate.
public struct SlidingWindow: Sendable, Codable, Equatable {
    /// The window length.
    public let capacity: Int
    var buffer: [Double]
    var head = 0
    /// How many values the window holds (≤ capacity).
    public private(set) var count = 0
    var origin = 0.0
    var sum = 0.0
    var sumOfSquares = 0.0
    var pushesSinceRefresh = 0

    /// An empty window; a capacity below 1 is raised to 1.
    public init(capacity: Int) {
        self.capacity = Swift.max(1, capacity)
        buffer = [Double](repeating: 0, count: self.capacity)
    }

    /// True when the window holds `capacity` values.
    public var isFull: Bool { count == capacity }

    /// Mean of the values held (0 when empty).
    @inline(__always)
    public var mean: Double { count == 0 ? 0 : origin + sum / Double(count) }

    /// Population standard deviation of the values held.
    @inline(__always)
    public var standardDeviation: Double {
        guard count > 0 else { return 0 }
        let n = Double(count)
        let m = sum / n
        return (Swift.max(0, sumOfSquares / n - m * m)).squareRoot()
    }

    /// Adds a value, evicting the oldest when full.
    @inline(__always)
    public mutating func push(_ x: Double) {
        if count == 0 && pushesSinceRefresh == 0 { origin = x }
        let v = x - origin
        if count == capacity {
            let old = buffer[head]
            sum -= old
            sumOfSquares -= old * old
        } else {
            count += 1
        }
        buffer[head] = v
        sum += v
        sumOfSquares += v * v
        head += 1
        if head == capacity { head = 0 }
        pushesSinceRefresh += 1
        if pushesSinceRefresh >= capacity { refresh() }
    }

    mutating func refresh() {
        var s = 0.0
        var s2 = 0.0
        for i in 0..<count {
            let v = buffer[i]
            s += v
            s2 += v * v
        }
        sum = s
        sumOfSquares = s2
        pushesSinceRefresh = 0
    }
}
