import AlphaSLO
import ArgumentParser
import Foundation

/// `alpha-sre slo forecast`: time to budget exhaustion.
struct SLOForecastCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast", abstract: "Time to error-budget exhaustion (least squares over the last day's hourly remaining budget).")

    @OptionGroup var input: SLOInputOptions

    func run() async throws {
        let assessments = try await input.assess()
        if input.format == .json {
            print(
                try SLOText.json(
                    assessments.map {
                        ForecastView(slo: "\($0.service)/\($0.name)", remaining: $0.snapshot.budgetStatus.remaining, forecast: $0.forecast)
                    }),
                terminator: "")
            return
        }
        var table = SLOTable(header: ["SLO", "BUDGET LEFT", "SLOPE/H", "EXHAUSTED IN", "TREND", "CONFIDENCE", "R²", "POINTS"])
        for a in assessments {
            let f = a.forecast
            table.rows.append([
                "\(a.service)/\(a.name)", SLOText.percent(a.snapshot.budgetStatus.remaining),
                f.map { String(format: "%+.6f", $0.slopePerHour) } ?? "-",
                f.map { SLOText.hours($0.hoursToExhaustion) } ?? "no forecast", f?.trend.rawValue ?? "-", f?.confidence.rawValue ?? "-",
                f.map { String(format: "%.3f", $0.rSquared) } ?? "-", f.map { String($0.points) } ?? "0",
            ])
        }
        print(table.render(), terminator: "")
    }

    struct ForecastView: Encodable {
        var slo: String
        var remaining: Double?
        /// `null` when no line could be fitted; `hoursToExhaustion` is `null` when not exhausting.
        var forecast: BudgetForecast?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(slo, forKey: .slo)
            try c.encode(remaining, forKey: .remaining)
            try c.encode(forecast, forKey: .forecast)
        }

        enum CodingKeys: String, CodingKey { case slo, remaining, forecast }
    }
}
