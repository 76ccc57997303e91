/// One service level objective, in the form every importer produces.
public struct SLOSpec: Sendable, Equatable {
    /// The service the SLO belongs to.
    public var service: String
    /// The SLO name (unique within the service).
    public var name: String
    /// Free text.
    public var description: String?
    /// What it measures.
    public var kind: SLOKind
    /// The objective as an exact ratio (99.9% → 999/1000).
    public var objective: ExactRatio
    /// The period.
    public var window: SLOWindow
    /// How failures are counted.
    public var budgeting: BudgetingMethod
    /// For Timeslices over ratio indicators: a slice is good when its good ratio is at least this (default: the objective).
    public var timesliceTarget: Double?
    /// The event source.
    public var indicator: SLOIndicator
    /// Alerting settings.
    public var alerting: AlertingPolicy
    /// Extra labels copied onto exported rules.
    public var labels: [String: String]

    /// An SLO.
    public init(
        service: String, name: String, description: String? = nil, kind: SLOKind = .availability, objective: ExactRatio,
        window: SLOWindow = .rolling(minutes: 43_200), budgeting: BudgetingMethod = .occurrences, timesliceTarget: Double? = nil,
        indicator: SLOIndicator, alerting: AlertingPolicy = AlertingPolicy(), labels: [String: String] = [:]
    ) {
        self.service = service
        self.name = name
        self.description = description
        self.kind = kind
        self.objective = objective
        self.window = window
        self.budgeting = budgeting
        self.timesliceTarget = timesliceTarget
        self.indicator = indicator
        self.alerting = alerting
        self.labels = labels
    }

    /// The error budget `1 − objective`, exact.
    public var budget: ExactRatio { (ExactRatio(integer: 1) - objective) ?? ExactRatio(integer: 0) }

    /// The objective in percent for display (`99.9`).
    public var objectivePercent: Double { ((objective * ExactRatio(integer: 100)) ?? objective).doubleValue }
}
