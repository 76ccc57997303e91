/// Alerting settings of one SLO.
public struct AlertingPolicy: Sendable, Equatable {
    /// The burn-rate tiers (defaults: the Workbook's four).
    public var tiers: [BurnRateTier]
    /// Minimum-traffic guard: a tier fires only when its long window saw at least this many events.
    public var minEvents: Double
    /// No re-notification for the same tier within this many minutes of the previous one.
    public var cooldownMinutes: Int
    /// Name prefix of exported alerts (default: the SLO name in UpperCamelCase).
    public var alertName: String?
    /// Extra labels on every exported alert.
    public var labels: [String: String] = [:]
    /// Annotations on every exported alert (`summary`, `runbook_url`, ...).
    public var annotations: [String: String] = [:]

    /// A policy.
    public init(tiers: [BurnRateTier] = BurnRateTier.workbookDefaults, minEvents: Double = 0, cooldownMinutes: Int = 60, alertName: String? = nil) {
        self.tiers = tiers
        self.minEvents = minEvents
        self.cooldownMinutes = cooldownMinutes
        self.alertName = alertName
    }
}
