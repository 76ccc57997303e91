import Foundation

/// Plain-text tables with aligned columns.
struct SLOTable {
    var header: [String]
    var rows: [[String]] = []

    func render() -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i == cells.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}

/// Number formatting for humans: no-data is a word, never NaN.
enum SLOText {
    static func ratio(_ v: Double?) -> String {
        guard let v else { return "no-data" }
        return String(format: "%.6g", v)
    }

    static func burn(_ v: Double?) -> String {
        guard let v else { return "no-data" }
        return String(format: "%.2f", v)
    }

    static func percent(_ v: Double?) -> String {
        guard let v else { return "no-data" }
        return String(format: "%.2f%%", v * 100)
    }

    static func hours(_ h: Double?) -> String {
        guard let h else { return "not exhausting" }
        return h >= 48 ? String(format: "%.1fd", h / 24) : String(format: "%.2fh", h)
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
