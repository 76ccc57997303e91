import AlphaCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(Musl)
    import Musl
#endif

/// Leading-timestamp parsing for log lines, on top of `Timestamp.parsePrefix` (ISO/RFC 3339):
/// `[...]`-wrapped stamps with a spaced zone (gunicorn `[2024-01-15 10:23:45 +0000]`), Go's `2024/01/15 10:23:45`,
/// syslog `Jan 15 10:23:45`, klog's `E0115 10:23:45.123`, Apache CLF `15/Jan/2024:10:23:45 +0000` and epoch
/// seconds or milliseconds.
///
/// Syslog and klog stamps carry no year: they are read in the current UTC year, or the previous one when that
/// would put them more than a day in the future (logs read just after New Year).
enum LogTimestampParser {
    /// Parses a timestamp starting at `start`. Returns epoch seconds and the index just past it.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (seconds: Double, end: Int)? {
        let n = b.count
        guard start < n else { return nil }
        var i = start
        let bracketed = b[i] == UInt8(ascii: "[")
        if bracketed { i += 1 }
        guard i < n else { return nil }
        var result: (Double, Int)?
        let c = b[i]
        if LogBytes.isDigit(c) {
            result = parseNumericDate(b, i) ?? parseCLF(b, i) ?? parseEpoch(b, i)
        } else if LogBytes.isUpper(c) {
            result = parseSyslog(b, i)
        }
        guard let (seconds, stampEnd) = result else { return nil }
        var end = stampEnd
        if bracketed {
            guard end < n, b[end] == UInt8(ascii: "]") else { return nil }
            end += 1
        }
        return (seconds, end)
    }

    /// ISO variants via `Timestamp.parsePrefix`, plus `YYYY/MM/DD` and a zone after a space (`10:23:45 +0000`).
    private static func parseNumericDate(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Double, Int)? {
        guard i + 19 <= b.count, LogBytes.isDigit(b[i + 1]), LogBytes.isDigit(b[i + 3]) else { return nil }
        var seconds: Double
        var end: Int
        if b[i + 4] == UInt8(ascii: "/") {
            guard b[i + 7] == UInt8(ascii: "/"), let year = LogBytes.digits(b, i, 4), let month = LogBytes.digits(b, i + 5, 2),
                let day = LogBytes.digits(b, i + 8, 2), (1...12).contains(month), (1...31).contains(day),
                b[i + 10] == UInt8(ascii: " ") || b[i + 10] == UInt8(ascii: "T"),
                let (clock, clockEnd) = parseClock(b, i + 11)
            else { return nil }
            seconds = Double(Timestamp.daysFromCivil(year: year, month: month, day: day) * 86_400) + clock
            end = clockEnd
        } else {
            guard let (s, length) = Timestamp.parsePrefix(UnsafeBufferPointer(rebasing: b[i...])) else { return nil }
            seconds = s
            end = i + length
        }
        if let (offset, zoneEnd) = spacedZone(b, end) {
            seconds -= offset
            end = zoneEnd
        }
        return (seconds, end)
    }

    /// A ` +0000` / ` -05:00` / ` UTC` zone after a space; returns the offset in seconds.
    private static func spacedZone(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Double, Int)? {
        guard i + 1 < b.count, b[i] == UInt8(ascii: " ") else { return nil }
        let sign = b[i + 1]
        if LogBytes.matches(b, at: i + 1, "UTC") || LogBytes.matches(b, at: i + 1, "GMT") { return (0, i + 4) }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), let hh = LogBytes.digits(b, i + 2, 2) else { return nil }
        var mm = 0
        var end = i + 4
        if let m = LogBytes.digits(b, i + 4, 2) {
            mm = m
            end = i + 6
        } else if i + 4 < b.count, b[i + 4] == UInt8(ascii: ":"), let m = LogBytes.digits(b, i + 5, 2) {
            mm = m
            end = i + 7
        }
        guard hh < 24, mm < 60 else { return nil }
        let offset = Double(hh * 3600 + mm * 60)
        return (sign == UInt8(ascii: "+") ? offset : -offset, end)
    }

    /// `HH:MM:SS` with an optional `.fff`/`,fff` fraction; seconds of the day.
    private static func parseClock(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Double, Int)? {
        guard let h = LogBytes.digits(b, i, 2), i + 8 <= b.count, b[i + 2] == UInt8(ascii: ":"), let m = LogBytes.digits(b, i + 3, 2),
            b[i + 5] == UInt8(ascii: ":"), let s = LogBytes.digits(b, i + 6, 2), h < 24, m < 60, s <= 60
        else { return nil }
        var end = i + 8
        var fraction = 0.0
        if end < b.count, b[end] == UInt8(ascii: ".") || b[end] == UInt8(ascii: ",") {
            var scale = 0.1
            var j = end + 1
            while j < b.count, LogBytes.isDigit(b[j]) {
                fraction += Double(b[j] &- 48) * scale
                scale *= 0.1
                j += 1
            }
            if j > end + 1 { end = j }
        }
        return (Double(h * 3600 + m * 60 + s) + fraction, end)
    }

    /// Syslog (RFC 3164) `Jan 15 10:23:45` or `Jan  5 10:23:45`.
    private static func parseSyslog(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Double, Int)? {
        guard let month = monthNumber(b, i), i + 15 <= b.count, b[i + 3] == UInt8(ascii: " ") else { return nil }
        var j = i + 4
        if b[j] == UInt8(ascii: " ") { j += 1 }
        var day = 0
        while j < b.count, LogBytes.isDigit(b[j]), day < 100 {
            day = day * 10 + Int(b[j] &- 48)
            j += 1
        }
        guard (1...31).contains(day), j < b.count, b[j] == UInt8(ascii: " "), let (clock, end) = parseClock(b, j + 1) else { return nil }
        return (yearless(month: month, day: day, clock: clock), end)
    }

    /// klog/glog header `E0115 10:23:45.123456`: the level letter is read by the level finder; here the stamp after it.
    static func parseKlog(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Double, Int)? {
        guard let month = LogBytes.digits(b, i + 1, 2), let day = LogBytes.digits(b, i + 3, 2), i + 5 < b.count, b[i + 5] == UInt8(ascii: " "),
            (1...12).contains(month), (1...31).contains(day), let (clock, end) = parseClock(b, i + 6)
        else { return nil }
        return (yearless(month: month, day: day, clock: clock), end)
    }

    /// Apache/nginx common log format `15/Jan/2024:10:23:45 +0000`.
    static func parseCLF(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Double, Int)? {
        guard i + 20 <= b.count, let day = LogBytes.digits(b, i, 2), b[i + 2] == UInt8(ascii: "/"), let month = monthNumber(b, i + 3),
            b[i + 6] == UInt8(ascii: "/"), let year = LogBytes.digits(b, i + 7, 4), b[i + 11] == UInt8(ascii: ":"),
            let (clock, clockEnd) = parseClock(b, i + 12), (1...31).contains(day)
        else { return nil }
        var seconds = Double(Timestamp.daysFromCivil(year: year, month: month, day: day) * 86_400) + clock
        var end = clockEnd
        if let (offset, zoneEnd) = spacedZone(b, end) {
            seconds -= offset
            end = zoneEnd
        }
        return (seconds, end)
    }

    /// Epoch seconds (10 digits, optional fraction) or milliseconds (13 digits), followed by a separator.
    private static func parseEpoch(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Double, Int)? {
        var j = i
        var value = 0
        while j < b.count, LogBytes.isDigit(b[j]), j - i < 14 {
            value = value * 10 + Int(b[j] &- 48)
            j += 1
        }
        let count = j - i
        var seconds: Double
        if count == 10 {
            seconds = Double(value)
            if j < b.count, b[j] == UInt8(ascii: ".") {
                var scale = 0.1
                var k = j + 1
                while k < b.count, LogBytes.isDigit(b[k]) {
                    seconds += Double(b[k] &- 48) * scale
                    scale *= 0.1
                    k += 1
                }
                j = k
            }
        } else if count == 13 {
            seconds = Double(value) / 1000
        } else {
            return nil
        }
        // 2001-09-09 .. 2286: anything else is a number, not a clock.
        guard seconds >= 1_000_000_000, seconds < 9_999_999_999, j == b.count || LogBytes.isSpace(b[j]) || b[j] == UInt8(ascii: "]")
        else { return nil }
        return (seconds, j)
    }

    private static func monthNumber(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i + 3 <= b.count else { return nil }
        let key = (UInt32(LogBytes.lower(b[i])) << 16) | (UInt32(LogBytes.lower(b[i + 1])) << 8) | UInt32(LogBytes.lower(b[i + 2]))
        switch key {
        case 0x6A_616E: return 1  // jan
        case 0x66_6562: return 2  // feb
        case 0x6D_6172: return 3  // mar
        case 0x61_7072: return 4  // apr
        case 0x6D_6179: return 5  // may
        case 0x6A_756E: return 6  // jun
        case 0x6A_756C: return 7  // jul
        case 0x61_7567: return 8  // aug
        case 0x73_6570: return 9  // sep
        case 0x6F_6374: return 10  // oct
        case 0x6E_6F76: return 11  // nov
        case 0x64_6563: return 12  // dec
        default: return nil
        }
    }

    /// The current UTC year and time, read once per process.
    private static let now: (year: Int, seconds: Double) = {
        let seconds = Double(time(nil))
        let days = Int((seconds / 86_400).rounded(.down))
        return (Timestamp.civilFromDays(days).year, seconds)
    }()

    private static func yearless(month: Int, day: Int, clock: Double) -> Double {
        var year = now.year
        var seconds = Double(Timestamp.daysFromCivil(year: year, month: month, day: day) * 86_400) + clock
        if seconds > now.seconds + 86_400 {
            year -= 1
            seconds = Double(Timestamp.daysFromCivil(year: year, month: month, day: day) * 86_400) + clock
        }
        return seconds
    }
}
