/// Writes the `metrics` section: half the series in the map form (with units), half as a Prometheus range-query
/// response (`status` + `data.result`, string values) inside the same object, so one file exercises both readers.
struct MetricGenerator {
    let scenario: Scenario
    let series: Int

    /// A metric family: names in three styles, a unit, a baseline, noise, and the shift after the deploy.
    private struct Family {
        var names: [String]
        var unit: String
        var base: Double
        var noise: Double
        var shift: Double
        var decimals: Int
    }

    private let families: [Family] = [
        Family(
            names: ["http_request_duration_seconds_p50", "http.server.duration.p50", "httpLatencyP50"], unit: "s", base: 0.045, noise: 0.006,
            shift: 1.3, decimals: 4),
        Family(
            names: ["http_request_duration_seconds_p95", "http.server.duration.p95", "httpLatencyP95"], unit: "s", base: 0.21, noise: 0.03,
            shift: 4.0, decimals: 4),
        Family(
            names: ["http_request_duration_seconds_p99", "http.server.duration.p99", "httpLatencyP99"], unit: "s", base: 0.48, noise: 0.07,
            shift: 8.0, decimals: 4),
        Family(
            names: ["http_requests_error_ratio", "http.server.error_ratio", "errorRatio"], unit: "ratio", base: 0.004, noise: 0.002, shift: 12.0,
            decimals: 5),
        Family(
            names: ["http_requests_per_second", "http.server.request_rate", "requestRate"], unit: "ops/s", base: 420, noise: 35, shift: 1.0,
            decimals: 2),
        Family(names: ["db_query_duration_ms", "db.client.query_time", "dbQueryTimeMs"], unit: "ms", base: 12, noise: 3, shift: 6.0, decimals: 3),
        Family(
            names: ["db_pool_connections_in_use", "db.client.connections.usage", "dbPoolInUse"], unit: "count", base: 3, noise: 1, shift: 1.6,
            decimals: 0),
        Family(
            names: ["db_pool_connections_max", "db.client.connections.max", "dbPoolMax"], unit: "count", base: 15, noise: 0, shift: 1.0, decimals: 0),
        Family(names: ["cache_hit_ratio", "cache.hit_ratio", "cacheHitRatio"], unit: "ratio", base: 0.93, noise: 0.01, shift: 1.0, decimals: 4),
        Family(
            names: ["process_cpu_usage_ratio", "process.cpu.utilization", "cpuUsage"], unit: "ratio", base: 0.35, noise: 0.05, shift: 1.2, decimals: 4
        ),
        Family(
            names: ["process_resident_memory_bytes", "process.memory.usage", "memoryBytes"], unit: "bytes", base: 3.1e8, noise: 6e6, shift: 1.05,
            decimals: 0),
        Family(names: ["queue_depth", "messaging.queue.depth", "queueDepth"], unit: "count", base: 40, noise: 8, shift: 3.0, decimals: 0),
    ]

    func write(to out: inout JSONWriter, rng: inout SplitMix64) {
        let mapCount = series / 2
        out.raw("{")
        for index in 0..<mapCount {
            if index > 0 { out.raw(",\n") }
            let (family, name, service) = describe(index)
            // Recording-rule style keys (`service:metric`) keep the map keys unique across services.
            out.key("\(service.split(separator: "-").joined(separator: "_")):\(name)")
            if index % 5 == 4 {
                writePoints(family: family, prometheus: false, out: &out, rng: &rng)  // the bare form
            } else {
                out.raw("{")
                out.key("unit")
                out.string(family.unit)
                out.raw(",")
                out.key("labels")
                out.raw("{\"service\":\"\(service)\",\"env\":\"prod\"},")
                out.key("points")
                writePoints(family: family, prometheus: false, out: &out, rng: &rng)
                out.raw("}")
            }
        }
        if mapCount > 0 { out.raw(",\n") }
        out.raw("\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n")
        for index in mapCount..<series {
            if index > mapCount { out.raw(",\n") }
            let (family, name, service) = describe(index)
            out.raw(
                "{\"metric\":{\"__name__\":\"\(name)\",\"service\":\"\(service)\",\"instance\":\"10.0.1.\(index % 250):9090\",\"job\":\"\(service)\"},"
            )
            out.key("values")
            writePoints(family: family, prometheus: true, out: &out, rng: &rng)
            out.raw("}")
        }
        out.raw("]}}")
    }

    /// The family, name (style varies with the series index) and service of series `index`.
    private func describe(_ index: Int) -> (Family, String, String) {
        let family = families[index % families.count]
        let name = family.names[(index / families.count) % family.names.count]
        let service = scenario.services[(index / (families.count * family.names.count)) % scenario.services.count]
        return (family, name, service)
    }

    private func writePoints(family: Family, prometheus: Bool, out: inout JSONWriter, rng: inout SplitMix64) {
        out.raw("[")
        // Only orders-api-like series shift after the deploy; the rest stay flat (a realistic mix).
        let shifts = rng.chance(0.3)
        var level = family.base
        for point in 0..<scenario.points {
            let planned = scenario.start + Double(point) * scenario.step
            let time = planned + (rng.unit() - 0.5) * 0.4  // scrape jitter
            if shifts && planned >= scenario.deployedAt {
                level = family.base * family.shift
            }
            var value = level + rng.gaussian() * family.noise * (level / family.base)
            if family.unit == "ratio" { value = min(max(value, 0), 1) } else { value = max(value, 0) }
            if point > 0 { out.raw(",") }
            out.raw("[")
            out.fixed(time, 3)
            out.raw(",")
            if prometheus {
                if rng.chance(0.0005) { out.raw("\"NaN\"") } else { out.string(Format.fixed(value, family.decimals)) }
            } else {
                out.fixed(value, family.decimals)
            }
            out.raw("]")
        }
        out.raw("]")
    }
}
