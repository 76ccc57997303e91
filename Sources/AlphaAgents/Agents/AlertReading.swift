import AlphaCore

/// What firing Alertmanager alerts say: weak, corroborating evidence, read from the alert name and summary words.
enum AlertReading {
    /// Word in the alert's name or summary → what it supports.
    static let table: [(words: [String], weights: LabelWeights)] = [
        (["pool", "connection"], [.connectionPoolExhausted: 0.5]),
        (["slowquer", "querylatency", "dblatency", "databaselatency", "slow quer"], [.dbMissingIndex: 0.4]),
        (["cachehit", "cache hit", "hitrate", "hit rate"], [.cacheRemoved: 0.3, .cacheUnavailable: 0.3]),
        (["redisdown", "redis down", "cachedown"], [.cacheUnavailable: 0.8]),
        (["memory", "oom"], [.memoryLeak: 0.5]),
        (["cpu"], [.cpuSaturation: 0.5]),
        (["disk", "filesystem", "volume"], [.diskFull: 0.6]),
        (["certificate", "cert", "tls", "ssl"], [.certificateExpired: 0.6]),
        (["deadlock", "lock"], [.lockContention: 0.5]),
        (["dns"], [.dnsFailure: 0.6]),
        (["ratelimit", "rate limit", "429", "throttl"], [.rateLimited: 0.5]),
        (["upstream", "dependency", "thirdparty", "external"], [.dependencyFailure: 0.4]),
        (["traffic", "requestrate", "request rate", "rps"], [.trafficSpike: 0.4]),
        (["migration"], [.migrationFailure: 0.6]),
    ]

    static func findings(_ alerts: [Alert]) -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<String>()
        for alert in alerts where alert.status != "resolved" {
            let name = alert.label("alertname") ?? "alert"
            let text = (name + " " + (alert.annotation("summary") ?? "") + " " + (alert.annotation("description") ?? "")).lowercased()
            for (words, weights) in table where words.contains(where: { text.contains($0) }) {
                let id = "alerts:\(name):\(words[0])"
                guard seen.insert(id).inserted else { continue }
                let evidence = Evidence(
                    id: id, source: .alerts, summary: "alert \(name) firing" + (alert.annotation("summary").map { ": \($0)" } ?? ""),
                    ref: name, weight: 0, time: alert.startsAt
                )
                findings += weights.findings(strength: 1, evidence: evidence)
            }
        }
        return findings
    }
}
