/// Finds 1-minute buckets whose error count is far above a running baseline (the mean of the preceding
/// `window` minutes, zeros included): LogPoisson upper tail below `tailProbability` and at least `minimumErrors`.
/// Consecutive spike minutes are merged into one spike.
enum LogSpikeDetector {
    static let window: Int64 = 10
    static let minimumHistory: Int64 = 3
    static let minimumErrors = 5
    static let tailProbability = 1e-4
    /// Baseline floor (errors per minute): a silent history does not make one error a spike.
    static let baselineFloor = 0.2

    static func detect(_ counts: [Int64: Int], firstMinute: Int64) -> [LogSpike] {
        let sorted = counts.sorted { $0.key < $1.key }
        var spikes: [LogSpike] = []
        var windowSum = 0
        var tail = 0
        for (index, entry) in sorted.enumerated() {
            let (minute, count) = entry
            // Slide the window [minute - window, minute - 1].
            while tail < index, sorted[tail].key < minute - window {
                windowSum -= sorted[tail].value
                tail += 1
            }
            defer { windowSum += count }
            let history = min(window, minute - firstMinute)
            guard history >= minimumHistory, count >= minimumErrors else { continue }
            let baseline = max(Double(windowSum) / Double(history), baselineFloor)
            guard LogPoisson.upperTail(count, baseline) < tailProbability else { continue }
            let start = Double(minute) * 60
            if var last = spikes.last, last.end == start {
                last.end = start + 60
                last.errors += count
                spikes[spikes.count - 1] = last
            } else {
                spikes.append(LogSpike(start: start, end: start + 60, errors: count, baseline: baseline))
            }
        }
        return spikes
    }
}
