import AlphaCore
import AlphaSLO
import Foundation

/// CSV samples: `timestamp` (RFC 3339 or epoch seconds) plus two of `good`, `bad`, `total` (cumulative counters,
/// resets allowed) — or `value` for threshold SLIs; an optional `slo` column (`name` or `service/name`) selects rows.
struct CSVSampleSource: SLOSampleSource {
    let rows: [[String: String]]

    init(path: String) throws {
        let text = try SLOFiles.read(path)
        var lines = text.split(whereSeparator: \.isNewline).map { String($0) }.filter { !$0.hasPrefix("#") && !$0.isEmpty }
        guard !lines.isEmpty else { throw SLOCLIError("\(path): empty CSV") }
        let header = lines.removeFirst().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard header.contains("timestamp") else { throw SLOCLIError("\(path): the header needs a timestamp column") }
        rows = lines.map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            var row: [String: String] = [:]
            for (k, v) in zip(header, cells) { row[k] = v }
            return row
        }
    }

    func series(for spec: SLOSpec) async throws -> EventSeries {
        let mine = rows.filter { row in
            guard let slo = row["slo"], !slo.isEmpty else { return true }
            return slo == spec.name || slo == "\(spec.service)/\(spec.name)"
        }
        var times: [Double] = []
        var columns: [String: [Double]] = ["good": [], "bad": [], "total": [], "value": []]
        for row in mine {
            guard let ts = row["timestamp"], let t = Timestamp.parse(ts) ?? Double(ts) else { throw SLOCLIError("bad timestamp in row \(row)") }
            times.append(t)
            for key in ["good", "bad", "total", "value"] {
                columns[key]?.append(row[key].flatMap { Double($0) } ?? .nan)
            }
        }
        func series(_ key: String) -> [MetricSeries]? {
            guard let values = columns[key], values.contains(where: { !$0.isNaN }) else { return nil }
            return [MetricSeries(name: key, timestamps: times, values: values)]
        }
        if case .threshold(_, let op, let threshold) = spec.indicator {
            guard let values = series("value")?.first else { throw SLOCLIError("threshold SLO \(spec.name) needs a value column") }
            return SLOGaugeSeries.slices(values, op: op, threshold: threshold)
        }
        return try CounterAlignment.eventSeries(good: series("good"), bad: series("bad"), total: series("total"))
    }
}
