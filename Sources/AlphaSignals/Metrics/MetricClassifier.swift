/// Reads what a series measures from its name, labels and unit: table-driven over the name's words
/// (`MetricNameWords`), so Prometheus snake_case, dotted Datadog/StatsD names and camelCase all go through one path.
///
/// Prometheus conventions:
/// - `_total` marks a counter (turned into a per-second rate by the analyzer).
/// - Histogram families: `_count` is the observation count, so it is classified as request (or dependency) traffic,
///   a counter. `_bucket` (one series per `le` bound) and `_sum` are kept as `unknown` per-second counters: a single
///   bucket's rate moves with traffic as much as with latency, so calling it latency would raise false latency
///   anomalies; latency comes from quantile series (`quantile` label, `_p99`, `.95percentile`) instead, including the
///   p50/p95/p99 series `MetricsAnalyzer` rebuilds from a family's buckets (`HistogramQuantiles`).
/// - `quantile="0.99"` (or a `percentile` label) sets the percentile.
/// - Unit words in the name: `_seconds`/`_ms`/`_us`/`_ns` → `s`; `_ratio`/`_fraction` → `ratio` as is;
///   `_percent`/`_pct` → `ratio` ×0.01; `_bytes` → `bytes`; `_kib`/`_mib`/`_gib` (and kb/mb/gb) → bytes ×1024ⁿ.
///   An explicit unit field wins over the name. A counter's unit is that of its per-second rate (`per_s`, or `cores`
///   for CPU seconds).
/// - A status-like label (`code`, `status`, `status_code`, `outcome`, `result`) with a 5xx or failure value turns
///   request traffic into errors; a 429 value makes it rate limiting. A DNS `rcode` label with a failure value
///   (`SERVFAIL`, `NXDOMAIN`) makes a DNS series failed resolutions; migration words in a `job_name`/`cronjob` label
///   make a failed-job series a failed migration.
public enum MetricClassifier {
    /// Classifies one series.
    public static func classify(name: String, labels: [(key: String, value: String)], unit: String?) -> MetricClassification {
        let nameWords = MetricNameWords(name)
        var words = nameWords.set
        let labelFacts = LabelFacts(labels)
        if labelFacts.isError { words.insert("error") }
        words.formUnion(Self.labelWords(labelFacts, nameWords: nameWords))
        let dependency = labelFacts.dependency(nameIsAboutDependency: nameWords.contains(any: MetricVocabulary.dependencyName))
        let aboutDependency = dependency != nil || nameWords.contains(any: MetricVocabulary.dependencyName)
        let percentile = labelFacts.percentile ?? percentile(in: nameWords.words)

        // A recording rule (`level:metric:operations`, e.g. `http_requests_seconds_count:rate1m`) is read by its metric part;
        // a rate/increase operation means the series is already per second, not a counter.
        let recorded = RecordingRuleName(name)
        switch histogramPart(recorded.map { MetricNameWords(String($0.metric)) } ?? nameWords) {
        case .bucket, .sum:
            return MetricClassification(kind: .unknown, unit: "per_s", isCounter: recorded == nil, dependency: dependency)
        case .count:
            let kind: MetricKind =
                labelFacts.isRateLimited
                ? .rateLimited
                : labelFacts.isError ? (aboutDependency ? .dependencyErrors : .errorRate) : (aboutDependency ? .dependencyRate : .requestRate)
            return MetricClassification(kind: kind, unit: "per_s", isCounter: recorded == nil, dependency: dependency)
        case nil:
            break
        }

        let kind = kind(for: words, aboutDependency: aboutDependency)
        let isCounter = nameWords.last == "total"
        let stated = unit.flatMap(MetricUnit.parse(field:)) ?? MetricUnit.parse(words: nameWords.words)
        var normalised = stated ?? MetricUnit.assumed(for: kind)
        if isCounter {
            let rateName = kind == .cpu && normalised.name == "s" ? "cores" : "per_s"
            normalised = MetricUnit(name: rateName, scale: normalised.scale)
        }
        return MetricClassification(
            kind: kind, percentile: percentile, unit: normalised.name, scale: normalised.scale, isCounter: isCounter, dependency: dependency,
            unitIsAssumed: stated == nil && !isCounter)
    }

    private enum HistogramPart { case bucket, sum, count }

    /// Words the rule table reads from labels and from status codes glued to a word (`Http429` → `429`): a 429 status, a
    /// failed DNS response code, and migration words in the name of the job a series is about (only those: a job called
    /// `cache-warmer` does not make `kube_job_status_failed` a cache series).
    static func labelWords(_ facts: LabelFacts, nameWords: MetricNameWords) -> Set<String> {
        var words: Set<String> = []
        if facts.isRateLimited { words.insert("429") }
        if let code = facts.dnsFailureCode { words.insert(code) }
        words.formUnion(facts.jobWords.intersection(MetricVocabulary.migration))
        for word in nameWords.words where word.count > 3 && word.hasSuffix("429") && word.dropLast(3).allSatisfy(\.isLetter) {
            words.insert("429")
        }
        return words
    }

    /// Words that make a `_count`/`_sum` suffix a histogram or summary family rather than a gauge (`pg_locks_count`).
    private static let familyWords: Set<String> = MetricVocabulary.latency.union(MetricVocabulary.timeUnit).union([
        "bytes", "size", "seconds",
    ])

    private static func histogramPart(_ words: MetricNameWords) -> HistogramPart? {
        switch words.last {
        case "bucket": return .bucket
        case "sum" where words.contains(any: familyWords): return .sum
        case "count" where words.contains(any: familyWords): return .count
        default: return nil
        }
    }

    /// `p99`, `p999` (99.9), `99p`, `95percentile`, `median`.
    static func percentile(in words: [String]) -> Double? {
        for word in words.reversed() {
            if word == "median" { return 50 }
            var digits = Substring(word)
            if digits.hasPrefix("p") {
                digits = digits.dropFirst()
            } else if digits.hasSuffix("percentile") {
                digits = digits.dropLast("percentile".count)
            } else if digits.hasSuffix("p") {
                digits = digits.dropLast()
            } else {
                continue
            }
            guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy(\.isASCIIDigit) else { continue }
            if digits.count <= 2 { return Double(String(digits)) }
            guard digits.hasPrefix("99") else { continue }
            return Double("99." + digits.dropFirst(2))
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
