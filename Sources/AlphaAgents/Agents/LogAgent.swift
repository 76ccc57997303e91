import AlphaCore
import AlphaSignals

/// Reads the log signals: which kinds of error appeared or grew after the split, what they name, and where stack
/// traces point.
public struct LogAgent: Agent {
    public let name = "LogAgent"

    public init() {}

    /// What each category of error message supports, at full strength.
    static let table: [ErrorCategory: LabelWeights] = [
        .poolTimeout: [.connectionPoolExhausted: 2.2, .dbMissingIndex: 0.4, .lockContention: 0.3],
        .tooManyConnections: [.connectionPoolExhausted: 1.6],
        // Credentials refused: a secret or user changed, or was rotated on one side only.
        .authFailure: [.badConfig: 1.6],
        .statementTimeout: [.dbMissingIndex: 1.3, .lockContention: 0.6],
        .slowQuery: [.dbMissingIndex: 1.6, .nPlusOneQuery: 0.3],
        .deadlock: [.lockContention: 2.6],
        .lockTimeout: [.lockContention: 2.2, .migrationFailure: 0.5],
        .migration: [.migrationFailure: 2.6],
        .oom: [.memoryLeak: 2.2],
        .diskFull: [.diskFull: 3.0],
        .nullReference: [.codeRegression: 1.8],
        .dns: [.dnsFailure: 2.8],
        .tls: [.certificateExpired: 2.8],
        .rateLimit: [.rateLimited: 2.8],
        .upstreamError: [.dependencyFailure: 1.6],
        .retry: [.retryStorm: 1.4, .dependencyFailure: 0.4],
        .crash: [.memoryLeak: 0.6, .cpuSaturation: 0.4],
        .cpuThrottle: [.cpuSaturation: 1.8],
        .exception: [.codeRegression: 0.9],
    ]

    /// Connection failures mean different things depending on what they fail to reach.
    static let refusedByCache: LabelWeights = [.cacheUnavailable: 2.4]
    static let refusedByOther: LabelWeights = [.dependencyFailure: 1.8]
    static let timeoutByCache: LabelWeights = [.cacheUnavailable: 1.4]
    static let timeoutByOther: LabelWeights = [.dependencyFailure: 1.3, .retryStorm: 0.3]
    static let timeoutUnnamed: LabelWeights = [.dependencyFailure: 0.5]
    /// A new exception whose stack trace runs through a file a recent commit changed.
    static let traceIntoChangedFile: LabelWeights = [.codeRegression: 2.0]

    public func findings(in context: AgentContext) async throws -> [Finding] {
        let logs = context.signals.logs
        var findings: [Finding] = []
        for category in logs.categories where category.countAfter > 0 {
            let signatures = logs.signatures.filter { $0.category == category.category && $0.countAfter > 0 }
            guard let top = signatures.first else { continue }
            let strength = Self.strength(before: category.countBefore, after: category.countAfter, isNew: signatures.contains(where: \.isNew))
            let host = Self.dependency(of: signatures).map { Self.named($0, in: logs.signatures, config: context.signals.config.current) }
            let evidence = Evidence(
                id: "logs:\(category.category.rawValue)",
                source: .logs,
                summary: Self.summary(category, top: top, host: host),
                ref: "signature:\(top.id)",
                weight: 0,
                time: top.firstSeen
            )
            let culprit = Self.dependencyCategories.contains(category.category) ? host.map { Culprit(dependency: $0) } : nil
            findings += Self.weights(for: category.category, host: host).findings(strength: strength, evidence: evidence, culprit: culprit)
        }
        findings += Self.cacheWarningFindings(logs, config: context.signals.config.current)
        findings += Self.tracesIntoChangedFiles(logs: logs, commits: context.signals.commits)
        findings += Self.volumeFindings(logs)
        return findings
    }

    /// A failed cache read is handled (the code falls back to the database), so many stacks log it as a warning — Lettuce's
    /// `RedisConnectionException` in a Spring cache, go-redis's `dial tcp …:6379: connect: connection refused`. Warnings do
    /// not enter the error categories, so a cache that went away would otherwise leave no log evidence. Such warnings,
    /// new or grown after the split and naming a cache, are read like the errors, a little weaker (the service coped).
    static let warningDiscount = 0.8
    static let cacheWarningCategories: [ErrorCategory] = [.connectionRefused, .timeout, .dns]

