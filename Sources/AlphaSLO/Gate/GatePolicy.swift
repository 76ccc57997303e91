import AlphaCore
import Yams

/// The release-gate policy (`apiVersion: alpha-sre/v1`, `kind: ReleaseGatePolicy`), see docs/slo.md.
public struct GatePolicy: Sendable, Equatable {
    /// Block when the (hysteretic) risk level is at least this; `nil` disables the rule.
    public var blockAtRisk: RiskLevel?
    /// Block when less than this share of the budget remains (0.1 = 10%); `nil` disables the rule.
    public var minRemainingBudget: Double?
    /// Block when exhaustion is forecast within this many hours; `nil` disables the rule.
    public var blockIfExhaustionWithinHours: Double?
    /// Only forecasts at least this confident can block (default: medium).
    public var minForecastConfidence: BudgetForecast.Confidence
    /// Block when an SLO has no data (default false: no data is reported, not treated as healthy or broken).
    public var blockOnNoData: Bool
    /// Recorded overrides.
    public var overrides: [GateOverride]

    /// A policy; the defaults block at FREEZE, under 10% budget, or on exhaustion forecast within 3 days.
    public init(
        blockAtRisk: RiskLevel? = .freeze, minRemainingBudget: Double? = 0.1, blockIfExhaustionWithinHours: Double? = 72,
        minForecastConfidence: BudgetForecast.Confidence = .medium, blockOnNoData: Bool = false, overrides: [GateOverride] = []
    ) {
        self.blockAtRisk = blockAtRisk
        self.minRemainingBudget = minRemainingBudget
        self.blockIfExhaustionWithinHours = blockIfExhaustionWithinHours
        self.minForecastConfidence = minForecastConfidence
        self.blockOnNoData = blockOnNoData
        self.overrides = overrides
    }

    /// Parses a policy document; unknown fields are returned as warnings.
    public static func parse(yaml: String) throws(SLOError) -> (policy: GatePolicy, warnings: [String]) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw .invalidYAML(String(describing: error))
        }
        guard let doc = YAMLMap(node, path: "") else { throw .invalidYAML("the policy must be a mapping") }
        var warnings: [String] = []
        let kind = doc.string("kind")
        guard doc.string("apiVersion") == AlphaSLOFormat.apiVersion, kind == "ReleaseGatePolicy" else {
            throw .unsupportedDocument("expected apiVersion alpha-sre/v1, kind ReleaseGatePolicy")
        }
        var policy = GatePolicy()
        if let rules = doc.map("rules") {
            if rules.has("blockAtRisk") {
                let text = rules.string("blockAtRisk") ?? ""
                if text == "never" || text.isEmpty {
                    policy.blockAtRisk = nil
                } else {
                    guard let level = RiskLevel(name: text) else {
                        throw .invalidValue(rules.child("blockAtRisk"), "expected SAFE, OBSERVE, DANGER, FREEZE or never")
                    }
                    policy.blockAtRisk = level
                }
            }
            if rules.has("minRemainingBudget") {
                let text = rules.string("minRemainingBudget") ?? ""
                if text.hasSuffix("%"), let p = Double(text.dropLast()) {
                    policy.minRemainingBudget = p / 100
                } else if let v = Double(text) {
                    policy.minRemainingBudget = v
                } else if text == "none" {
                    policy.minRemainingBudget = nil
                } else {
                    throw .invalidValue(rules.child("minRemainingBudget"), "expected a ratio (0.1) or a percentage (10%)")
                }
            }
            if rules.has("blockIfExhaustionWithin") {
                if rules.string("blockIfExhaustionWithin") == "never" {
                    policy.blockIfExhaustionWithinHours = nil
                } else {
                    policy.blockIfExhaustionWithinHours = try rules.minutes("blockIfExhaustionWithin").map { Double($0) / 60 }
                }
            }
            if let c = rules.string("minForecastConfidence") {
                guard let conf = BudgetForecast.Confidence(rawValue: c) else {
                    throw .invalidValue(rules.child("minForecastConfidence"), "expected low, medium or high")
                }
                policy.minForecastConfidence = conf
            }
            if let b = try rules.bool("blockOnNoData") { policy.blockOnNoData = b }
            rules.reportUnread(into: &warnings)
        }
        for (i, node) in doc.sequence("overrides").enumerated() {
            guard let o = YAMLMap(node, path: "overrides[\(i)]") else { throw .invalidValue("overrides[\(i)]", "expected a mapping") }
            let untilText = try o.requiredString("until")
            guard let until = Timestamp.parse(untilText) else {
                throw .invalidValue(o.child("until"), "expected an RFC 3339 time, got '\(untilText)'")
            }
            policy.overrides.append(
                GateOverride(
                    service: try o.requiredString("service"), slo: o.string("slo"), by: try o.requiredString("by"),
                    reason: try o.requiredString("reason"),
                    until: until))
            o.reportUnread(into: &warnings)
        }
        doc.reportUnread(into: &warnings)
        return (policy, warnings)
    }
}
