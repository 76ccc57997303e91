import AlphaCore

/// The state shared while one incident's sections are written.
struct Draft {
    var rng: SplitMix64
    var style: IncidentStyle
    var faults: [Fault]
    var activation: [Int]
    var dependency: String
    var start: Double
    var intervalSeconds: Double
    var deployTime: Double?
    var onsetTime: Double
    var metrics: [IntervalMetrics]
    /// Parameters at the end of the window (all faults in).
    var parameters: SystemParameters
    /// Commit sha per changed file path (filled by `commits()`).
    var shas: [String: String] = [:]
    var firstAlertTime: Double?
    var title = "orders-api degraded"

    init(
        rng: SplitMix64, style: IncidentStyle, faults: [Fault], activation: [Int], dependency: String, start: Double, intervalSeconds: Double,
        deployTime: Double?, onsetTime: Double, metrics: [IntervalMetrics], parameters: SystemParameters
    ) {
        self.rng = rng
        self.style = style
        self.faults = faults
        self.activation = activation
        self.dependency = dependency
        self.start = start
        self.intervalSeconds = intervalSeconds
        self.deployTime = deployTime
        self.onsetTime = onsetTime
        self.metrics = metrics
        self.parameters = parameters
    }

    func has(_ label: String) -> Bool { faults.contains { $0.label.rawValue == label } }
    func variant(of label: String) -> String? { faults.first { $0.label.rawValue == label }?.variant }
}