    static func cacheWarningFindings(_ logs: LogSignals, config: [String: JSONValue]) -> [Finding] {
        var findings: [Finding] = []
        for category in cacheWarningCategories {
            let warnings = logs.signatures.filter { $0.level < .error && $0.category == category && $0.countAfter > 0 }
            guard let top = warnings.first, let host = dependency(of: warnings).map({ named($0, in: logs.signatures, config: config) }), isCache(host)
            else {
                continue
            }
            let before = warnings.reduce(0) { $0 + $1.countBefore }
            let after = warnings.reduce(0) { $0 + $1.countAfter }
            let strength = Self.strength(before: before, after: after, isNew: warnings.contains(where: \.isNew)) * warningDiscount
            let evidence = Evidence(
                id: "logs:warn:\(category.rawValue)", source: .logs,
                summary: "\(after) \(category.rawValue.replacing("_", with: " ")) warnings after the split (\(before) before), naming \(host): "
                    + "\"\(top.template.prefix(140))\"",
                ref: "signature:\(top.id)", weight: 0, time: top.firstSeen)
            let table = category == .connectionRefused ? refusedByCache : timeoutByCache
            findings += table.findings(strength: strength, evidence: evidence, culprit: Culprit(dependency: host))
        }
        return findings
    }

    /// Routine log volume (below warn level: access logs, request logs) follows traffic: a jump in it is the logs' view of
    /// a spike. Warnings and errors are left out, since an incident makes more of them whatever the traffic.
    static let volumeRose: LabelWeights = [.trafficSpike: 1.4]

    static func volumeFindings(_ logs: LogSignals) -> [Finding] {
        let before = logs.routineRateBefore
        let after = logs.routineRateAfter
        guard before > 0, after > 0, logs.split.time != nil else { return [] }
        let ratio = after / before
        guard ratio >= MetricsAgent.trafficRise else { return [] }
        let evidence = Evidence(
            id: "logs:volume", source: .logs,
            summary: "routine log volume ×\(MetricsAgent.format(ratio, digits: 1)) after the split "
                + "(\(MetricsAgent.format(before, digits: 1)) → \(MetricsAgent.format(after, digits: 1)) records/min)",
            ref: "logs", weight: 0, time: logs.split.time)
        return volumeRose.findings(strength: Strength.ratio(ratio, full: 4), evidence: evidence)
    }

    static func weights(for category: ErrorCategory, host: String?) -> LabelWeights {
        switch category {
        case .connectionRefused:
            return host.map(isCache) == true ? refusedByCache : refusedByOther
        case .timeout:
            guard let host else { return timeoutUnnamed }
            return isCache(host) ? timeoutByCache : timeoutByOther
        default:
            return table[category] ?? [:]
        }
    }

    /// How much a category's rise counts: volume after the split, and how new or how much grown it is.
    static func strength(before: Int, after: Int, isNew: Bool) -> Double {
        let volume = Strength.count(after, full: 30)
        if isNew && before == 0 { return volume }
        // Errors that were there before the deploy at a similar level are background, not news.
        let growth = Double(after + 1) / Double(before + 1)
        return volume * max(0.1, Strength.ratio(growth, full: 8))
    }

    /// Categories whose messages are about reaching something else: the host they name is the culprit.
    static let dependencyCategories: Set<ErrorCategory> = [
        .connectionRefused, .timeout, .upstreamError, .dns, .tls, .rateLimit, .retry, .tooManyConnections,
    ]

    /// Hosts that error messages link to for documentation, never a dependency (SQLAlchemy's "Background on this error at").
    static let documentationHosts = ["sqlalche.me", "docs.", "stackoverflow.com", "errors.pydantic.dev", "aka.ms", "go.dev", "developer.mozilla.org"]

