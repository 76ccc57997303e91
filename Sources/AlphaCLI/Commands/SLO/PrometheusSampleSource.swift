import AlphaCore
import AlphaSLO
import Foundation

/// Raw counters from Prometheus: each selector's series at a 1-minute step over the SLO period plus 3 days.
struct PrometheusSampleSource: SLOSampleSource {
    let client: PrometheusClient
    let end: Double

    init(baseURL: String, at time: Double?) throws {
        client = PrometheusClient(baseURL: baseURL)
        end = ((time ?? Date().timeIntervalSince1970) / 60).rounded(.down) * 60
    }

    func series(for spec: SLOSpec) async throws -> EventSeries {
        let periodStart = spec.window.period(containing: end).start
        let start = min(periodStart, end - 4320 * 60) - 60
        switch try spec.dataPlan() {
        case .counters(let good, let bad, let total):
            func fetch(_ selector: String?) async throws -> [MetricSeries]? {
                guard let selector else { return nil }
                return try await client.queryRange(selector, start: start, end: end, step: 60)
            }
            return try CounterAlignment.eventSeries(good: try await fetch(good), bad: try await fetch(bad), total: try await fetch(total))
        case .gauge(let query, let op, let threshold):
            let series = try await client.queryRange(query, start: start, end: end, step: 60)
            guard let first = series.first else { throw SLOCLIError("prometheus returned no series for '\(query)'") }
            return SLOGaugeSeries.slices(first, op: op, threshold: threshold)
        }
    }
}
