import AlphaCore

/// The timestamp of a raw log line, when its header carries an ISO-8601/RFC 3339 one.
public enum LineTimestamp {
    /// Epoch seconds of a timestamp at the start of the line or right after its first token (as in
    /// `file.log 2017-05-16 00:00:00.008 ...`); nil if neither parses.
    public static func parse(_ line: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let first = line.first else { return nil }
        if ByteClass.isDigit(first), let (seconds, _) = Timestamp.parsePrefix(line) { return seconds }
        var i = 0
        let limit = min(line.count, 96)
        while i < limit, !ByteClass.isSpace(line[i]) { i += 1 }
        while i < limit, ByteClass.isSpace(line[i]) { i += 1 }
        guard i < limit, ByteClass.isDigit(line[i]) else { return nil }
        return Timestamp.parsePrefix(UnsafeBufferPointer(rebasing: line[i...])).map(\.seconds)
    }
}
