/// The full picture of one SLO at one time: snapshot, hysteretic risk, alert state and forecast.
public struct SLOAssessment: Sendable, Codable {
    /// `service`.
    public var service: String
    /// SLO name.
    public var name: String
    /// Objective in percent.
    public var objectivePercent: Double
    /// Period description (`30d rolling`, `calendar month`).
    public var period: String
    /// The snapshot at the evaluation time.
    public var snapshot: SLOSnapshot
    /// The risk level after confirmation and hysteresis (nil = no data).
    public var risk: RiskLevel?
    /// Tiers firing at the evaluation time (after `for`).
    public var firingTiers: [String]
    /// Notifications during the replayed history (firing / suppressed by cooldown / resolved).
    public var notifications: [AlertNotification]
    /// Forecast of budget exhaustion (nil when it cannot be fitted).
    public var forecast: BudgetForecast?

    /// Evaluates `spec` over `series` at index `i`, replaying `replayMinutes` of history for hysteresis and
    /// alert state, and fitting the forecast on the remaining budget every `forecastEvery` minutes over `forecastSpan`.
    public static func evaluate(
        spec: SLOSpec, series: EventSeries, at i: Int, replayMinutes: Int = 4320, forecastSpan: Int = 1440, forecastEvery: Int = 60
    ) -> SLOAssessment {
        let evaluator = SLOEvaluator(spec: spec, series: series)
        let snapshot = evaluator.snapshot(at: i)
        var tracker = RiskTracker()
        var machine = AlertStateMachine(policy: spec.alerting)
        var notifications: [AlertNotification] = []
        var risk: RiskLevel?
        let from = max(i - replayMinutes, 0)
        if from <= i {
            for k in from...i {
                let s = k == i ? snapshot : evaluator.snapshot(at: k)
                if s.compositeBurn != nil {
                    risk = tracker.update(minute: k, composite: s.compositeBurn, burn5m: s.window(.m5)?.burnRate)
                }
                notifications += machine.update(minute: k, evaluations: s.tiers)
            }
        }
        if snapshot.compositeBurn == nil { risk = nil }
        let history = evaluator.remainingBudgetHistory(upTo: i, spanMinutes: forecastSpan, everyMinutes: forecastEvery)
        return SLOAssessment(
            service: spec.service, name: spec.name, objectivePercent: spec.objectivePercent, period: spec.window.label, snapshot: snapshot,
            risk: risk, firingTiers: machine.firing, notifications: notifications, forecast: BudgetForecast.fit(history))
    }

    /// The gate's view of this SLO.
    public var gateInput: GateInput { GateInput(slo: name, risk: risk, budget: snapshot.budgetStatus, forecast: forecast) }
}
