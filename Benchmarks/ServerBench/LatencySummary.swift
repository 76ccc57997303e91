/// Nearest-rank percentiles of a set of durations, in milliseconds.
struct LatencySummary {
    var count: Int
    var p50: Double
    var p90: Double
    var p99: Double
    var max: Double

    init(nanoseconds: [Int64]) {
        let sorted = nanoseconds.sorted()
        count = sorted.count
        func rank(_ q: Double) -> Double {
            guard let last = sorted.indices.last else { return .nan }
            let index = Swift.min(last, Swift.max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))
            return Double(sorted[index]) / 1e6
        }
        p50 = rank(0.50)
        p90 = rank(0.90)
        p99 = rank(0.99)
        max = rank(1.0)
    }

    init(count: Int, p50: Double, p90: Double, p99: Double, max: Double) {
        self.count = count
        self.p50 = p50
        self.p90 = p90
        self.p99 = p99
        self.max = max
    }
}
