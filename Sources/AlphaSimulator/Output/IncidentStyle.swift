/// The presentation of one incident and the noise in it; chosen at random per incident so that the analyzer never
/// sees one house style.
public struct IncidentStyle: Sendable, Equatable {
    public var logFormat: LogFormat
    /// JSON key set for `jsonLines` and `objects` (0 plain, 1 pino, 2 ECS, 3 structlog).
    public var logKeySet: Int
    public var metricNaming: MetricNaming
    public var metricContainer: MetricContainer
    /// `diff` as `git show` prints it, or GitHub's `files[]`.
    public var githubFiles: Bool
    public var stack: Stack
    /// `config_snapshot` as previous/current (diffable) or only the current tree.
    public var configWithPrevious: Bool
    /// Unrelated commits in the deploy.
    public var unrelatedCommits: Int
    /// A harmless config change in the same deploy.
    public var harmlessConfigChange: Bool
    /// Benign warnings (deprecations, slow callbacks) sprinkled over the window.
    public var benignWarnings: Bool
    /// Errors unrelated to the incident that exist before and after (a known flaky endpoint).
    public var backgroundErrors: Bool
    /// An alert that has nothing to do with the incident.
    public var unrelatedAlert: Bool

    /// A random style: half the incidents are Python services, a quarter Java, a quarter Go.
    public static func random(_ rng: inout SplitMix64) -> IncidentStyle {
        IncidentStyle(
            logFormat: rng.pick(LogFormat.allCases) ?? .plainISO, logKeySet: rng.int(0...3),
            metricNaming: rng.pick(MetricNaming.allCases) ?? .prometheus, metricContainer: rng.pick(MetricContainer.allCases) ?? .mapOfPoints,
            githubFiles: rng.chance(0.5), stack: rng.chance(0.5) ? .python : (rng.chance(0.5) ? .java : .go),
            configWithPrevious: rng.chance(0.85), unrelatedCommits: rng.int(0...4), harmlessConfigChange: rng.chance(0.4),
            benignWarnings: rng.chance(0.6), backgroundErrors: rng.chance(0.5), unrelatedAlert: rng.chance(0.25))
    }

    /// The plainest style (used by named scenarios unless `--vary` is given, and by tests).
    public static let plain = IncidentStyle(
        logFormat: .plainISO, logKeySet: 0, metricNaming: .prometheus, metricContainer: .mapOfPoints, githubFiles: false, stack: .python,
        configWithPrevious: true, unrelatedCommits: 1, harmlessConfigChange: false, benignWarnings: true, backgroundErrors: true,
        unrelatedAlert: false)
}
