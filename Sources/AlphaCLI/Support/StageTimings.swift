import AlphaCore

/// Wall time per stage of one `analyze` run, for `--timings` and the benchmark.
struct StageTimings {
    private(set) var stages: [(name: String, ms: Double)] = []
    var bytes = 0

    mutating func record(_ name: String, since start: ContinuousClock.Instant, clock: ContinuousClock) {
        let (s, atto) = (clock.now - start).components
        stages.append((name, Double(s) * 1000 + Double(atto) / 1e15))
    }

    func summary(signals: [String: Double], logRecords: Int, agents: [AgentRun]) -> String {
        var parts = stages.map { "\($0.name) \(Self.format($0.ms)) ms" }
        for key in ["logs", "metrics", "commits", "config", "detectors"] {
            if let ms = signals[key] { parts.append("signals.\(key) \(Self.format(ms)) ms") }
        }
        if let logs = signals["logs"], logs > 0 {
            parts.append("log stage \(Self.format(Double(logRecords) / logs * 1000 / 1e6)) M records/s")
        }
        if let decode = stages.first(where: { $0.name == "decode" })?.ms, decode > 0 {
            parts.append("decode \(Self.format(Double(bytes) / decode * 1000 / 1e6)) MB/s")
        }
        parts += agents.map { "\($0.name) \(Self.format($0.durationMs)) ms" }
        return "timings: " + parts.joined(separator: ", ")
    }

    static func format(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return String(r)
    }
}
