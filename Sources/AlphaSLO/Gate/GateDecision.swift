/// The release decision for one service.
public struct GateDecision: Sendable, Equatable, Codable {
    /// The outcome.
    public enum Outcome: String, Sendable, Codable {
        /// Release.
        case go
        /// Do not release.
        case blocked
        /// Blocked by the policy, released by a recorded override.
        case overridden
    }

    /// One reason a rule blocked (or, for overridden decisions, would have blocked).
    public struct Reason: Sendable, Equatable, Codable {
        /// The SLO.
        public var slo: String
        /// The rule (`risk`, `remaining-budget`, `forecast`, `no-data`).
        public var rule: String
        /// A sentence.
        public var detail: String
    }

    /// The service.
    public var service: String
    /// The outcome.
    public var outcome: Outcome
    /// Why (empty when nothing blocked).
    public var reasons: [Reason]
    /// Notes that did not block (no data, low-confidence forecasts).
    public var notes: [String]
    /// The overrides that turned a block into a release.
    public var overrides: [GateOverride]

    /// Whether a pipeline may release (go or overridden).
    public var allowsRelease: Bool { outcome != .blocked }
}
