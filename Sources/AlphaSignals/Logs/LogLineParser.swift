/// Parses single raw log lines: plain text with a leading timestamp and level word (ISO, `2024-01-15 10:23:45,123`,
/// syslog, gunicorn `[... +0000]`, Go `2024/01/15`, klog, epoch), JSON lines (level|severity|lvl|levelname,
/// message|msg|log|event, timestamp|@timestamp|time|ts, service|app; pino numeric levels), logfmt and access logs.
public enum LogLineParser {
    /// Parses one raw line (which may contain further lines after `\n`, returned as `details`).
    public static func parse(_ line: String, index: Int) -> ParsedRecord {
        LogBytes.withBytes(line) { b in
            let head = LineHeadParser.parse(b)
            var message: [UInt8] = []
            var details: [UInt8] = []
            LogRecordText.decode(b, head, message: &message, details: &details)
            return ParsedRecord(
                timestamp: head.timestamp, level: head.level, levelInferred: head.levelInferred, service: LogRecordText.string(b, head.service),
                host: LogRecordText.string(b, head.host), message: String(decoding: message, as: UTF8.self), index: index,
                details: details.isEmpty ? nil : String(decoding: details, as: UTF8.self), httpStatus: head.access?.status)
        }
    }

    /// Normalises a level as written in an object record (`ERROR`, `err`, `warning`, `50`).
    public static func level(_ text: String) -> LogLevel? {
        LogBytes.withBytes(text) { b in LevelWords.parse(b, 0, b.count) }
    }
}
