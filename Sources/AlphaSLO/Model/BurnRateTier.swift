/// One multi-window burn-rate alert (Google SRE Workbook, "Alerting on SLOs", approach 6).
///
/// The burn factor is derived, not hard-coded: `budgetShare × period ÷ longWindow` (2% of a 30-day budget
/// in 1 hour is 0.02 × 720 = 14.4). The alert condition is: error ratio over BOTH windows `>` factor × budget.
public struct BurnRateTier: Sendable, Equatable {
    /// Stable name, used as the `tier` label (`page-1h`, `page-6h`, `ticket-1d`, `ticket-3d`).
    public var name: String
    /// `page` or `ticket` (free text; copied to the `severity` label).
    public var severity: String
    /// The long window in minutes.
    public var longWindowMinutes: Int
    /// The short (confirmation) window in minutes.
    public var shortWindowMinutes: Int
    /// The share of the period's budget that, spent within the long window, triggers the alert (exact).
    public var budgetShare: ExactRatio
    /// Disabled tiers are neither evaluated nor exported.
    public var enabled: Bool
    /// How long the condition must hold before the alert fires (minutes).
    public var forMinutes: Int

    /// A tier.
    public init(
        name: String, severity: String, longWindowMinutes: Int, shortWindowMinutes: Int, budgetShare: ExactRatio,
        enabled: Bool = true, forMinutes: Int = 0
    ) {
        self.name = name
        self.severity = severity
        self.longWindowMinutes = longWindowMinutes
        self.shortWindowMinutes = shortWindowMinutes
        self.budgetShare = budgetShare
        self.enabled = enabled
        self.forMinutes = forMinutes
    }

    /// The Workbook's four tiers: page 14.4× 1h/5m, page 6× 6h/30m, ticket 3× 1d/2h, ticket 1× 3d/6h (30-day factors).
    public static let workbookDefaults: [BurnRateTier] = [
        BurnRateTier(
            name: "page-1h", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, budgetShare: ExactRatio(1, 50) ?? ExactRatio(integer: 0)),
        BurnRateTier(
            name: "page-6h", severity: "page", longWindowMinutes: 360, shortWindowMinutes: 30,
            budgetShare: ExactRatio(1, 20) ?? ExactRatio(integer: 0)),
        BurnRateTier(
            name: "ticket-1d", severity: "ticket", longWindowMinutes: 1440, shortWindowMinutes: 120,
            budgetShare: ExactRatio(1, 10) ?? ExactRatio(integer: 0)),
        BurnRateTier(
            name: "ticket-3d", severity: "ticket", longWindowMinutes: 4320, shortWindowMinutes: 360,
            budgetShare: ExactRatio(1, 10) ?? ExactRatio(integer: 0)),
    ]

    /// The exact burn factor for a period of `periodMinutes` (`nil` if the share is not a decimal).
    public func factor(periodMinutes: Int) -> ExactRatio? {
        guard let scale = ExactRatio(periodMinutes, longWindowMinutes) else { return nil }
        return budgetShare * scale
    }

    /// The error-ratio threshold `factor × budget`, rounded once to the nearest Double.
    public func threshold(periodMinutes: Int, budget: ExactRatio) -> Double? {
        guard let f = factor(periodMinutes: periodMinutes), let t = f * budget else { return nil }
        return t.doubleValue
    }
}
