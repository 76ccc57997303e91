#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How evidence is fused into one score per cause, and how scores become probabilities.
///
/// score(label) = prior + Σ over agents of (w₁ + d·w₂ + d²·w₃ + … + w⁻) + bonus · (agreeing agents − 1)
/// (w⁻: the strongest weight against, if any)
///
/// Within one agent, findings are sorted by weight and discounted geometrically (d < 1), because several symptoms
/// read by the same agent are correlated (p50, p95 and p99 latency are one observation, not three). Across agents
/// evidence adds in full — logs, metrics, commits and config are independent views — and each further agent whose
/// own contribution is material adds the agreement bonus: the seed's "if LogAgent + MetricsAgent + CommitAgent
/// agree, that hypothesis becomes dominant". The probability is a logistic map of the score whose two parameters
/// are fitted on labelled incidents (Platt scaling).
public struct FusionModel: Sendable, Codable, Equatable {
    /// Log-odds of any one cause before evidence.
    public var prior: Double
    /// Discount for the second, third, ... finding of one agent for one cause.
    public var withinAgentDiscount: Double
    /// Added per agreeing agent beyond the first.
    public var agreementBonus: Double
    /// An agent agrees when its contribution reaches this.
    public var agreementThreshold: Double
    /// Platt scaling: confidence = σ(slope · score + intercept).
    public var slope: Double
    public var intercept: Double
    /// Causes whose score stays below this are not reported.
    public var reportThreshold: Double

    public init(
        prior: Double = -3.0, withinAgentDiscount: Double = 0.4, agreementBonus: Double = 0.8, agreementThreshold: Double = 0.6,
        slope: Double = 1.0, intercept: Double = 0.0, reportThreshold: Double = -1.6
    ) {
        self.prior = prior
        self.withinAgentDiscount = withinAgentDiscount
        self.agreementBonus = agreementBonus
        self.agreementThreshold = agreementThreshold
        self.slope = slope
        self.intercept = intercept
        self.reportThreshold = reportThreshold
    }

    /// The default model: fusion weights as above, Platt parameters fitted by
    /// `alpha-sre eval CORPUS --fit --write calibration/fusion.json` on 500 simulated incidents (seeds 100000–100499),
    /// on scores that carry the synthesis's runner-up penalty (training ECE 0.242 with the previous fit → 0.061). A test
    /// keeps these numbers equal to `calibration/fusion.json`.
    public static let standard = FusionModel(slope: 1.68085, intercept: 4.597563)

    /// One agent's contribution from its finding weights for one cause: supporting weights discounted as above, plus the
    /// single strongest weight against (evidence against is also correlated within one source).
    func agentContribution(_ weights: [Double]) -> Double {
        var total = 0.0
        var factor = 1.0
        for w in weights.sorted(by: >) where w > 0 {
            total += w * factor
            factor *= withinAgentDiscount
        }
        return total + min(0, weights.min() ?? 0)
    }

    /// The fused score from each agent's contribution.
    func score(contributions: [Double]) -> Double {
        let agreeing = contributions.count(where: { $0 >= agreementThreshold })
        return prior + contributions.reduce(0, +) + agreementBonus * Double(max(0, agreeing - 1))
    }

    /// The calibrated probability of a score.
    public func confidence(score: Double) -> Double {
        1 / (1 + exp(-(slope * score + intercept)))
    }
}
