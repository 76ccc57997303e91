import AlphaSignals
import Foundation

/// Writes NAB result files: `timestamp,value,anomaly_score`, one row per input row, timestamps as in the input.
///
/// NAB's own runner names files `<detector>_<name>.csv` and appends a `label` column from its labels; its scorer
/// reads only `timestamp` and `anomaly_score`, so these files score as they are.
enum NABResultWriter {
    static func write(table: TimeSeriesCSV.Table, scores: [Double], to root: URL, relativePath: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var text = "timestamp,value,anomaly_score\n"
        text.reserveCapacity(table.values.count * 48)
        for i in 0..<min(table.values.count, scores.count, table.timestampTexts.count) {
            text += table.timestampTexts[i]
            text += ","
            text += "\(table.values[i])"
            text += ","
            text += "\(scores[i])"
            text += "\n"
        }
        try Data(text.utf8).write(to: url)
    }
}
