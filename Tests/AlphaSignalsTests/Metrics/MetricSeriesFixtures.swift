import AlphaCore

/// Builders for synthetic series: deterministic noise (a fixed LCG), so the tests never flake.
enum MetricSeriesFixtures {
    static let start = 1_700_000_000.0

    static func series(
        _ name: String, labels: [(key: String, value: String)] = [], unit: String? = nil, interval: Double = 10, _ values: [Double]
    ) -> MetricSeries {
        MetricSeries(name: name, labels: labels, unit: unit, timestamps: values.indices.map { start + Double($0) * interval }, values: values)
    }

    /// Uniform noise in [-amplitude, amplitude], reproducible from `seed`.
    static func noise(count: Int, amplitude: Double, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(state >> 11) / Double(1 << 53)
            return (unit * 2 - 1) * amplitude
        }
    }

    /// `before` for `stepIndex` points, then `after`, plus noise.
    static func step(count: Int, stepIndex: Int, before: Double, after: Double, amplitude: Double, seed: UInt64) -> [Double] {
        zip(0..<count, noise(count: count, amplitude: amplitude, seed: seed)).map { index, jitter in
            (index < stepIndex ? before : after) + jitter
        }
    }
}
