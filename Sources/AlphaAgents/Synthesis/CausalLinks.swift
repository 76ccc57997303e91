public import AlphaCore

/// Which causes produce the symptoms of which others: a slow query, a saturated CPU, a traffic spike or a lock queue all
/// hold database connections longer, so each of them also exhausts the pool. When such a root cause is likely, the
/// symptoms it explains are weak evidence that the pool itself is the cause — unless a change to the pool (a commit, a
/// config key) explains them as well. The synthesis discounts symptom evidence by (confidence of the best explainer) ×
/// (1 − confidence from the effect's own change evidence); change evidence itself is never discounted.
public enum CausalLinks {
    /// Effect → the causes that produce its symptoms. Acyclic; `order` lists effects after everything that explains them.
    public static let explainedBy: [CauseLabel: Set<CauseLabel>] = [
        .cpuSaturation: [.trafficSpike, .retryStorm],
        .connectionPoolExhausted: [
            .dbMissingIndex, .nPlusOneQuery, .lockContention, .cpuSaturation, .trafficSpike, .dependencyFailure, .rateLimited,
            .retryStorm, .migrationFailure,
        ],
    ]

    /// Effects in an order where every explainer is settled before what it explains.
    public static let order: [CauseLabel] = [.cpuSaturation, .connectionPoolExhausted]

    /// Agents whose findings are symptoms (what the system shows), as opposed to changes (what someone did).
    public static let symptomAgents: Set<String> = ["LogAgent", "MetricsAgent"]
}
