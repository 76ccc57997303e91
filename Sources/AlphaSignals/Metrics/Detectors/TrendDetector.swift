/// The seed's trend detector (leaks, filling disks), streaming: a least-squares line over the last `window` points.
///
/// Keeps Σx, Σx², Σj·x over the window (j = position, oldest 0) and slides them in O(1); Σj and Σj² are closed
/// forms. Sums are recomputed from the buffer once per turn so rounding cannot drift.
public struct TrendDetector: Sendable, Codable, Equatable {
    /// The window length in points.
    public let window: Int
    var buffer: [Double]
    var head = 0
    var count = 0
    var sumX = 0.0
    var sumXX = 0.0
    var sumJX = 0.0
    var pushesSinceRefresh = 0

    /// A detector over the last `window` points (at least 3).
    public init(window: Int) {
        self.window = Swift.max(3, window)
        buffer = [Double](repeating: 0, count: self.window)
    }

    /// Adds a point and returns the current fit once the window is full.
    @inline(__always)
    public mutating func update(_ x: Double) -> TrendFit? {
        push(x)
        guard count == window else { return nil }
        return fit()
    }

    /// Adds a point without fitting (the fit is only computed when asked for).
    @inline(__always)
    public mutating func push(_ x: Double) {
        if count == window {
            let old = buffer[head]
            sumX -= old
            sumXX -= old * old
            // Every remaining point moves one position towards the start.
            sumJX -= sumX
        } else {
            count += 1
        }
        buffer[head] = x
        sumX += x
        sumXX += x * x
        sumJX += Double(count - 1) * x
        head += 1
        if head == window { head = 0 }
        pushesSinceRefresh += 1
        if pushesSinceRefresh >= window { refresh() }
    }

    /// The fit over the current window, nil until it is full.
    public var currentFit: TrendFit? { count == window ? fit() : nil }

    func fit() -> TrendFit {
        let n = Double(count)
        let sumJ = n * (n - 1) / 2
        let sumJJ = (n - 1) * n * (2 * n - 1) / 6
        let varJ = n * sumJJ - sumJ * sumJ
        let varX = n * sumXX - sumX * sumX
        let cov = n * sumJX - sumJ * sumX
        guard varJ > 0 else { return TrendFit(slopePerPoint: 0, rSquared: 0, start: sumX / n, end: sumX / n) }
        let slope = cov / varJ
        let intercept = (sumX - slope * sumJ) / n
        let r2 = varX > 0 ? Swift.min(1, (cov * cov) / (varJ * varX)) : 0
        return TrendFit(slopePerPoint: slope, rSquared: r2, start: intercept, end: intercept + slope * (n - 1))
    }

    mutating func refresh() {
        // Walk oldest to newest to rebuild the positional sum exactly.
        var s = 0.0
        var s2 = 0.0
        var sj = 0.0
        let start = count == window ? head : 0
        for j in 0..<count {
            var k = start + j
            if k >= window { k -= window }
            let v = buffer[k]
            s += v
            s2 += v * v
            sj += Double(j) * v
        }
        sumX = s
        sumXX = s2
        sumJX = sj
        pushesSinceRefresh = 0
    }
}

/// A least-squares line over the trend window.
public struct TrendFit: Sendable, Codable, Equatable {
    /// Change per point.
    public var slopePerPoint: Double
    /// Coefficient of determination of the fit, 0…1.
    public var rSquared: Double
    /// Fitted value at the oldest point of the window.
    public var start: Double
    /// Fitted value at the newest point.
    public var end: Double

    /// Fitted change over the window relative to its start (nil when the start is ~0).
    public var relativeChange: Double? {
        abs(start) > 1e-12 ? (end - start) / abs(start) : nil
    }

    /// A steady, near-linear climb of at least 30 %: what a memory leak or a filling disk looks like.
    public var isLeakLike: Bool {
        guard let change = relativeChange else { return false }
        return rSquared >= 0.9 && change >= 0.3
    }
}
