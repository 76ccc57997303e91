import Foundation

/// The Markdown tables `server-bench` prints, with the issue 7 targets checked.
enum MarkdownReport {
    static func render(figures: [EngineRun.Figures], peer: EngineRun.GetFigures?, options: BenchOptions, bodyBytes: Int) -> String {
        var lines: [String] = []
        let cores = ProcessInfo.processInfo.activeProcessorCount
        lines.append(
            "Machine: \(cores) cores (server, load generator and, in phase (b), wrk share them). Body: Examples/incidents/incident-b.json, "
                + "\(bodyBytes) bytes.")
        if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
            lines.append("Load average at the end (1, 5, 15 min): \(load.split(separator: " ").prefix(3).joined(separator: ", ")).")
        }
        lines.append("")
        lines.append(
            "**(a) POST /api/v1/incidents/analyze**, open loop: \(options.rate) req/s for \(options.seconds) s after a \(options.warmupSeconds) s warm-up, "
                + "\(options.connections) keep-alive connections, latency from the scheduled send time (ms).")
        lines.append("")
        lines.append("| engine | achieved req/s | p50 | p90 | p99 | max | errors | late starts | p99 ≤ 10 ms |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---|")
        for f in figures {
            lines.append(
                "| \(f.engine) | \(fixed(f.postAchievedRate, 1)) | \(fixed(f.post.p50)) | \(fixed(f.post.p90)) | \(fixed(f.post.p99)) | \(fixed(f.post.max)) "
                    + "| \(f.postErrors) | \(f.lateStarts) | \(verdict(f.post.p99 <= 10 && f.postErrors == 0)) |")
        }
        lines.append("")
        lines.append(
            "**Time from the 202 to the saved report** (`analyzed_at` − arrival of the 202, same clock; ms precision), for an even sample "
                + "of the accepted requests.")
        lines.append("")
        lines.append("| engine | sampled | p50 | p99 | max | unfinished | within 1 s |")
        lines.append("|---|---:|---:|---:|---:|---:|---|")
        for f in figures {
            lines.append(
                "| \(f.engine) | \(f.analysis.count) | \(fixed(f.analysis.p50)) | \(fixed(f.analysis.p99)) | \(fixed(f.analysis.max)) "
                    + "| \(f.analysisUnfinished) | \(verdict(f.analysis.max <= 1000 && f.analysisUnfinished == 0)) |")
        }
        lines.append("")
        lines.append("**(b) GET /api/v1/incidents/{id}** (one analysed incident, the report included) for \(options.getSeconds) s (latency ms).")
        lines.append("")
        lines.append("| server | tool | req/s | p50 | p90 | p99 | max | errors | ≥ 10,000 req/s |")
        lines.append("|---|---|---:|---:|---:|---:|---:|---:|---|")
        for f in figures {
            lines.append(getRow("alpha-sre, \(f.engine)", f.get, target: true))
        }
        if let peer { lines.append(getRow("FastAPI peer, SQLite", peer, target: false)) }
        return lines.joined(separator: "\n")
    }

    private static func getRow(_ name: String, _ g: EngineRun.GetFigures, target: Bool) -> String {
        "| \(name) | \(g.tool) | \(fixed(g.requestsPerSecond, 0)) | \(fixed(g.latency.p50)) | \(fixed(g.latency.p90)) | \(fixed(g.latency.p99)) "
            + "| \(fixed(g.latency.max)) | \(g.errors) | \(target ? verdict(g.requestsPerSecond >= 10_000 && g.errors == 0) : "—") |"
    }

    private static func verdict(_ met: Bool) -> String { met ? "met" : "**missed**" }

    private static func fixed(_ value: Double, _ digits: Int = 2) -> String {
        value.isNaN ? "—" : String(format: "%.\(digits)f", value)
    }
}
