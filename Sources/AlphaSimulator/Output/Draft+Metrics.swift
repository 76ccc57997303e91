import AlphaCore

extension Draft {
    /// The metrics section in the style's naming and container. A few secondary series are sometimes missing, as in
    /// real setups where not every exporter is installed.
    mutating func metricsSection() -> JSONValue {
        let naming = style.metricNaming
        let core: Set<String> = ["http_requests_per_second", "http_request_duration_seconds_p99", "http_requests_error_ratio"]
        var chosen: [MetricQuantity] = []
        for q in MetricQuantity.all where core.contains(q.prometheus) || !rng.chance(0.08) { chosen.append(q) }
        let service = IncidentGenerator.service
        var map: [(key: String, value: JSONValue)] = []
        var matrix: [JSONValue] = []
        for q in chosen {
            let name = q.name(naming)
            let scale = q.scale(naming)
            var labels: [(key: String, value: JSONValue)] = [("service", .string(service))]
            if q.prometheus.hasPrefix("http_client") { labels.append(("peer", .string(dependency))) }
            switch style.metricContainer {
            case .mapOfPoints:
                map.append((name, .array(metrics.map { .array([.number($0.time), .number(q.value($0) * scale)]) })))
            case .mapOfSeries:
                map.append(
                    (
                        name,
                        .object(
                            JSONObject([
                                ("unit", .string(q.unit(naming))), ("labels", .object(JSONObject(labels))),
                                (
                                    "points",
                                    .array(metrics.map { .array([.string(TimeFormat.iso($0.time, millis: false)), .number(q.value($0) * scale)]) })
                                ),
                            ]))
                    ))
            case .prometheusMatrix, .prometheusResponse:
                let metric = [("__name__", JSONValue.string(name))] + labels + [("job", .string(service)), ("instance", .string("10.0.1.12:8000"))]
                matrix.append(
                    .object(
                        JSONObject([
                            ("metric", .object(JSONObject(metric))),
                            ("values", .array(metrics.map { .array([.number($0.time), .string(JSONText.number(q.value($0) * scale))]) })),
                        ])))
            }
        }
        switch style.metricContainer {
        case .mapOfPoints, .mapOfSeries: return .object(JSONObject(map))
        case .prometheusMatrix: return .array(matrix)
        case .prometheusResponse:
            return .object(
                JSONObject([
                    ("status", .string("success")),
                    ("data", .object(JSONObject([("resultType", .string("matrix")), ("result", .array(matrix))]))),
                ]))
        }
    }
}
