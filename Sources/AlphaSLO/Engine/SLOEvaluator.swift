/// Evaluates one SLO over an event series: windows, composite, budget and alert tiers at any index.
public struct SLOEvaluator: Sendable {
    /// The SLO.
    public let spec: SLOSpec
    /// The series the math runs on (already re-counted as slices for timeslice budgeting).
    public let series: EventSeries
    /// The budget constant.
    public let budget: Double

    /// An evaluator; timeslice SLOs re-count `series` as slices.
    public init(spec: SLOSpec, series: EventSeries) {
        self.spec = spec
        let budget = spec.budget.doubleValue
        self.budget = budget
        self.series = series.timeslices(method: spec.budgeting, sliceTarget: spec.timesliceTarget ?? spec.objective.doubleValue)
    }

    /// The snapshot at index `i`.
    public func snapshot(at i: Int) -> SLOSnapshot {
        let windows = StandardWindow.allCases.map { WindowBurn.compute(series: series, at: i, windowMinutes: $0.minutes, budget: budget) }
        let composite = CompositeBurn.compute(
            burn5m: windows[0].burnRate, burn1h: windows[2].burnRate, burn1d: windows[5].burnRate)
        let time = series.time(at: i)
        let periodMinutes = spec.window.periodMinutes(at: time)
        let status = BudgetStatus.compute(
            events: series.periodEvents(at: i, window: spec.window), budget: budget, budgeting: spec.budgeting, periodMinutes: periodMinutes)
        return SLOSnapshot(
            slo: "\(spec.service)/\(spec.name)", time: time, objective: spec.objective.doubleValue, budget: budget, windows: windows,
            compositeBurn: composite, compositeLevel: composite.map(RiskLevel.classify), budgetStatus: status,
            tiers: tiers(at: i, periodMinutes: periodMinutes))
    }

    /// The enabled tiers evaluated at index `i`.
    public func tiers(at i: Int, periodMinutes: Int) -> [TierEvaluation] {
        spec.alerting.tiers.filter(\.enabled).compactMap { tier in
            guard let factor = tier.factor(periodMinutes: periodMinutes),
                let threshold = tier.threshold(periodMinutes: periodMinutes, budget: spec.budget)
            else { return nil }
            let long = series.events(at: i, windowMinutes: tier.longWindowMinutes)
            let short = series.events(at: i, windowMinutes: tier.shortWindowMinutes)
            let longRatio = long?.errorRatio
            let shortRatio = short?.errorRatio
            let longEvents = long?.total ?? 0
            let enough = longEvents >= spec.alerting.minEvents && longEvents > 0
            // Strictly greater, like the Workbook and the exported PromQL (`>`); see docs/slo.md.
            let met = enough && (longRatio.map { $0 > threshold } ?? false) && (shortRatio.map { $0 > threshold } ?? false)
            return TierEvaluation(
                tier: tier.name, severity: tier.severity, factor: factor.doubleValue, threshold: threshold, longRatio: longRatio,
                shortRatio: shortRatio, longEvents: longEvents, enoughTraffic: enough, conditionMet: met)
        }
    }

    /// The remaining budget sampled every `everyMinutes` up to index `i` over the last `spanMinutes` (for forecasts).
    public func remainingBudgetHistory(upTo i: Int, spanMinutes: Int, everyMinutes: Int) -> [(hours: Double, remaining: Double)] {
        guard everyMinutes > 0, i >= 0, i < series.count else { return [] }
        var points: [(hours: Double, remaining: Double)] = []
        var k = max(i - spanMinutes, 0)
        k += (i - k) % everyMinutes
        while k <= i {
            let time = series.time(at: k)
            let status = BudgetStatus.compute(
                events: series.periodEvents(at: k, window: spec.window), budget: budget, budgeting: spec.budgeting,
                periodMinutes: spec.window.periodMinutes(at: time))
            if let r = status.remaining { points.append((time / 3600, r)) }
            k += everyMinutes
        }
        return points
    }
}
