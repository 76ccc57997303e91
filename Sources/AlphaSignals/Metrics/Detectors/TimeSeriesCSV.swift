import AlphaCore

/// Reads `timestamp,value` CSV (NAB's layout: a header, then `2014-04-01 00:00:00,12.5`).
///
/// Works on bytes. A first line that does not parse is taken as the header; other rows that do not parse (blank,
/// truncated, non-numeric) are skipped and counted, never trapped on. Extra columns are ignored.
public enum TimeSeriesCSV {
    /// Parsed rows plus how many rows were skipped.
    public struct Table: Sendable, Equatable {
        /// Epoch seconds per row.
        public var timestamps: [Double]
        /// Value per row.
        public var values: [Double]
        /// Rows (after the header) that could not be read.
        public var skippedRows: Int
        /// The original timestamp text per row, for writing results back in the input's own format.
        public var timestampTexts: [String]
    }

    /// Parses CSV bytes.
    public static func parse(_ bytes: [UInt8]) -> Table {
        var table = Table(timestamps: [], values: [], skippedRows: 0, timestampTexts: [])
        var lineStart = 0
        var lineNumber = 0
        let n = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            while lineStart < n {
                var end = lineStart
                while end < n, buffer[end] != UInt8(ascii: "\n") { end += 1 }
                var lineEnd = end
                if lineEnd > lineStart, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                if lineEnd > lineStart {
                    if let row = parseRow(buffer, lineStart, lineEnd) {
                        table.timestamps.append(row.time)
                        table.values.append(row.value)
                        table.timestampTexts.append(row.text)
                    } else if lineNumber > 0 {
                        table.skippedRows += 1
                    }
                }
                lineNumber += 1
                lineStart = end + 1
            }
        }
        return table
    }

    static func parseRow(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (time: Double, value: Double, text: String)? {
        var comma = start
        while comma < end, buffer[comma] != UInt8(ascii: ",") { comma += 1 }
        guard comma < end else { return nil }
        var valueEnd = comma + 1
        while valueEnd < end, buffer[valueEnd] != UInt8(ascii: ",") { valueEnd += 1 }
        let timeSlice = UnsafeBufferPointer(rebasing: buffer[trimmed(buffer, start, comma)])
        guard let (seconds, length) = Timestamp.parsePrefix(timeSlice), length == timeSlice.count else { return nil }
        let valueText = String(decoding: UnsafeBufferPointer(rebasing: buffer[trimmed(buffer, comma + 1, valueEnd)]), as: UTF8.self)
        guard let value = Double(valueText) else { return nil }
        return (seconds, value, String(decoding: timeSlice, as: UTF8.self))
    }

    static func trimmed(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        var a = start
        var b = end
        while a < b, buffer[a] == UInt8(ascii: " ") || buffer[a] == UInt8(ascii: "\"") { a += 1 }
        while b > a, buffer[b - 1] == UInt8(ascii: " ") || buffer[b - 1] == UInt8(ascii: "\"") { b -= 1 }
        return a..<b
    }
}
