/// The result of reading SLO definitions: the SLOs, and every field that was not understood, by name.
public struct SLOImport: Sendable {
    /// The SLOs, in document order.
    public var slos: [SLOSpec]
    /// Human-readable warnings (`unsupported field spec.indicator.spec.rawMetric ignored`).
    public var warnings: [String]
    /// The format detected (`alpha-sre/v1`, `openslo/v1`, `sloth prometheus/v1`, `pyrra`).
    public var format: String

    /// An import result.
    public init(slos: [SLOSpec], warnings: [String], format: String) {
        self.slos = slos
        self.warnings = warnings
        self.format = format
    }
}
