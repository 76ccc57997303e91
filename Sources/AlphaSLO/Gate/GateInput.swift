/// What the gate knows about one SLO.
public struct GateInput: Sendable {
    /// The SLO name.
    public var slo: String
    /// The hysteretic risk level (nil = no data).
    public var risk: RiskLevel?
    /// The period budget.
    public var budget: BudgetStatus
    /// The exhaustion forecast, if one could be fitted.
    public var forecast: BudgetForecast?

    /// An input.
    public init(slo: String, risk: RiskLevel?, budget: BudgetStatus, forecast: BudgetForecast?) {
        self.slo = slo
        self.risk = risk
        self.budget = budget
        self.forecast = forecast
    }
}
