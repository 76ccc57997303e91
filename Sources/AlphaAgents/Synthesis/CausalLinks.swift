public import AlphaCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which causes produce the symptoms of which others: a slow query, a saturated CPU, a traffic spike or a lock queue all
/// hold database connections longer, so each of them also exhausts the pool. When such a root cause is likely, the
/// symptoms it explains are weak evidence that the pool itself is the cause — unless a change to the pool (a commit, a
/// config key) explains them as well. The synthesis discounts symptom evidence by (presence of the best explainer) ×
/// (1 − presence from the effect's own change evidence); change evidence itself is never discounted.
public enum CausalLinks {
    /// Effect → the causes that produce its symptoms. Acyclic; `order` lists effects after everything that explains them.
    public static let explainedBy: [CauseLabel: Set<CauseLabel>] = [
        .cpuSaturation: [.trafficSpike, .retryStorm],
        .connectionPoolExhausted: [
            .dbMissingIndex, .nPlusOneQuery, .lockContention, .cpuSaturation, .trafficSpike, .dependencyFailure, .rateLimited,
            .retryStorm, .migrationFailure,
        ],
    ]

    /// Effect → causes that explain its symptoms only when a change of ours carries them (a commit or config key). Retries
    /// raised without backoff in this deploy overload a dependency, whose errors are then the storm's; but a dependency
    /// that fails by itself also makes our clients retry more, so retries seen only in the symptoms explain nothing.
    public static let explainedByChange: [CauseLabel: Set<CauseLabel>] = [
        .dependencyFailure: [.retryStorm]
    ]

    /// Effects in an order where every explainer is settled before what it explains.
    public static let order: [CauseLabel] = [.cpuSaturation, .dependencyFailure, .connectionPoolExhausted]

    /// How likely a cause is to be at work, for explaining away: a logistic map of its fused score, shifted so that one
    /// clear observation (a request rate ×3, a commit that shrinks the pool) reads as likely present.
    ///
    /// This is deliberately not the reported confidence. The confidence answers "is this *the* root cause?" and is
    /// fitted (isotonic, per rank group) on that question, so it is low for a cause that is plainly present but shares the incident with
    /// its own symptoms; and a refit of the calibration must not reorder the ranking. Presence answers only "is this
    /// happening?", which is what decides whether it explains another cause's symptoms.
    public static func presence(score: Double) -> Double {
        1 / (1 + exp(-(score + presenceShift)))
    }

    /// The score (log-odds) added before the logistic map in `presence`; fitted on a training corpus (seeds 100000–100499).
    public static let presenceShift = 2.0

    /// Agents whose findings are symptoms (what the system shows), as opposed to changes (what someone did).
    public static let symptomAgents: Set<String> = ["LogAgent", "MetricsAgent"]
}
