/// Renders epoch seconds without Foundation (proleptic Gregorian, UTC).
enum TimeFormat {
    /// (year, month, day, hour, minute, second, millisecond).
    static func parts(_ t: Double) -> (Int, Int, Int, Int, Int, Int, Int) {
        let ms = Int((t * 1000).rounded(.down))
        let secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        let milli = ms - secs * 1000
        let days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400
        let rem = secs - days * 86400
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d, rem / 3600, rem % 3600 / 60, rem % 60, milli)
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// `2024-05-01T10:00:00.123Z`
    static func iso(_ t: Double, millis: Bool = true) -> String {
        let (y, mo, d, h, mi, s, ms) = parts(t)
        let base = "\(pad(y, 4))-\(pad(mo, 2))-\(pad(d, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2))"
        return millis ? base + "." + pad(ms, 3) + "Z" : base + "Z"
    }

    /// `2024-05-01 10:00:00,123` (Python logging's default asctime).
    static func python(_ t: Double) -> String {
        let (y, mo, d, h, mi, s, ms) = parts(t)
        return "\(pad(y, 4))-\(pad(mo, 2))-\(pad(d, 2)) \(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2)),\(pad(ms, 3))"
    }

    /// `2024-05-01 10:00:00.123 UTC` (PostgreSQL's log_line_prefix %m).
    static func postgres(_ t: Double) -> String {
        let (y, mo, d, h, mi, s, ms) = parts(t)
        return "\(pad(y, 4))-\(pad(mo, 2))-\(pad(d, 2)) \(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2)).\(pad(ms, 3)) UTC"
    }
}