    /// The dependency most named by the category's messages.
    static func dependency(of signatures: [LogSignature]) -> String? {
        var counts: [String: Int] = [:]
        for s in signatures {
            // The resolver (`lookup api.stripe.com on 10.96.0.10:53: no such host`) is how a name was looked up, not what was called.
            for h in s.hosts where !h.hasSuffix(":53") && !documentationHosts.contains(where: { h.hasPrefix($0) || h.contains("." + $0) }) {
                counts[h, default: 0] += s.countAfter
            }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// A bare IP (`10.0.7.21:6379`) is replaced by a host name other messages use for the same port (`sessions-redis:6379`):
    /// people know their dependencies by name.
    static func named(_ host: String, in signatures: [LogSignature]) -> String {
        let parts = host.split(separator: ":")
        guard let address = parts.first, address.allSatisfy({ $0.isNumber || $0 == "." }) else { return host }
        let port = parts.count == 2 ? ":" + parts[1] : nil
        var counts: [String: Int] = [:]
        for s in signatures {
            for h in s.hosts where h.first?.isLetter == true && (port.map { h.hasSuffix($0) } ?? !h.contains(":")) {
                counts[h, default: 0] += s.count
            }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? host
    }

    /// An address the logs give only as `ip:port`, named by the configuration when one configured endpoint uses that port
    /// (`dial tcp 10.0.2.5:6379` and `cache.url: redis://redis:6379/0` → `redis:6379`), as a responder reads it.
    static func named(_ host: String, in signatures: [LogSignature], config: [String: JSONValue]) -> String {
        let fromLogs = named(host, in: signatures)
        let parts = fromLogs.split(separator: ":")
        guard parts.count == 2, let address = parts.first, address.allSatisfy({ $0.isNumber || $0 == "." }) else { return fromLogs }
        let port = ":" + parts[1]
        var names = Set<String>()
        for value in config.values {
            guard case .string(let text) = value, let endpoint = configuredEndpoint(text), endpoint.hasSuffix(port) else { continue }
            names.insert(endpoint)
        }
        return names.count == 1 ? names.first ?? fromLogs : fromLogs
    }

    /// `redis://user@redis:6379/0` → `redis:6379`; `pg-primary:5432` → itself; nil without a port.
    static func configuredEndpoint(_ text: String) -> String? {
        var rest = Substring(text)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != " " }
        let parts = authority.split(separator: ":")
        guard parts.count == 2, parts[0].first?.isLetter == true, !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber) else { return nil }
        return String(authority)
    }

    static func isCache(_ host: String) -> Bool {
        let h = host.lowercased()
        return h.contains("redis") || h.contains("memcache") || h.contains("cache") || h.hasSuffix(":6379") || h.hasSuffix(":11211")
            || h.contains("valkey") || h.contains("elasticache")
    }

    static func summary(_ category: CategoryCount, top: LogSignature, host: String?) -> String {
        let name = category.category.rawValue.replacing("_", with: " ")
        var text = "\(category.countAfter) \(name) errors after the split (\(category.countBefore) before)"
        if let host { text += ", naming \(host)" }
        return text + ": \"\(top.template.prefix(140))\""
    }

    /// Categories of errors that code raises by itself (as opposed to timeouts, refused connections, full disks).
    static let codeErrorCategories: Set<ErrorCategory> = [.nullReference, .exception, .other]

    /// Stack traces of errors new after the split whose frames run through files that recent commits changed.
    static func tracesIntoChangedFiles(logs: LogSignals, commits: CommitSignals) -> [Finding] {
        guard !logs.stackTraces.isEmpty, !commits.commits.isEmpty else { return [] }
        // Only errors of the code itself: a pool or statement timeout raised in a changed file is a symptom of load, not a bug there.
        let newSignatures = Set(
            logs.signatures.filter {
                ($0.isNew || $0.countAfter > 3 * ($0.countBefore + 1)) && codeErrorCategories.contains($0.category ?? .other)
            }.map(\.id))
        var seen = Set<String>()
        var findings: [Finding] = []
        for trace in logs.stackTraces {
            guard let signature = trace.signatureId, newSignatures.contains(signature) else { continue }
            for frame in trace.frames.reversed() {
                guard let commit = commits.commits.first(where: { c in c.files.contains(where: { pathsMatch($0, frame.file) }) }),
                    let file = commit.files.first(where: { pathsMatch($0, frame.file) })
                else { continue }
                let key = "\(commit.sha):\(file)"
                if seen.insert(key).inserted {
                    let evidence = Evidence(
                        id: "logs:trace:\(signature):\(file)",
                        source: .logs,
                        summary: "\(trace.exceptionType ?? "exception") raised in \(file):\(frame.line.map(String.init) ?? "?")"
                            + " (\(frame.function ?? "?")), a file changed by \(commit.sha.prefix(7))",
                        ref: "signature:\(signature)",
                        weight: 0
                    )
                    findings += traceIntoChangedFile.findings(strength: 1, evidence: evidence, culprit: Culprit(commit: commit.sha, file: file))
                }
                break
            }
        }
        return findings
    }

    /// A frame's file (often absolute, `/app/orders/api.py`) and a repository path (`orders/api.py`) name the same file.
    static func pathsMatch(_ repoPath: String, _ framePath: String) -> Bool {
        guard !repoPath.isEmpty, !framePath.isEmpty else { return false }
        if repoPath == framePath { return true }
        return framePath.hasSuffix("/" + repoPath) || repoPath.hasSuffix("/" + framePath)
    }
}
