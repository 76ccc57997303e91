/// One metric time series, stored as two parallel arrays (cheap to build, cache-friendly to scan).
public struct MetricSeries: Sendable, Equatable {
    /// The metric name (`__name__` for Prometheus data, the map key otherwise).
    public var name: String
    /// Labels, sorted by key; `__name__` is not among them.
    public var labels: [(key: String, value: String)]
    /// The unit as given (`ms`, `s`, `bytes`, `percent`, ...), if any.
    public var unit: String?
    /// Epoch seconds, in input order.
    public var timestamps: [Double]
    /// Values; `NaN` where the input said "NaN".
    public var values: [Double]

    public init(name: String, labels: [(key: String, value: String)] = [], unit: String? = nil, timestamps: [Double], values: [Double]) {
        self.name = name
        self.labels = labels.sorted { $0.key < $1.key }
        self.unit = unit
        self.timestamps = timestamps
        self.values = values
    }

    /// `name{k="v",...}`: a stable, readable identity for references in evidence.
    public var key: String {
        if labels.isEmpty { return name }
        return name + "{" + labels.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ",") + "}"
    }

    /// The value of one label, if present.
    public func label(_ key: String) -> String? {
        labels.first(where: { $0.key == key })?.value
    }

    public static func == (lhs: MetricSeries, rhs: MetricSeries) -> Bool {
        lhs.name == rhs.name && lhs.unit == rhs.unit && lhs.labels.map(\.key) == rhs.labels.map(\.key)
            && lhs.labels.map(\.value) == rhs.labels.map(\.value) && lhs.timestamps == rhs.timestamps
            && zip(lhs.values, rhs.values).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) } && lhs.values.count == rhs.values.count
    }
}
