import AlphaCore
import AlphaSLO
import Foundation

/// CSV samples: `timestamp` (RFC 3339 or epoch seconds) plus two of `good`, `bad`, `total` (cumulative counters,
/// resets allowed) — or `value` for threshold SLIs; an optional `slo` column (`name` or `service/name`) selects rows.
/// An empty cell or `NaN` is a missing sample; anything else that is not a number is an error naming its line.
struct CSVSampleSource: SLOSampleSource {
    struct Row {
        var line: Int
        var cells: [String: String]
    }

    let path: String
    let rows: [Row]

    init(path: String) throws {
        self.path = path
        let text = try SLOFiles.read(path)
        var numbered: [(line: Int, text: String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") { numbered.append((index + 1, trimmed)) }
        }
        guard let headerLine = numbered.first else { throw SLOCLIError("\(path): empty CSV") }
        let header = headerLine.text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard header.contains("timestamp") else { throw SLOCLIError("\(path):\(headerLine.line): the header needs a timestamp column") }
        rows = try numbered.dropFirst().map { line in
            let cells = line.text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == header.count else {
                throw SLOCLIError("\(path):\(line.line): expected \(header.count) cells (\(header.joined(separator: ","))), found \(cells.count)")
            }
            return Row(line: line.line, cells: Dictionary(zip(header, cells), uniquingKeysWith: { _, last in last }))
        }
    }

    func series(for spec: SLOSpec) async throws -> EventSeries {
        let mine = rows.filter { row in
            guard let slo = row.cells["slo"], !slo.isEmpty else { return true }
            return slo == spec.name || slo == "\(spec.service)/\(spec.name)"
        }
        var times: [Double] = []
        var columns: [String: [Double]] = ["good": [], "bad": [], "total": [], "value": []]
        for row in mine {
            guard let ts = row.cells["timestamp"], let t = Timestamp.parse(ts) ?? Double(ts), t.isFinite else {
                throw SLOCLIError("\(path):\(row.line): timestamp: expected RFC 3339 or epoch seconds, found \"\(row.cells["timestamp"] ?? "")\"")
            }
            times.append(t)
            for key in ["good", "bad", "total", "value"] {
                columns[key]?.append(try Self.number(row.cells[key], column: key, line: row.line, path: path))
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

    /// A cell as a number: absent, empty or `NaN` is a gap (NaN); anything else must parse.
    static func number(_ cell: String?, column: String, line: Int, path: String) throws -> Double {
        guard let cell, !cell.isEmpty, cell.lowercased() != "nan" else { return .nan }
        guard let value = Double(cell), !value.isInfinite else {
            throw SLOCLIError("\(path):\(line): \(column): expected a number, found \"\(cell)\"")
        }
        return value
    }
}
