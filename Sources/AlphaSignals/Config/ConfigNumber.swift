import AlphaCore

/// Reads numeric config values with units into plain numbers in a base unit.
///
/// Units and what they become:
/// - durations → **seconds**: `ns`, `us`/`µs`, `ms`, `s`/`sec`/`secs`/`seconds`, `m`/`min`/`mins`/`minutes`, `h`/`hr`/`hours`, `d`/`days`
///   (`"500ms"` → 0.5, `"30s"` → 30, `"5m"` → 300).
/// - sizes → **bytes**: binary `Ki`/`Mi`/`Gi`/`Ti` (1024ⁿ, Kubernetes style) and decimal `k`/`K`/`M`/`G`/`T` and
///   `KB`/`MB`/`GB`/`TB` (1000ⁿ), `KiB`/`MiB`/`GiB`/`TiB` (1024ⁿ), `B` (`"512Mi"` → 536870912, `"1G"` → 1e9).
///   Note: `m` alone is minutes (durations are far more common in config than Kubernetes milli-units); CPU `"500m"` therefore
///   reads as 30000, which still gives the right ratio against another `m` value.
/// - percentages → the number as written (`"5%"` → 5).
/// - plain numbers and numeric strings (`"1.5"`, `"-3"`, `"1_000"`) → themselves; booleans are not numbers.
enum ConfigNumber {
    static func parse(_ value: JSONValue) -> Double? {
        switch value {
        case .number(let n): return n.isFinite ? n : nil
        case .string(let s): return parse(s)
        default: return nil
        }
    }

    static func parse(_ rawText: String) -> Double? {
        var text = rawText.trimmedWhitespace
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            text = String(text.dropFirst().dropLast()).trimmedWhitespace
        }
        guard !text.isEmpty, text.count <= 40 else { return nil }
        var numberPart = ""
        var index = text.startIndex
        if text[index] == "-" || text[index] == "+" {
            numberPart.append(text[index])
            index = text.index(after: index)
        }
        var sawDigit = false
        while index < text.endIndex {
            let c = text[index]
            if c.isASCII, c.isNumber {
                numberPart.append(c)
                sawDigit = true
            } else if c == "." || c == "e" && sawDigit && text.index(after: index) < text.endIndex && text[text.index(after: index)].isNumber {
                numberPart.append(c)
            } else if c == "_" && sawDigit {
                // digit separators
            } else {
                break
            }
            index = text.index(after: index)
        }
        guard sawDigit, let number = Double(numberPart), number.isFinite else { return nil }
        let unit = String(text[index...]).trimmedWhitespace
        guard let multiplier = multiplier(for: unit) else { return nil }
        return number * multiplier
    }

    private static func multiplier(for unit: String) -> Double? {
        switch unit {
        case "", "%", "x": return 1
        case "ns": return 1e-9
        case "us", "µs": return 1e-6
        case "ms": return 1e-3
        case "s", "sec", "secs", "second", "seconds": return 1
        case "m", "min", "mins", "minute", "minutes": return 60
        case "h", "hr", "hrs", "hour", "hours": return 3600
        case "d", "day", "days": return 86400
        case "B", "b": return 1
        case "k", "K", "KB", "kb": return 1e3
        case "M", "MB", "mb": return 1e6
        case "G", "GB", "gb": return 1e9
        case "T", "TB", "tb": return 1e12
        case "Ki", "KiB": return 1024
        case "Mi", "MiB": return 1_048_576
        case "Gi", "GiB": return 1_073_741_824
        case "Ti", "TiB": return 1_099_511_627_776
        default: return nil
        }
    }
}
