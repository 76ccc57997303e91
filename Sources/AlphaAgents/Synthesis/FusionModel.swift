/// How evidence is fused into one score per cause, and how scores become probabilities.
///
/// score(label) = prior + Σ over agents of (w₁ + d·w₂ + d²·w₃ + … + w⁻) + bonus · (agreeing agents − 1)
/// (w⁻: the strongest weight against, if any)
///
/// Within one agent, findings are sorted by weight and discounted geometrically (d < 1), because several symptoms
/// read by the same agent are correlated (p50, p95 and p99 latency are one observation, not three). Across agents
/// evidence adds in full — logs, metrics, commits and config are independent views — and each further agent whose
/// own contribution is material adds the agreement bonus: the seed's "if LogAgent + MetricsAgent + CommitAgent
/// agree, that hypothesis becomes dominant". The probability is a monotone map of the score fitted on labelled incidents
/// by isotonic regression, one for the leading cause and one for the causes it outranks (see `confidences(rankedScores:)`).
public struct FusionModel: Sendable, Codable, Equatable {
    /// Log-odds of any one cause before evidence.
    public var prior: Double
    /// Discount for the second, third, ... finding of one agent for one cause.
    public var withinAgentDiscount: Double
    /// Added per agreeing agent beyond the first.
    public var agreementBonus: Double
    /// An agent agrees when its contribution reaches this.
    public var agreementThreshold: Double
    /// Score → confidence of the leading (highest-scoring) cause of an incident.
    public var leadingCause: ConfidenceCalibration
    /// Score → confidence of every cause another outranks.
    public var runnersUp: ConfidenceCalibration
    /// Causes whose score stays below this are not reported.
    public var reportThreshold: Double

    public init(
        prior: Double = -3.0, withinAgentDiscount: Double = 0.4, agreementBonus: Double = 0.8, agreementThreshold: Double = 0.6,
        leadingCause: ConfidenceCalibration = ConfidenceCalibration(), runnersUp: ConfidenceCalibration = ConfidenceCalibration(),
        reportThreshold: Double = -1.6
    ) {
        self.prior = prior
        self.withinAgentDiscount = withinAgentDiscount
        self.agreementBonus = agreementBonus
        self.agreementThreshold = agreementThreshold
        self.leadingCause = leadingCause
        self.runnersUp = runnersUp
        self.reportThreshold = reportThreshold
    }

    /// The default model: fusion weights as above, calibrations fitted by
    /// `alpha-sre eval CORPUS --fit --write calibration/fusion.json` on 500 simulated incidents (seeds 100000–100499);
    /// ECE over 10 bins on corpora from other seeds 0.0095–0.0137 (was 0.041–0.053 with a Platt map; BENCHMARKS.md).
    /// A test keeps these knots equal to `calibration/fusion.json`.
    public static let standard = FusionModel(
        leadingCause: ConfidenceCalibration(knots: [
            .init(score: -1.3, confidence: 0.9375),
            .init(score: -0.22, confidence: 0.9375),
            .init(score: -0.21, confidence: 0.969697),
            .init(score: -0.13, confidence: 0.969697),
            .init(score: -0.12, confidence: 0.995),
            .init(score: 6.72, confidence: 0.995),
        ]),
        runnersUp: ConfidenceCalibration(knots: [
            .init(score: -4.6, confidence: 0.02451),
            .init(score: -3.81, confidence: 0.02451),
            .init(score: -3.8, confidence: 0.025316),
            .init(score: -3.62, confidence: 0.025316),
            .init(score: -3.55, confidence: 0.083333),
            .init(score: -3.34, confidence: 0.083333),
            .init(score: -3.32, confidence: 0.622047),
            .init(score: -1.9, confidence: 0.622047),
            .init(score: -1.78, confidence: 0.995),
            .init(score: 1.94, confidence: 0.995),
        ])
    )

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

    /// The calibrated probability that the cause ranked `rank` (0: the leading cause) with `score` is a true cause.
    public func confidence(score: Double, rank: Int) -> Double {
        rank <= 0 ? leadingCause.confidence(score: score) : runnersUp.confidence(score: score)
    }

    /// The confidences of an incident's causes, given their scores in rank order (highest first).
    ///
    /// The leading cause is right nearly whatever its score, while a runner-up's chance climbs steeply with its score: one
    /// map for both cannot follow either, so each rank group has its own. A runner-up never reports more confidence than
    /// the cause ranked above it, so the order a reader sees stays the order of the scores.
    public func confidences(rankedScores: [Double]) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(rankedScores.count)
        for (rank, score) in rankedScores.enumerated() {
            let own = confidence(score: score, rank: rank)
            out.append(min(own, out.last ?? own))
        }
        return out
    }
}
