/// What the labels of a series say about it: a percentile, an error status, a dependency, a 429, a failed DNS response
/// code, the name of the job a series is about.
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
    static let statusKeys: Set<String> = [
        "code", "status", "status_code", "http_status", "http_code", "response_code", "outcome", "result", "grpc_code",
    ]
    static let errorValues: Set<String> = ["error", "errors", "failure", "failed", "fail", "server_error", "exception", "timeout"]
    /// Status values that mean "refused for our rate" (HTTP 429, gRPC RESOURCE_EXHAUSTED).
    static let rateLimitedValues: Set<String> = [
        "429", "too_many_requests", "toomanyrequests", "throttled", "rate_limited", "ratelimited", "resource_exhausted",
        "resourceexhausted",
    ]
    /// Keys of a DNS response code (CoreDNS `rcode`, Unbound/PowerDNS `rcode_name`).
    static let dnsCodeKeys: Set<String> = ["rcode", "dns_rcode", "rcode_name", "response_rcode"]
    /// Keys that name the batch job or task a series is about (kube-state-metrics `job_name`, `cronjob`); the scrape
    /// `job` label is not one of them: it names the service that exports every series.
    static let jobKeys: Set<String> = ["job_name", "cronjob", "cronjob_name", "task", "task_name", "migration", "owner_name"]

    private var normalised: [(key: String, value: String)] = []
    private(set) var percentile: Double?
    private(set) var isError = false
    /// A status label says the request was refused for its rate (429).
    private(set) var isRateLimited = false
    /// A DNS response code label with a failure value (`servfail`, `nxdomain`, ...), lower-case.
    private(set) var dnsFailureCode: String?
    /// The words of the job/task names in the labels (`accounts-api-migrate-7c1e2a9` → accounts, api, migrate, ...).
    private(set) var jobWords: Set<String> = []

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
            if Self.statusKeys.contains(key), Self.rateLimitedValues.contains(value) {
                isRateLimited = true
            }
            if Self.dnsCodeKeys.contains(key), MetricVocabulary.dnsFailureCode.contains(value) {
                dnsFailureCode = value
            }
            if Self.jobKeys.contains(key) {
                jobWords.formUnion(MetricNameWords(label.value).set)
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
