import AlphaCore
import AlphaSignals

/// Reads the commit findings: what the deployed diffs did that is known to break services.
public struct CommitAgent: Agent {
    public let name = "CommitAgent"

    public init() {}

    /// What each kind of change supports, at full strength.
    static let table: [CommitFindingKind: LabelWeights] = [
        .queryChanged: [.dbMissingIndex: 1.5, .nPlusOneQuery: 0.3],
        .rawSQLAdded: [.dbMissingIndex: 0.7],
        .indexDropped: [.dbMissingIndex: 2.4],
        .indexCreated: [.migrationFailure: 0.5, .lockContention: 0.4],
        .migrationAdded: [.migrationFailure: 1.2],
        .cacheRemoved: [.cacheRemoved: 2.4],
        .cacheWeakened: [.cacheRemoved: 1.6],
        .eagerLoadingRemoved: [.nPlusOneQuery: 2.4],
        .queryInLoop: [.nPlusOneQuery: 2.2],
        .lockingAdded: [.lockContention: 2.2],
        .nullCheckRemoved: [.codeRegression: 1.8],
        .errorHandlingRemoved: [.codeRegression: 1.2],
        .unboundedCollection: [.memoryLeak: 2.2],
        .costRaised: [.cpuSaturation: 2.2],
        .endpointChanged: [.badConfig: 1.2, .dependencyFailure: 0.4, .dnsFailure: 0.4],
        .tlsChanged: [.certificateExpired: 1.2],
        .rateLimitChanged: [.rateLimited: 1.0],
        .diskWriteAdded: [.diskFull: 1.8],
    ]
    /// Changes whose meaning depends on which way a number moved.
    static let poolShrunk: LabelWeights = [.connectionPoolExhausted: 2.4]
    static let poolGrown: LabelWeights = [.connectionPoolExhausted: 0.4]
    static let retriesRaised: LabelWeights = [.retryStorm: 2.2]
    static let retriesOther: LabelWeights = [.retryStorm: 0.6]
    static let timeoutLowered: LabelWeights = [.retryStorm: 0.9, .dependencyFailure: 0.4, .badConfig: 0.4]
    static let timeoutRaised: LabelWeights = [.connectionPoolExhausted: 0.4, .retryStorm: 0.3]

    public func findings(in context: AgentContext) async throws -> [Finding] {
        context.signals.commits.findings.flatMap { finding -> [Finding] in
            let evidence = Evidence(
                id: "commits:\(finding.sha.prefix(12)):\(finding.file):\(finding.kind.rawValue):\(finding.line ?? 0)",
                source: .commits,
                summary: "\(finding.sha.prefix(7)) \(finding.file): \(finding.detail)",
                ref: "\(finding.sha):\(finding.file)",
                weight: 0
            )
            return Self.weights(for: finding).findings(strength: 1, evidence: evidence, culprit: Culprit(commit: finding.sha, file: finding.file))
        }
    }

    static func weights(for finding: CommitFinding) -> LabelWeights {
        let direction = direction(finding.oldValue, finding.newValue)
        switch finding.kind {
        case .poolSizeChanged: return direction == .down ? poolShrunk : poolGrown
        case .retryChanged: return direction == .down ? [:] : direction == .up ? retriesRaised : retriesOther
        case .timeoutChanged: return direction == .down ? timeoutLowered : direction == .up ? timeoutRaised : [:]
        default: return table[finding.kind] ?? [:]
        }
    }

    static func direction(_ old: Double?, _ new: Double?) -> ChangeDirection? {
        guard let old, let new else { return nil }
        return new > old ? .up : new < old ? .down : .flat
    }
}
