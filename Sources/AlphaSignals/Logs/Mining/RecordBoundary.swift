/// Multi-line records: which raw lines continue the record above them instead of starting a new one.
///
/// A continuation line is a non-blank line that starts with a space or a tab (stack frames, wrapped messages), or
/// one that starts with `Caused by:` (Java chained exceptions). Callers give a continuation line the template of
/// the record it belongs to and do not mine it on its own.
public enum RecordBoundary {
    /// Whether `line` continues the previous record.
    public static func isContinuation(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        if first == 0x20 || first == 0x09 {
            for byte in line where !ByteClass.isSpace(byte) { return true }
            return false
        }
        return hasPrefix(line, causedBy)
    }

    static let causedBy: [UInt8] = Array("Caused by:".utf8)

    static func hasPrefix(_ line: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard line.count >= prefix.count else { return false }
        for (k, byte) in prefix.enumerated() where line[k] != byte { return false }
        return true
    }
}
