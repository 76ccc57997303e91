/// Timestamp parsing and formatting shared by the incident decoder and the log-line parsers.
///
/// Accepts RFC 3339 and the ISO-8601 variants logs use: `T` or a space between date and time, `.` or `,` before
/// the fraction, any number of fraction digits, `Z`, `±HH:MM`, `±HHMM` or no zone (read as UTC).
/// Works on bytes so the log hot path never builds a `String` or a `Date`.
public enum Timestamp {
    /// Parses a whole string as a timestamp; nil unless the entire string is one.
    public static func parse(_ text: String) -> Double? {
        var copy = text
        return copy.withUTF8 { buffer in
            guard let (seconds, length) = parsePrefix(buffer), length == buffer.count else { return nil }
            return seconds
        }
    }

    /// Parses a timestamp at the start of `bytes`. Returns epoch seconds and how many bytes it took.
    public static func parsePrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> (seconds: Double, length: Int)? {
        let n = bytes.count
        // YYYY-MM-DD?HH:MM:SS is 19 bytes.
        guard n >= 19,
            let year = digits(bytes, 0, 4), bytes[4] == UInt8(ascii: "-"),
            let month = digits(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"),
            let day = digits(bytes, 8, 2),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "t"),
            let hour = digits(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"),
            let minute = digits(bytes, 14, 2), bytes[16] == UInt8(ascii: ":"),
            let second = digits(bytes, 17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60
        else { return nil }

        var i = 19
        var fraction = 0.0
        if i < n, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ",") {
            var scale = 0.1
            var j = i + 1
            while j < n, let d = digit(bytes[j]) {
                fraction += Double(d) * scale
                scale *= 0.1
                j += 1
            }
            if j > i + 1 { i = j }
        }

        var offset = 0
        if i < n {
            let c = bytes[i]
            if c == UInt8(ascii: "Z") || c == UInt8(ascii: "z") {
                i += 1
            } else if c == UInt8(ascii: "+") || c == UInt8(ascii: "-"), let hh = digits(bytes, i + 1, 2) {
                var mm = 0
                var length = 3
                if i + 3 < n, bytes[i + 3] == UInt8(ascii: ":"), let m = digits(bytes, i + 4, 2) {
                    mm = m
                    length = 6
                } else if let m = digits(bytes, i + 3, 2) {
                    mm = m
                    length = 5
                }
                guard hh < 24, mm < 60 else { return nil }
                offset = (hh * 3600 + mm * 60) * (c == UInt8(ascii: "+") ? 1 : -1)
                i += length
            }
        }

        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
        return (seconds, i)
    }

    /// Formats epoch seconds as RFC 3339 in UTC with milliseconds, e.g. `2024-01-15T10:23:45.123Z`.
    public static func format(_ seconds: Double) -> String {
        guard seconds.isFinite, abs(seconds) < 1e13 else { return "invalid" }
        let millisTotal = Int64((seconds * 1000).rounded(.down))
        let (daysTotal, msOfDay) = floorDivide(millisTotal, 86_400_000)
        let (year, month, day) = civilFromDays(Int(daysTotal))
        let ms = Int(msOfDay)
        let h = ms / 3_600_000
        let m = ms / 60_000 % 60
        let s = ms / 1000 % 60
        let f = ms % 1000
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(f, 3))Z"
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    @inline(__always)
    static func digit(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte &- 48) : nil
    }

    @inline(__always)
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start >= 0, start + count <= bytes.count else { return nil }
        var value = 0
        for k in start..<(start + count) {
            guard let d = digit(bytes[k]) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let q = a / b
        let r = a % b
        return r < 0 ? (q - 1, r + b) : (q, r)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
