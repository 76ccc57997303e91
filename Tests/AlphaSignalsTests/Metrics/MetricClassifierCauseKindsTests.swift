import AlphaSignals
import Testing

/// Series that name a cause on their own: 429s, failed DNS responses, TLS failures, a certificate's remaining lifetime,
/// failed migrations — in names and in labels, in the three naming styles.
@Suite struct MetricClassifierCauseKindsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var labels: [String: String] = [:]
        var kind: MetricKind

        var testDescription: String { name + (labels.isEmpty ? "" : "\(labels.sorted { $0.key < $1.key })") }
    }

    static let cases: [Case] = [
        // Rate limiting: a status label, a code glued to a word, words.
        .init(name: "http_client_requests_total", labels: ["status": "429", "peer": "sendgrid"], kind: .rateLimited),
        .init(name: "http_requests_total", labels: ["code": "429"], kind: .rateLimited),
        .init(name: "http_request_duration_seconds_count", labels: ["code": "429"], kind: .rateLimited),
        .init(name: "grpc_client_handled_total", labels: ["grpc_code": "ResourceExhausted"], kind: .rateLimited),
        .init(name: "emailProviderHttp429PerMin", kind: .rateLimited),
        .init(name: "stripe.api.rate_limited", kind: .rateLimited),
        .init(name: "aws_dynamodb_throttled_requests_total", kind: .rateLimited),
        .init(name: "github_api_ratelimit_exceeded_total", kind: .rateLimited),
        // CPU throttling stays CPU throttling.
        .init(name: "container_cpu_cfs_throttled_periods_total", kind: .cpuThrottling),
        // DNS: failure codes from labels or names; DNS traffic is not the service's own.
        .init(name: "coredns_dns_responses_total", labels: ["rcode": "SERVFAIL"], kind: .dnsErrors),
        .init(name: "coredns_dns_responses:rate1m", labels: ["rcode": "NXDOMAIN"], kind: .dnsErrors),
        .init(name: "coredns_dns_responses_total", labels: ["rcode": "NOERROR"], kind: .unknown),
        .init(name: "coredns_dns_requests_total", kind: .unknown),
        .init(name: "coredns_forward_healthcheck_failures_total", kind: .dnsErrors),
        .init(name: "dns.lookup.errors", kind: .dnsErrors),
        .init(name: "resolverLookupFailures", kind: .dnsErrors),
        .init(name: "unbound_servfail_total", kind: .dnsErrors),
        // TLS failures and certificate lifetime.
        .init(name: "relay_delivery_failures_tls:rate1m", kind: .tlsErrors),
        .init(name: "envoy_cluster_ssl_handshake_error", kind: .tlsErrors),
        .init(name: "tlsHandshakeFailures", kind: .tlsErrors),
        .init(name: "x509_cert_verify_errors_total", kind: .tlsErrors),
        .init(name: "probe_ssl_cert_expiry_remaining_seconds", kind: .certExpiry),
        .init(name: "ssl.certificate.days_left", kind: .certExpiry),
        // Migrations: in the name, or in the name of the failed job.
        .init(name: "kube_job_status_failed", labels: ["job_name": "accounts-api-migrate-7c1e2a9"], kind: .migrationFailures),
        .init(name: "kube_job_status_failed", labels: ["job_name": "nightly-report"], kind: .errorRate),
        .init(name: "kube_job_status_failed", labels: ["job_name": "cache-warmer"], kind: .errorRate),
        .init(name: "schema_migrations_failed_total", kind: .migrationFailures),
        .init(name: "flyway.migration.errors", kind: .migrationFailures),
        // The scrape `job` label names the service, not a batch job.
        .init(name: "http_requests_error_ratio", labels: ["job": "migrator"], kind: .errorRatio),
        // Unchanged neighbours.
        .init(name: "http_requests_total", labels: ["code": "503"], kind: .errorRate),
        .init(name: "http_requests_total", labels: ["code": "404"], kind: .requestRate),
        .init(name: "checkout:http_5xx:ratio", kind: .errorRatio),
    ]

    @Test(arguments: cases)
    func classifies(_ expected: Case) {
        let labels = expected.labels.map { (key: $0.key, value: $0.value) }
        #expect(MetricClassifier.classify(name: expected.name, labels: labels, unit: nil).kind == expected.kind)
    }

    @Test func causeKindsAssumeRateOrCountUnits() {
        #expect(MetricClassifier.classify(name: "dns_lookup_errors", labels: [], unit: nil).unit == "per_s")
        #expect(MetricClassifier.classify(name: "tls_handshake_errors", labels: [], unit: nil).unit == "per_s")
        #expect(MetricClassifier.classify(name: "api_rate_limited", labels: [], unit: nil).unit == "per_s")
        #expect(MetricClassifier.classify(name: "kube_job_status_failed", labels: [("job_name", "db-migrate")], unit: nil).unit == "count")
        #expect(MetricClassifier.classify(name: "schema_migrations_failed_total", labels: [], unit: nil).isCounter)
    }
}
