import AlphaSignals
import Foundation

/// `--baseline`: which templates are new, gone, rose or fell, ranked by surprise.
///
/// Rates are per minute when both inputs carry timestamps spanning at least a minute, else per 1000 lines. The
/// surprise of a template is the Poisson deviance of its current count under the baseline rate (with half a count
/// added to the baseline so a template never seen before has a finite, large surprise).
enum BaselineComparison {
    static func compare(session: MiningSession, report: MiningReport) -> [MineRow] {
        let current = TemplateSummary.rows(session: session, report: report, phase: .current)
        let previous = TemplateSummary.rows(session: session, report: report, phase: .baseline)
        let (baselineExposure, currentExposure, unit) = exposures(session.totals[0], session.totals[1])
        var baselineByID: [TemplateID: MineRow] = [:]
        for row in previous { baselineByID[row.id] = row }
        var rows: [MineRow] = []
        var seen: Set<TemplateID> = []
        for var row in current {
            seen.insert(row.id)
            let before = baselineByID[row.id]?.count ?? 0
            row.comparison = comparison(before, row.count, baselineExposure, currentExposure, unit)
            rows.append(row)
        }
        for var row in previous where !seen.contains(row.id) {
            row.comparison = comparison(row.count, 0, baselineExposure, currentExposure, unit)
            row.count = 0
            rows.append(row)
        }
        return rows.sorted { ($0.comparison?.surprise ?? 0) > ($1.comparison?.surprise ?? 0) }
    }

    static func exposures(_ baseline: MiningSession.PhaseTotals, _ current: MiningSession.PhaseTotals) -> (Double, Double, String) {
        if let b0 = baseline.firstTime, let b1 = baseline.lastTime, let c0 = current.firstTime, let c1 = current.lastTime,
            b1 - b0 >= 60, c1 - c0 >= 60
        {
            return ((b1 - b0) / 60, (c1 - c0) / 60, "per_minute")
        }
        return (max(1, Double(baseline.records)) / 1000, max(1, Double(current.records)) / 1000, "per_1000_lines")
    }

    static func comparison(_ before: Int, _ now: Int, _ baselineExposure: Double, _ currentExposure: Double, _ unit: String)
        -> MineRow.Comparison
    {
        let baselineRate = Double(before) / baselineExposure
        let currentRate = Double(now) / currentExposure
        let expected = (Double(before) + 0.5) / baselineExposure * currentExposure
        let observed = Double(now)
        let surprise = observed > 0 ? observed * log(observed / expected) - (observed - expected) : expected
        let status: String
        if before == 0 {
            status = "new"
        } else if now == 0 {
            status = "gone"
        } else if currentRate >= 2 * baselineRate {
            status = "rose"
        } else if currentRate <= 0.5 * baselineRate {
            status = "fell"
        } else {
            status = "steady"
        }
        return MineRow.Comparison(
            status: status, baselineCount: before, baselineRate: baselineRate, currentRate: currentRate, rateUnit: unit,
            surprise: max(0, surprise))
    }
}
