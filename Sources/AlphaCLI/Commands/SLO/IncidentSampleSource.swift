import AlphaCore
import AlphaSLO
import Foundation

/// Counters from an incident's `metrics` (a name → series map, or a Prometheus range-query result).
struct IncidentSampleSource: SLOSampleSource {
    let series: [MetricSeries]

    init(path: String) throws {
        let text = try SLOFiles.read(path)
        guard let root = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw SLOCLIError("\(path): expected a JSON object")
        }
        guard let metrics = root["metrics"] else { throw SLOCLIError("\(path): no metrics") }
        series = try Self.parse(metrics)
    }

    /// Reads the three shapes the incident contract allows.
    static func parse(_ metrics: Any) throws -> [MetricSeries] {
        if let object = metrics as? [String: Any], let data = object["data"] as? [String: Any], let result = data["result"] {
            return try parse(result)
        }
        if let array = metrics as? [[String: Any]] {
            return array.compactMap { item in
                guard var labels = item["metric"] as? [String: String], let values = item["values"] as? [[Any]] else { return nil }
                let name = labels.removeValue(forKey: "__name__") ?? ""
                let (ts, vs) = points(values)
                return MetricSeries(name: name, labels: labels.map { ($0.key, $0.value) }, timestamps: ts, values: vs)
            }
        }
        if let map = metrics as? [String: Any] {
            return map.compactMap { key, value in
                // Keys may be full selectors (`http_requests_total{code="500"}`) or bare names with a labels object.
                let parsed = PromSelector.parse(key)
                var labels: [(key: String, value: String)] = parsed?.matchers.map { ($0.key, $0.value) } ?? []
                let name = parsed?.name ?? key
                if let object = value as? [String: Any] {
                    for (k, v) in (object["labels"] as? [String: String]) ?? [:] { labels.append((k, v)) }
                    let (ts, vs) = points((object["points"] as? [[Any]]) ?? [])
                    return MetricSeries(name: name, labels: labels, unit: object["unit"] as? String, timestamps: ts, values: vs)
                }
                let (ts, vs) = points((value as? [[Any]]) ?? [])
                return MetricSeries(name: name, labels: labels, timestamps: ts, values: vs)
            }
        }
        throw SLOCLIError("metrics: unrecognised shape")
    }

    static func points(_ raw: [[Any]]) -> ([Double], [Double]) {
        var ts: [Double] = []
        var vs: [Double] = []
        for p in raw where p.count == 2 {
            let t: Double? = (p[0] as? NSNumber)?.doubleValue ?? (p[0] as? String).flatMap { Timestamp.parse($0) }
            let v: Double? = (p[1] as? NSNumber)?.doubleValue ?? (p[1] as? String).flatMap { Double($0) }
            guard let t else { continue }
            ts.append(t)
            vs.append(v ?? .nan)
        }
        return (ts, vs)
    }

    func series(for spec: SLOSpec) async throws -> EventSeries {
        switch try spec.dataPlan() {
        case .counters(let good, let bad, let total):
            func pick(_ selector: String?) -> [MetricSeries]? {
                guard let selector, let s = PromSelector.parse(selector) else { return nil }
                return series.filter { s.matches($0) }
            }
            return try CounterAlignment.eventSeries(good: pick(good), bad: pick(bad), total: pick(total))
        case .gauge(let query, let op, let threshold):
            guard let s = PromSelector.parse(query), let match = series.first(where: { s.matches($0) }) else {
                throw SLOCLIError("no metric in the incident matches '\(query)'")
            }
            return SLOGaugeSeries.slices(match, op: op, threshold: threshold)
        }
    }
}
