import AlphaSignals

/// One output row of `logs mine`: a template with where and how often it was seen.
struct MineRow {
    var id: TemplateID
    var template: String
    var count: Int
    var firstLine: Int
    var lastLine: Int
    var firstSeen: Double?
    var lastSeen: Double?
    var example: String
    /// Set with `--baseline`.
    var comparison: Comparison?

    /// How a template's rate moved against the baseline.
    struct Comparison {
        /// `new`, `gone`, `rose`, `fell` or `steady`.
        var status: String
        var baselineCount: Int
        var baselineRate: Double
        var currentRate: Double
        /// `per_minute` or `per_1000_lines`.
        var rateUnit: String
        /// Poisson deviance of the current count under the baseline rate (0 = as expected).
        var surprise: Double
    }
}
