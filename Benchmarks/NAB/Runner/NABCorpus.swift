import AlphaSignals
import Foundation
import NABScoring

/// The NAB data folder: series under `data/`, windows in `labels/combined_windows.json`.
struct NABCorpus {
    struct Series {
        var name: String
        var table: TimeSeriesCSV.Table
        var windows: [NABWindow]
    }

    var series: [Series]

    /// Loads every labelled file, in name order.
    init(root: URL) throws {
        let labelsURL = root.appendingPathComponent("labels/combined_windows.json")
        let labels = try JSONDecoder().decode([String: [[String]]].self, from: Data(contentsOf: labelsURL))
        var loaded: [Series] = []
        for name in labels.keys.sorted() {
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent("data").appendingPathComponent(name)))
            let table = TimeSeriesCSV.parse(bytes)
            var windows: [NABWindow] = []
            for pair in labels[name] ?? [] {
                guard pair.count == 2, let start = Self.parseTime(pair[0]), let end = Self.parseTime(pair[1]),
                    let window = NABWindow.rows(from: start, to: end, in: table.timestamps)
                else { continue }
                windows.append(window)
            }
            loaded.append(Series(name: name, table: table, windows: windows))
        }
        series = loaded
    }

    /// Label times look like `2014-04-10 07:15:00.000000`.
    static func parseTime(_ text: String) -> Double? {
        TimeSeriesCSV.parse(Array(("t,v\n" + text + ",0\n").utf8)).timestamps.first
    }
}
