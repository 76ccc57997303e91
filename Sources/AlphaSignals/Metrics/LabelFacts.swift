/// What the labels of a series say about it: a percentile, an error status, a dependency.
struct LabelFacts: Sendable {
    /// Label keys (normalised: lower-case, `.`/`-` → `_`) that name the dependency on their own.
    static let strongDependencyKeys: [String] = [
        "dependency", "upstream", "upstream_cluster", "upstream_host", "upstream_service", "peer", "peer_service", "net_peer_name",
        "peer_host", "target", "target_service", "remote", "remote_service", "destination", "destination_service",
        "destination_workload", "downstream", "external_service", "client_name", "clientname", "server_address", "envoy_cluster_name",
    ]
    /// Keys that name the dependency only when the metric name is about one (`http_client_…{host="payments"}`): on their
    /// own they usually name the reporting machine (Datadog's `host` tag is on every series).
    static let weakDependencyKeys: [String] = ["host", "server", "service", "address", "addr", "url", "uri_host", "endpoint"]
    static let statusKeys: Set<String> = ["code", "status", "status_code", "http_status", "http_code", "response_code", "outcome", "result"]
    static let errorValues: Set<String> = ["error", "errors", "failure", "failed", "fail", "server_error", "exception", "timeout"]

    private var normalised: [(key: String, value: String)] = []
    private(set) var percentile: Double?
    private(set) var isError = false

    init(_ labels: [(key: String, value: String)]) {
        for label in labels {
            let key = String(label.key.lowercased().map { $0 == "." || $0 == "-" ? "_" : $0 })
            normalised.append((key, label.value))
            let value = label.value.lowercased()
            if key == "quantile" || key == "percentile" || key == "pct", let number = Double(value), number.isFinite, number >= 0 {
                // Int(x + 0.5) rounds without libm (x is in 0...1000 here), keeping 0.999 → 99.9 exact.
                percentile = number <= 1 ? Double(Int(number * 1000 + 0.5)) / 10 : number
            }
            if Self.statusKeys.contains(key), value.hasPrefix("5") || Self.errorValues.contains(value) {
                isError = true
            }
        }
    }

    func dependency(nameIsAboutDependency: Bool) -> String? {
        for key in Self.strongDependencyKeys {
            if let value = value(of: key) { return value }
        }
        guard nameIsAboutDependency else { return nil }
        for key in Self.weakDependencyKeys {
            if let value = value(of: key) { return value }
        }
        return nil
    }

    private func value(of key: String) -> String? {
        normalised.first { $0.key == key && !$0.value.isEmpty }?.value
    }
}
