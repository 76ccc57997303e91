import AlphaCore

extension Draft {
    /// Alertmanager alerts for every rule whose threshold was crossed for two consecutive intervals after the change.
    mutating func alerts() -> [JSONValue] {
        let limit = parameters[.memoryLimitBytes]
        let rules: [(name: String, severity: String, summary: String, test: (IntervalMetrics) -> Bool, labels: [(String, String)])] = [
            ("HighErrorRate", "critical", "5xx ratio above 5% on orders-api", { $0.errorRatio > 0.05 }, []),
            ("HighLatencyP99", "warning", "p99 latency above 1s on orders-api", { $0.latencyP99Ms > 1000 }, []),
            ("DBConnectionPoolSaturated", "warning", "SQLAlchemy pool above 90% in use", { $0.poolInUse > 0.9 * $0.poolCapacity }, []),
            ("CacheHitRateLow", "warning", "Redis cache hit ratio below 50%", { $0.cacheHitRatio < 0.5 }, []),
            ("HighCPU", "warning", "CPU above 90% on orders-api pods", { $0.cpuPercent > 90 }, []),
            ("ContainerMemoryHigh", "warning", "memory above 90% of the limit", { $0.memoryBytes > 0.9 * limit }, []),
            ("PodOOMKilled", "critical", "orders-api container OOMKilled", { $0.oomKilled }, []),
            ("DiskAlmostFull", "critical", "data volume above 95%", { $0.diskUsedRatio > 0.95 }, [("mountpoint", "/var/lib/orders")]),
            ("UpstreamErrors", "warning", "errors calling \(dependency) above 20%", { $0.dependencyAttemptFailure > 0.2 }, [("peer", dependency)]),
        ]
        var fired: [(time: Double, alert: JSONValue, name: String)] = []
        let onsetIndex = metrics.firstIndex { $0.time >= onsetTime - intervalSeconds } ?? 0
        for rule in rules {
            // Rules that were already firing before the change are not part of this incident.
            if metrics.prefix(onsetIndex).filter(rule.test).count > 3 { continue }
            var run = 0
            for m in metrics.dropFirst(onsetIndex) {
                run = rule.test(m) ? run + 1 : 0
                if run >= 2 || (run >= 1 && rule.name == "PodOOMKilled") {
                    let t = m.time + intervalSeconds
                    fired.append((t, alert(rule.name, severity: rule.severity, summary: rule.summary, extra: rule.labels, at: t), rule.name))
                    break
                }
            }
        }
        if style.unrelatedAlert {
            let t = onsetTime + rng.uniform(-600, 600)
            fired.append(
                (
                    t,
                    alert(
                        "KubeJobFailed", severity: "warning", summary: "Job nightly-report-sync failed", extra: [("job_name", "nightly-report-sync")],
                        at: t), "KubeJobFailed"
                ))
        }
        fired.sort { $0.time < $1.time }
        firstAlertTime = fired.first { $0.name != "KubeJobFailed" }?.time
        if let first = fired.first(where: { $0.name != "KubeJobFailed" }) { title = "\(IncidentGenerator.service): \(first.name)" }
        return fired.map(\.alert)
    }

    private mutating func alert(_ name: String, severity: String, summary: String, extra: [(String, String)], at t: Double) -> JSONValue {
        var labels: [(key: String, value: JSONValue)] = [
            ("alertname", .string(name)), ("service", .string(IncidentGenerator.service)), ("severity", .string(severity)),
        ]
        for (k, v) in extra { labels.append((k, .string(v))) }
        return .object(
            JSONObject([
                ("status", .string("firing")), ("labels", .object(JSONObject(labels))),
                ("annotations", .object(JSONObject([("summary", .string(summary))]))),
                ("startsAt", .string(TimeFormat.iso(t, millis: false))), ("endsAt", .string("0001-01-01T00:00:00Z")),
                ("fingerprint", .string(rng.hex(16))),
            ]))
    }
}
