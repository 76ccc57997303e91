/// A normalised unit and the factor that converts raw values to it.
struct MetricUnit: Sendable, Equatable {
    let name: String
    let scale: Double

    static let seconds = MetricUnit(name: "s", scale: 1)
    static let ratio = MetricUnit(name: "ratio", scale: 1)
    static let percent = MetricUnit(name: "ratio", scale: 0.01)
    static let bytes = MetricUnit(name: "bytes", scale: 1)
    static let count = MetricUnit(name: "count", scale: 1)
    static let perSecond = MetricUnit(name: "per_s", scale: 1)
    static let cores = MetricUnit(name: "cores", scale: 1)
    static let unknown = MetricUnit(name: "unknown", scale: 1)

    /// Unit spellings, as a unit field or as a name word. KB/MB/GB are read as binary multiples, as most exporters mean them.
    static let table: [String: MetricUnit] = [
        "s": .seconds, "sec": .seconds, "secs": .seconds, "second": .seconds, "seconds": .seconds,
        "ms": MetricUnit(name: "s", scale: 1e-3), "msec": MetricUnit(name: "s", scale: 1e-3),
        "millis": MetricUnit(name: "s", scale: 1e-3), "millisecond": MetricUnit(name: "s", scale: 1e-3),
        "milliseconds": MetricUnit(name: "s", scale: 1e-3),
        "us": MetricUnit(name: "s", scale: 1e-6), "µs": MetricUnit(name: "s", scale: 1e-6), "usec": MetricUnit(name: "s", scale: 1e-6),
        "micros": MetricUnit(name: "s", scale: 1e-6), "microsecond": MetricUnit(name: "s", scale: 1e-6),
        "microseconds": MetricUnit(name: "s", scale: 1e-6),
        "ns": MetricUnit(name: "s", scale: 1e-9), "nanos": MetricUnit(name: "s", scale: 1e-9),
        "nanosecond": MetricUnit(name: "s", scale: 1e-9), "nanoseconds": MetricUnit(name: "s", scale: 1e-9),
        "percent": .percent, "percentage": .percent, "pct": .percent, "%": .percent,
        "ratio": .ratio, "fraction": .ratio, "hitratio": .ratio,
        "b": .bytes, "by": .bytes, "byte": .bytes, "bytes": .bytes,
        "kb": MetricUnit(name: "bytes", scale: 1024), "kib": MetricUnit(name: "bytes", scale: 1024),
        "kibibytes": MetricUnit(name: "bytes", scale: 1024), "kilobytes": MetricUnit(name: "bytes", scale: 1024),
        "mb": MetricUnit(name: "bytes", scale: 1_048_576), "mib": MetricUnit(name: "bytes", scale: 1_048_576),
        "mebibytes": MetricUnit(name: "bytes", scale: 1_048_576), "megabytes": MetricUnit(name: "bytes", scale: 1_048_576),
        "gb": MetricUnit(name: "bytes", scale: 1_073_741_824), "gib": MetricUnit(name: "bytes", scale: 1_073_741_824),
        "gibibytes": MetricUnit(name: "bytes", scale: 1_073_741_824), "gigabytes": MetricUnit(name: "bytes", scale: 1_073_741_824),
        "count": .count, "1": .count, "{count}": .count, "{request}": .count, "{requests}": .count, "items": .count,
        "per_s": .perSecond, "/s": .perSecond, "1/s": .perSecond, "rps": .perSecond, "qps": .perSecond, "req/s": .perSecond,
        "ops/s": .perSecond, "persecond": .perSecond, "{request}/s": .perSecond,
        "cores": .cores, "core": .cores,
    ]

    /// Name words that state a unit; fewer than `table` so ordinary words (`count`, `s`) are not misread.
    static let nameWords: Set<String> = [
        "sec", "secs", "seconds", "ms", "msec", "millis", "milliseconds", "us", "usec", "micros", "microseconds", "ns", "nanos",
        "nanoseconds", "percent", "percentage", "pct", "ratio", "fraction", "hitratio", "bytes", "kb", "kib", "mb", "mib", "gb",
        "gib", "persecond", "rps", "qps", "cores",
    ]

    /// The unit a unit field states, if recognised.
    static func parse(field: String) -> MetricUnit? {
        table[field.lowercased().trimmingSpaces()]
    }

    /// The unit the name states: the last unit word wins (`…_ms` in `latency_p99_ms`).
    static func parse(words: [String]) -> MetricUnit? {
        for word in words.reversed() where nameWords.contains(word) {
            return table[word]
        }
        return nil
    }

    /// What a kind is measured in when nothing says.
    static func assumed(for kind: MetricKind) -> MetricUnit {
        switch kind {
        case .errorRatio, .cacheHitRatio, .cpu: return .ratio
        case .dbConnections, .poolInUse, .poolMax, .restarts, .dbQueriesPerRequest, .migrationFailures: return .count
        case .requestRate, .errorRate, .dependencyRate, .dependencyErrors, .cacheErrors, .rateLimited, .dnsErrors, .tlsErrors: return .perSecond
        default: return .unknown
        }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
