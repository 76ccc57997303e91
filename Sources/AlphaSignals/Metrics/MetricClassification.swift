/// What a series measures and how to read its values, decided from its name, labels and unit alone.
public struct MetricClassification: Sendable, Equatable {
    /// What the series measures.
    public var kind: MetricKind
    /// 50, 95, 99, 99.9 ... when the name or a `quantile`/`percentile` label says so.
    public var percentile: Double?
    /// The normalised unit of the analysed values: `s`, `ratio`, `bytes`, `count`, `per_s`, `cores` or `unknown`.
    /// For counters it is the unit of the derived per-second rate.
    public var unit: String
    /// Multiply raw values by this to get `unit` (before the rate is taken, for counters).
    public var scale: Double
    /// A monotonically non-decreasing counter (with resets) that the analyzer turns into a per-second rate.
    public var isCounter: Bool
    /// The dependency the series is about (an `upstream`/`peer`/`target`/... label value), if any.
    public var dependency: String?
    /// True when `unit` was not stated by the name or unit but assumed from the kind; the analyzer may then
    /// rescale a ratio whose values are clearly 0–100 (a percentage) to 0–1.
    public var unitIsAssumed: Bool

    /// Creates a classification.
    public init(
        kind: MetricKind, percentile: Double? = nil, unit: String, scale: Double = 1, isCounter: Bool = false, dependency: String? = nil,
        unitIsAssumed: Bool = false
    ) {
        self.kind = kind
        self.percentile = percentile
        self.unit = unit
        self.scale = scale
        self.isCounter = isCounter
        self.dependency = dependency
        self.unitIsAssumed = unitIsAssumed
    }
}
