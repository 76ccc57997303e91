/// Counts occurrences on either side of the split. With the split known up front it counts before/after
/// directly; otherwise it keeps per-minute counts (bounded by the minutes the logs span) until the change point
/// is found. Untimed occurrences always count as "after".
struct LogSplitCounter {
    var before = 0
    var after = 0
    var untimed = 0
    var minutes: [Int64: Int] = [:]

    @inline(__always)
    mutating func add(_ timestamp: Double?, split: Double?) {
        guard let timestamp else {
            untimed += 1
            return
        }
        if let split {
            if timestamp < split { before += 1 } else { after += 1 }
        } else {
            minutes[LogSplitCounter.minute(timestamp), default: 0] += 1
        }
    }

    mutating func merge(_ other: LogSplitCounter) {
        before += other.before
        after += other.after
        untimed += other.untimed
        for (minute, count) in other.minutes { minutes[minute, default: 0] += count }
    }

    /// Before/after counts once the split minute (or none) is known.
    func resolved(splitMinute: Int64?) -> (before: Int, after: Int) {
        var b = before
        var a = after + untimed
        for (minute, count) in minutes {
            if let splitMinute, minute < splitMinute { b += count } else { a += count }
        }
        return (b, a)
    }

    /// The minute bucket of a timestamp (clamped so absurd values cannot trap).
    @inline(__always)
    static func minute(_ timestamp: Double) -> Int64 {
        let m = (timestamp / 60).rounded(.down)
        guard m.isFinite else { return 0 }
        return Int64(max(-1e15, min(1e15, m)))
    }
}
