import AlphaCore

/// Turns SLO state into a release decision under a `GatePolicy`.
public enum ReleaseGate {
    /// Decides for `service` at `time` (epoch seconds, for override expiry).
    public static func decide(service: String, inputs: [GateInput], policy: GatePolicy, at time: Double) -> GateDecision {
        var reasons: [GateDecision.Reason] = []
        var notes: [String] = []
        let confidenceRank: [BudgetForecast.Confidence: Int] = [.low: 0, .medium: 1, .high: 2]
        for input in inputs {
            if input.budget.state == .noData {
                if policy.blockOnNoData {
                    reasons.append(.init(slo: input.slo, rule: "no-data", detail: "no events in the SLO period"))
                } else {
                    notes.append("\(input.slo): no data in the SLO period (not judged)")
                }
                continue
            }
            if let limit = policy.blockAtRisk, let risk = input.risk, risk >= limit {
                reasons.append(.init(slo: input.slo, rule: "risk", detail: "risk level \(risk) is at or above \(limit)"))
            }
            if let minimum = policy.minRemainingBudget, let remaining = input.budget.remaining, remaining < minimum {
                reasons.append(
                    .init(
                        slo: input.slo, rule: "remaining-budget",
                        detail: "\(percent(remaining)) of the error budget remains (minimum \(percent(minimum)))"))
            }
            if let horizon = policy.blockIfExhaustionWithinHours, let f = input.forecast, let hours = f.hoursToExhaustion, hours <= horizon {
                if (confidenceRank[f.confidence] ?? 0) >= (confidenceRank[policy.minForecastConfidence] ?? 0) {
                    reasons.append(
                        .init(
                            slo: input.slo, rule: "forecast",
                            detail: "budget exhausted in \(hoursText(hours)) (limit \(hoursText(horizon)), \(f.confidence.rawValue) confidence)"))
                } else {
                    notes.append("\(input.slo): exhaustion forecast in \(hoursText(hours)) ignored (\(f.confidence.rawValue) confidence)")
                }
            }
        }
        guard !reasons.isEmpty else { return GateDecision(service: service, outcome: .go, reasons: [], notes: notes, overrides: []) }
        let active = policy.overrides.filter { $0.service == service && time < $0.until }
        let allCovered = reasons.allSatisfy { r in active.contains { $0.covers(service: service, slo: r.slo, at: time) } }
        if allCovered {
            let used = active.filter { o in reasons.contains { o.covers(service: service, slo: $0.slo, at: time) } }
            return GateDecision(service: service, outcome: .overridden, reasons: reasons, notes: notes, overrides: used)
        }
        for o in policy.overrides where o.service == service && time >= o.until {
            notes.append("override by \(o.by) expired at \(Timestamp.format(o.until))")
        }
        return GateDecision(service: service, outcome: .blocked, reasons: reasons, notes: notes, overrides: [])
    }

    static func percent(_ v: Double) -> String {
        let p = (v * 1000).rounded() / 10
        return "\(p)%"
    }

    static func hoursText(_ h: Double) -> String {
        h >= 48 ? "\((h / 24 * 10).rounded() / 10)d" : "\((h * 10).rounded() / 10)h"
    }
}
