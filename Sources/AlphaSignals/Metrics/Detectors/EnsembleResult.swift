/// `AnomalyEnsemble.run` over a whole series: every point's score, the anomalous events and a series risk.
public struct EnsembleResult: Sendable, Codable, Equatable {
    /// One causal score in [0, 1] per input point.
    public var scores: [Double]
    /// Runs of points at or above the alert score, in time order.
    public var events: [AnomalyEvent]
    /// Series risk in [0, 1]: the highest event score, raised to at least the alert score when the series ends in a
    /// leak-like climb.
    public var risk: Double
    /// The explanation behind the risk (the top event's, or the leak reading), empty when nothing stands out.
    public var summary: String
}
