public import AlphaCore

/// The deterministic log analyzer: one pass over the incident's logs (two contiguous chunks in parallel) that
/// yields error signatures, categories, the before/after split, rates, spikes and stack traces.
///
/// Rates are error records (level error or fatal) per minute. Before the split the rate is floored at
/// `LogAnalyzer.rateFloor(beforeMinutes:)` — the larger of 0.1 errors/minute and one error over the whole
/// before-window — so a clean baseline gives a large but finite `errorRateIncrease`. Without a split (no
/// timestamps, or no change point) everything counts as "after", nothing is marked new and the increase is 1.
public struct LogAnalyzer: Sendable {
    /// Below this many items one core does the whole pass (splitting costs more than it saves).
    static let parallelThreshold = 20_000
    /// Most signatures and stack traces listed in the output (all are counted).
    static let maxSignatures = 1000
    static let maxStackTraces = 100

    /// Creates an analyzer.
    public init() {}

    /// Analyzes `logs`.
    /// - Parameter split: epoch seconds of the deploy, or nil to find the change point from the logs themselves.
    public func analyze(_ logs: [LogItem], split: Double?) async -> LogSignals {
        let summary = await scan(logs, split: split)
        return LogSignalsBuilder(summary: summary, split: split).build()
    }

    /// Scans `logs` in up to two chunks whose boundary falls on a line that can only start a record.
    func scan(_ logs: [LogItem], split: Double?) async -> LogChunkSummary {
        let count = logs.count
        guard count >= Self.parallelThreshold, let boundary = LogChunkBoundary.find(in: logs, from: count / 2) else {
            var scanner = LogChunkScanner(logs: logs, split: split)
            return scanner.scan(0..<count)
        }
        let seed = LogChunkBoundary.timestamp(before: boundary, in: logs)
        return await withTaskGroup(of: (Int, LogChunkSummary).self) { group in
            for (order, range) in [0..<boundary, boundary..<count].enumerated() {
                group.addTask {
                    var scanner = LogChunkScanner(logs: logs, split: split)
                    return (order, scanner.scan(range, seed: order == 0 ? nil : seed))
                }
            }
            var parts: [LogChunkSummary?] = [nil, nil]
            for await (order, part) in group { parts[order] = part }
            var merged = parts[0] ?? LogChunkSummary()
            if let second = parts[1] { merged.merge(second) }
            return merged
        }
    }
}

/// Where the second chunk may start: a record object, a JSON line or a line with a leading timestamp is never a
/// continuation (see `ContinuationRules`), so both chunks agree on the records around the boundary.
enum LogChunkBoundary {
    /// How far past the middle to look before giving up and scanning on one core.
    static let searchLimit = 50_000

    /// The nearest timestamp among the (up to 1,000) items before `index`, so the second chunk's untimed
    /// records inherit what a single pass would give them.
    static func timestamp(before index: Int, in logs: [LogItem]) -> Double? {
        var k = index - 1
        while k >= 0, k >= index - 1000 {
            switch logs[k] {
            case .record(let object):
                if let ts = object.timestamp { return ts }
            case .line(let text):
                if let ts = LogBytes.withBytes(text, { LineHeadParser.parse($0).timestamp }) { return ts }
            }
            k -= 1
        }
        return nil
    }

    static func find(in logs: [LogItem], from start: Int) -> Int? {
        var index = max(start, 1)
        let limit = min(logs.count, index + searchLimit)
        while index < limit {
            switch logs[index] {
            case .record:
                return index
            case .line(let text):
                let strong = LogBytes.withBytes(text) { b in
                    guard let first = b.first else { return false }
                    return first == UInt8(ascii: "{") || LogTimestampParser.parse(b, from: 0) != nil
                }
                if strong { return index }
            }
            index += 1
        }
        return nil
    }
}
