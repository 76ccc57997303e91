/// One labelled anomaly window as inclusive row indices.
public struct NABWindow: Sendable, Equatable, Hashable {
    /// First row of the window.
    public var start: Int
    /// Last row of the window (inclusive).
    public var end: Int

    /// A window from inclusive row indices.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Rows in the window.
    public var width: Int { end - start + 1 }

    /// Maps window times to rows: the first row at or after `start`, the last row at or before `end`
    /// (`timestamps` ascending). Nil if no row falls inside.
    public static func rows(from start: Double, to end: Double, in timestamps: [Double]) -> NABWindow? {
        var lo = 0
        var hi = timestamps.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if timestamps[mid] < start { lo = mid + 1 } else { hi = mid }
        }
        let first = lo
        lo = 0
        hi = timestamps.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if timestamps[mid] <= end { lo = mid + 1 } else { hi = mid }
        }
        let last = lo - 1
        guard first <= last, first < timestamps.count, last >= 0 else { return nil }
        return NABWindow(start: first, end: last)
    }
}
