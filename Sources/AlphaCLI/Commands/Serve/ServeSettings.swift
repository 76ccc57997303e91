import AlphaServer
import Foundation
import Yams

/// `serve`'s settings from three sources, strongest first: flags, environment (`ALPHA_SRE_*`), a YAML or JSON file
/// (`--config`). Each key names its source in errors, e.g. `ALPHA_SRE_PORT: expected an integer, found "eighty"`.
struct ServeSettings: Equatable {
    var host = "127.0.0.1"
    var port = 8080
    var database: String?
    var maxBodyBytes = 10 * 1024 * 1024
    var bodyTimeoutSeconds = 30.0
    var idleTimeoutSeconds = 75.0
    var workers = 4
    var jobLeaseSeconds = 120.0
    var tokenCacheSeconds = 5.0
    var reportCacheMB = 64
    var logFormat = "auto"
    var logLevel = "info"

    /// The file's keys (snake_case) and the environment variables, in one table.
    static let keys: [(file: String, environment: String)] = [
        ("host", "ALPHA_SRE_HOST"), ("port", "ALPHA_SRE_PORT"), ("database", "ALPHA_SRE_DATABASE"),
        ("max_body_bytes", "ALPHA_SRE_MAX_BODY_BYTES"), ("body_timeout_seconds", "ALPHA_SRE_BODY_TIMEOUT_SECONDS"),
        ("idle_timeout_seconds", "ALPHA_SRE_IDLE_TIMEOUT_SECONDS"), ("workers", "ALPHA_SRE_WORKERS"),
        ("job_lease_seconds", "ALPHA_SRE_JOB_LEASE_SECONDS"), ("token_cache_seconds", "ALPHA_SRE_TOKEN_CACHE_SECONDS"),
        ("report_cache_mb", "ALPHA_SRE_REPORT_CACHE_MB"), ("log_format", "ALPHA_SRE_LOG_FORMAT"), ("log_level", "ALPHA_SRE_LOG_LEVEL"),
    ]

    /// A setting that could not be read; `source` is the file key, variable or flag.
    struct Invalid: Error, InputFailure {
        var source: String
        var problem: String
        var description: String { "\(source): \(problem)" }
    }

    /// Applies a config file's top-level mapping.
    mutating func apply(file text: String, path: String) throws(Invalid) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw Invalid(source: path, problem: "not valid YAML or JSON: \(error)")
        }
        guard let mapping = node?.mapping else { throw Invalid(source: path, problem: "expected a mapping of settings") }
        let known = Set(Self.keys.map(\.file))
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string, known.contains(key) else {
                throw Invalid(
                    source: "\(path): \(keyNode.string ?? "?")",
                    problem: "unknown setting; known: \(Self.keys.map(\.file).joined(separator: ", "))")
            }
            guard let value = valueNode.string else { throw Invalid(source: "\(path): \(key)", problem: "expected a scalar value") }
            try set(key, value, source: "\(path): \(key)")
        }
    }

    /// Applies `ALPHA_SRE_*` variables that are set.
    mutating func apply(environment: [String: String]) throws(Invalid) {
        for (key, variable) in Self.keys {
            if let value = environment[variable], !value.isEmpty { try set(key, value, source: variable) }
        }
    }

    /// Sets one value by its file key, validating it.
    mutating func set(_ key: String, _ value: String, source: String) throws(Invalid) {
        switch key {
        case "host": host = value
        case "port": port = try Self.integer(value, in: 0...65_535, source: source)
        case "database": database = value
        case "max_body_bytes": maxBodyBytes = try Self.integer(value, in: 1...(1 << 30), source: source)
        case "body_timeout_seconds": bodyTimeoutSeconds = try Self.seconds(value, source: source)
        case "idle_timeout_seconds": idleTimeoutSeconds = try Self.seconds(value, source: source)
        case "workers": workers = try Self.integer(value, in: 1...64, source: source)
        case "job_lease_seconds": jobLeaseSeconds = try Self.seconds(value, source: source)
        case "token_cache_seconds": tokenCacheSeconds = try Self.seconds(value, source: source, allowZero: true)
        case "report_cache_mb": reportCacheMB = try Self.integer(value, in: 0...65_536, source: source)
        case "log_format":
            guard ["auto", "json", "text"].contains(value) else {
                throw Invalid(source: source, problem: "expected auto, json or text, found \"\(value)\"")
            }
            logFormat = value
        case "log_level":
            guard ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(value) else {
                throw Invalid(source: source, problem: "expected trace, debug, info, notice, warning, error or critical, found \"\(value)\"")
            }
            logLevel = value
        default: throw Invalid(source: source, problem: "unknown setting")
        }
    }

    static func integer(_ text: String, in range: ClosedRange<Int>, source: String) throws(Invalid) -> Int {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw Invalid(source: source, problem: "expected an integer in \(range.lowerBound)...\(range.upperBound), found \"\(text)\"")
        }
        return value
    }

    static func seconds(_ text: String, source: String, allowZero: Bool = false) throws(Invalid) -> Double {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, allowZero ? value >= 0 : value > 0, value <= 86_400
        else { throw Invalid(source: source, problem: "expected seconds (a number up to 86400), found \"\(text)\"") }
        return value
    }

    /// The server configuration these settings describe.
    func serverConfiguration(requeueRunningJobsAtStart: Bool) -> ServerConfiguration {
        ServerConfiguration(
            host: host, port: port, maxBodyBytes: maxBodyBytes, bodyTimeout: .seconds(bodyTimeoutSeconds), idleTimeout: .seconds(idleTimeoutSeconds),
            workers: workers, jobLease: .seconds(jobLeaseSeconds), requeueRunningJobsAtStart: requeueRunningJobsAtStart,
            tokenCacheTTL: .seconds(tokenCacheSeconds), reportCacheBytes: reportCacheMB * 1024 * 1024)
    }
}
