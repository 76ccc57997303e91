extension SeriesStats {
    /// Statistics of finite values (callers drop NaN first). `scratch` is reused storage, grown as needed.
    /// Median and p95 interpolate between order statistics (type 7); MAD is the unscaled median absolute deviation
    /// from the median. One value gives that value everywhere and a MAD of 0; no value gives `.empty`.
    static func compute(_ values: ArraySlice<Double>, scratch: inout [Double]) -> SeriesStats {
        let count = values.count
        guard count > 0 else { return .empty }
        let needed = OrderStatistics.scratchCount(for: count)
        if scratch.count < needed { scratch = [Double](repeating: 0, count: needed) }
        var sum = 0.0
        var low = Double.infinity
        var high = -Double.infinity
        for value in values {
            sum += value
            low = Swift.min(low, value)
            high = Swift.max(high, value)
        }
        return scratch.withUnsafeMutableBufferPointer { buffer -> SeriesStats in
            var index = 0
            for value in values {
                buffer[index] = value
                index += 1
            }
            let median = OrderStatistics.quantile(buffer, 0.5, count: count)
            let p95 = OrderStatistics.quantile(buffer, 0.95, count: count)
            for offset in 0..<count { buffer[offset] = Swift.abs(buffer[offset] - median) }
            let mad = OrderStatistics.quantile(buffer, 0.5, count: count)
            return SeriesStats(count: count, median: median, p95: p95, mad: mad, mean: sum / Double(count), min: low, max: high)
        }
    }
}
