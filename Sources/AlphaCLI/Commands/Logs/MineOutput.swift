import AlphaCore
import AlphaSignals
import Foundation

/// Renders `logs mine` rows as a table, JSON or CSV.
enum MineOutput {
    static func write(_ rows: [MineRow], format: MineOutputFormat, to sink: inout OutputSink) {
        switch format {
        case .table: writeTable(rows, to: &sink)
        case .json: writeJSON(rows, to: &sink)
        case .csv: writeCSV(rows, to: &sink)
        }
    }

    static func seen(_ line: Int, _ time: Double?) -> String {
        time.map { "\(line) (\(Timestamp.format($0)))" } ?? "\(line)"
    }

    static func writeTable(_ rows: [MineRow], to sink: inout OutputSink) {
        let compare = rows.first?.comparison != nil
        var header = ["id", "count"]
        if compare { header += ["status", "baseline", "rate", "was", "surprise"] }
        header += ["first", "last", "template", "example"]
        var table = [header]
        for row in rows {
            var cells = [row.id.description, "\(row.count)"]
            if let c = row.comparison {
                cells += [
                    c.status, "\(c.baselineCount)", String(format: "%.2f", c.currentRate), String(format: "%.2f", c.baselineRate),
                    String(format: "%.1f", c.surprise),
                ]
            }
            cells += [seen(row.firstLine, row.firstSeen), seen(row.lastLine, row.lastSeen), clip(row.template, 100), clip(row.example, 80)]
            table.append(cells)
        }
        var widths = Array(repeating: 0, count: header.count)
        for cells in table { for (k, cell) in cells.enumerated() { widths[k] = max(widths[k], cell.count) } }
        for cells in table {
            var line = ""
            for (k, cell) in cells.enumerated() {
                line += k == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[k] - cell.count + 2)
            }
            sink.write(line + "\n")
        }
        if compare, let unit = rows.first?.comparison?.rateUnit { sink.write("(rates \(unit.replacingOccurrences(of: "_", with: " ")))\n") }
    }

    static func clip(_ text: String, _ width: Int) -> String {
        let flat = text.replacingOccurrences(of: "\t", with: " ")
        return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
    }

    static func writeCSV(_ rows: [MineRow], to sink: inout OutputSink) {
        let compare = rows.first?.comparison != nil
        var header = "template_id,template,count,first_line,last_line,first_seen,last_seen,example"
        if compare { header += ",status,baseline_count,current_rate,baseline_rate,rate_unit,surprise" }
        sink.write(header + "\n")
        for row in rows {
            var fields = [
                row.id.description, CSVField.escape(row.template), "\(row.count)", "\(row.firstLine)", "\(row.lastLine)",
                row.firstSeen.map(Timestamp.format) ?? "", row.lastSeen.map(Timestamp.format) ?? "", CSVField.escape(row.example),
            ]
            if let c = row.comparison {
                fields += [
                    c.status, "\(c.baselineCount)", String(format: "%.4f", c.currentRate), String(format: "%.4f", c.baselineRate), c.rateUnit,
                    String(format: "%.3f", c.surprise),
                ]
            }
            sink.write(fields.joined(separator: ",") + "\n")
        }
    }

    static func writeJSON(_ rows: [MineRow], to sink: inout OutputSink) {
        let objects = rows.map { row in
            JSONRow(
                templateID: row.id.description, template: row.template, count: row.count, firstLine: row.firstLine,
                lastLine: row.lastLine, firstSeen: row.firstSeen.map(Timestamp.format), lastSeen: row.lastSeen.map(Timestamp.format),
                example: row.example, status: row.comparison?.status, baselineCount: row.comparison?.baselineCount,
                currentRate: row.comparison?.currentRate, baselineRate: row.comparison?.baselineRate,
                rateUnit: row.comparison?.rateUnit, surprise: row.comparison.map { ($0.surprise * 1000).rounded() / 1000 })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(objects) {
            sink.write(bytes: Array(data))
            sink.write("\n")
        }
    }

    /// The JSON shape of a row (snake_case keys; comparison fields only with `--baseline`).
    struct JSONRow: Encodable {
        var templateID: String
        var template: String
        var count: Int
        var firstLine: Int
        var lastLine: Int
        var firstSeen: String?
        var lastSeen: String?
        var example: String
        var status: String?
        var baselineCount: Int?
        var currentRate: Double?
        var baselineRate: Double?
        var rateUnit: String?
        var surprise: Double?

        enum CodingKeys: String, CodingKey {
            case templateID = "template_id", template, count, firstLine = "first_line", lastLine = "last_line"
            case firstSeen = "first_seen", lastSeen = "last_seen", example, status, baselineCount = "baseline_count"
            case currentRate = "current_rate", baselineRate = "baseline_rate", rateUnit = "rate_unit", surprise
        }
    }
}
