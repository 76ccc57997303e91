/// Parser for promtool's series notation (`0+1000x600 600000x9 _x3 1+-1x2`), one value per step.
///
/// `a+bxn` expands to the n+1 values `a, a+b, ..., a+n*b`; `axn` is `a+0xn`; `_` is a missing sample
/// (and `_xn` n missing samples); a plain number is one sample. Missing samples are `nil`.
public enum PromSeriesNotation {
    /// Expands `text`; throws `SLOError.invalidSeries` naming the bad token.
    public static func expand(_ text: String) throws(SLOError) -> [Double?] {
        var values: [Double?] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            try expandToken(String(token), into: &values)
        }
        return values
    }

    private static func expandToken(_ token: String, into values: inout [Double?]) throws(SLOError) {
        let parts = token.split(separator: "x", maxSplits: 1, omittingEmptySubsequences: false)
        let head = String(parts[0])
        var count = 1
        if parts.count == 2 {
            guard let n = Int(parts[1]), n >= 0, n <= 10_000_000 else { throw .invalidSeries(token) }
            count = n + 1
        }
        if head == "_" {
            // `_xn` is n missing samples in promtool (not n+1).
            values.append(contentsOf: repeatElement(nil, count: parts.count == 2 ? count - 1 : 1))
            return
        }
        // Split `a+b` / `a-b` at the first sign that is not the leading one.
        let bytes = Array(head.utf8)
        var splitAt: Int?
        for i in 1..<max(bytes.count, 1) where bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            if bytes[i - 1] == UInt8(ascii: "e") || bytes[i - 1] == UInt8(ascii: "E") { continue }
            splitAt = i
            break
        }
        let start: Double
        var increment = 0.0
        if let s = splitAt {
            guard let a = Double(String(decoding: bytes[0..<s], as: UTF8.self)),
                let b = Double(String(decoding: bytes[(bytes[s] == UInt8(ascii: "+") ? s + 1 : s)...], as: UTF8.self))
            else { throw .invalidSeries(token) }
            start = a
            increment = b
        } else {
            guard let a = Double(head) else { throw .invalidSeries(token) }
            start = a
        }
        guard parts.count == 2 || splitAt == nil else { throw .invalidSeries(token) }
        values.reserveCapacity(values.count + count)
        for i in 0..<count { values.append(start + Double(i) * increment) }
    }
}
