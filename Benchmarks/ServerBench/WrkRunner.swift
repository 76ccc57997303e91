import Foundation

/// Runs `wrk` (if installed) and parses its summary: requests per second, latency percentiles, errors.
enum WrkRunner {
    struct Result {
        var requestsPerSecond: Double
        var latency: LatencySummary
        var errors: Int
        var command: String
    }

    /// The `wrk` executable on PATH, if any.
    static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/wrk"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(wrk: String, url: String, token: String, threads: Int, connections: Int, seconds: Int) throws -> Result {
        let arguments = ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency", "-H", "Authorization: Bearer \(token)", url]
        let output = try ServerProcess.runToCompletion(wrk, arguments)
        var rps = Double.nan
        var percentiles: [String: Double] = [:]
        var errors = 0
        var maxLatency = Double.nan
        var count = 0
        for rawLine in output.split(separator: "\n") {
            let fields = rawLine.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let first = fields.first else { continue }
            switch first {
            case "Requests/sec:": rps = fields.count > 1 ? Double(fields[1]) ?? .nan : .nan
            case "50%", "75%", "90%", "99%": if fields.count > 1 { percentiles[first] = milliseconds(fields[1]) }
            case "Latency": if fields.count > 3 { maxLatency = milliseconds(fields[3]) }
            case "Non-2xx": errors += Int(fields.last ?? "") ?? 0
            case "Socket": errors += fields.compactMap { Int($0.trimmingCharacters(in: .punctuationCharacters)) }.reduce(0, +)
            default:
                if fields.count > 1, fields[1] == "requests" { count = Int(first) ?? 0 }
            }
        }
        let latency = LatencySummary(
            count: count, p50: percentiles["50%"] ?? .nan, p90: percentiles["90%"] ?? .nan, p99: percentiles["99%"] ?? .nan, max: maxLatency)
        let shown = ["wrk", "-t\(threads)", "-c\(connections)", "-d\(seconds)s", "--latency", "-H", "'Authorization: Bearer …'", url]
        return Result(requestsPerSecond: rps, latency: latency, errors: errors, command: shown.joined(separator: " "))
    }

    /// `812.00us`, `1.23ms`, `2.01s` → milliseconds.
    static func milliseconds(_ text: String) -> Double {
        for (suffix, scale) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0), ("m", 60_000.0)] where text.hasSuffix(suffix) {
            return (Double(text.dropLast(suffix.count)) ?? .nan) * scale
        }
        return .nan
    }
}
