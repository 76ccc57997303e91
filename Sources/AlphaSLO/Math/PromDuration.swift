/// Prometheus-style durations (`5m`, `1h30m`, `30d`, `4w`), in whole minutes.
public enum PromDuration {
    /// Minutes in `text`, or `nil` when it is not a duration or is not a whole number of minutes.
    public static func minutes(_ text: String) -> Int? {
        guard let seconds = seconds(text), seconds % 60 == 0 else { return nil }
        return seconds / 60
    }

    /// Seconds in `text` (units `ms` is rejected; `s m h d w y`).
    public static func seconds(_ text: String) -> Int? {
        var total = 0
        var number = 0
        var haveNumber = false
        var any = false
        for b in text.utf8 {
            if b >= 48 && b <= 57 {
                let (n1, o1) = number.multipliedReportingOverflow(by: 10)
                let (n2, o2) = n1.addingReportingOverflow(Int(b - 48))
                guard !o1, !o2 else { return nil }
                number = n2
                haveNumber = true
                continue
            }
            guard haveNumber else { return nil }
            let unit: Int
            switch b {
            case UInt8(ascii: "s"): unit = 1
            case UInt8(ascii: "m"): unit = 60
            case UInt8(ascii: "h"): unit = 3600
            case UInt8(ascii: "d"): unit = 86_400
            case UInt8(ascii: "w"): unit = 604_800
            case UInt8(ascii: "y"): unit = 31_536_000
            default: return nil
            }
            let (p, o1) = number.multipliedReportingOverflow(by: unit)
            let (s, o2) = total.addingReportingOverflow(p)
            guard !o1, !o2 else { return nil }
            total = s
            number = 0
            haveNumber = false
            any = true
        }
        guard any, !haveNumber else { return nil }
        return total
    }

    /// The canonical text for a number of minutes (`43200` → `30d`, `90` → `1h30m`).
    public static func format(minutes: Int) -> String {
        guard minutes > 0 else { return "0m" }
        if minutes % 10_080 == 0 && minutes % 1440 != 0 { return "\(minutes / 10_080)w" }
        var rest = minutes
        var text = ""
        if rest >= 1440 && rest % 1440 == 0 { return "\(rest / 1440)d" }
        if rest >= 1440 {
            text += "\(rest / 1440)d"
            rest %= 1440
        }
        if rest >= 60 {
            text += "\(rest / 60)h"
            rest %= 60
        }
        if rest > 0 { text += "\(rest)m" }
        return text
    }
}
