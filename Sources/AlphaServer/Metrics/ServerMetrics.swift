import Metrics
public import Prometheus
import Synchronization

/// The server's Prometheus metrics, recorded through swift-metrics with an explicit factory (so tests and several
/// servers in one process do not share the global `MetricsSystem`), and exposed by `GET /metrics`.
public final class ServerMetrics: Sendable {
    /// The registry `/metrics` renders.
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    private struct RouteKey: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    private let requestCounters = Mutex<[RouteKey: Metrics.Counter]>([:])
    private let requestTimers = Mutex<[RouteKey: Metrics.Timer]>([:])
    private let analysisCounters = Mutex<[String: Metrics.Counter]>([:])
    let analysisDuration: Metrics.Timer
    let jobsEnqueued: Metrics.Counter
    let jobsQueued: Metrics.Gauge
    let jobsRunning: Metrics.Meter
    let eventSubscribers: Metrics.Gauge
    private let queuedEstimate = Mutex(0)

    /// Metrics recorded into `registry`.
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        let analysisBuckets: [Duration] = [
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
        ]
        factory.durationHistogramBuckets["alpha_sre_analysis_duration_seconds"] = analysisBuckets
        factory.defaultDurationHistogramBuckets = [
            .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
            .milliseconds(500), .seconds(1), .seconds(5),
        ]
        self.factory = factory
        analysisDuration = Metrics.Timer(label: "alpha_sre_analysis_duration_seconds", dimensions: [], factory: factory)
        jobsEnqueued = Metrics.Counter(label: "alpha_sre_jobs_enqueued_total", dimensions: [], factory: factory)
        jobsQueued = Metrics.Gauge(label: "alpha_sre_jobs_queued", dimensions: [], factory: factory)
        jobsRunning = Metrics.Meter(label: "alpha_sre_jobs_running", dimensions: [], factory: factory)
        eventSubscribers = Metrics.Gauge(label: "alpha_sre_event_subscribers", dimensions: [], factory: factory)
    }

    /// Counts one answered request and its latency, by route pattern (never the raw path: ids would explode the
    /// label space).
    func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        let key = RouteKey(route: route, method: method, status: status)
        let counter = requestCounters.withLock { counters in
            if let existing = counters[key] { return existing }
            let made = Metrics.Counter(
                label: "alpha_sre_http_requests_total",
                dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory)
            counters[key] = made
            return made
        }
        counter.increment()
        let timerKey = RouteKey(route: route, method: method, status: 0)
        let timer = requestTimers.withLock { timers in
            if let existing = timers[timerKey] { return existing }
            let made = Metrics.Timer(
                label: "alpha_sre_http_request_duration_seconds", dimensions: [("route", route), ("method", method)], factory: factory)
            timers[timerKey] = made
            return made
        }
        timer.recordNanoseconds(duration.nanoseconds)
    }

    /// Counts a finished analysis (`outcome` is `succeeded` or `failed`) and its duration.
    func recordAnalysis(outcome: String, duration: Duration) {
        let counter = analysisCounters.withLock { counters in
            if let existing = counters[outcome] { return existing }
            let made = Metrics.Counter(label: "alpha_sre_analyses_total", dimensions: [("outcome", outcome)], factory: factory)
            counters[outcome] = made
            return made
        }
        counter.increment()
        analysisDuration.recordNanoseconds(duration.nanoseconds)
    }

    /// Tracks this process's view of the queue: +1 per enqueue, −1 per claim, reset when a claim finds it empty.
    func jobEnqueued() {
        jobsEnqueued.increment()
        jobsQueued.record(
            queuedEstimate.withLock {
                $0 += 1; return $0
            })
    }

    func jobClaimed() {
        jobsQueued.record(
            queuedEstimate.withLock {
                $0 = max(0, $0 - 1); return $0
            })
    }

    func jobStarted() { jobsRunning.increment() }

    func jobFinished() { jobsRunning.decrement() }

    func queueFoundEmpty() {
        jobsQueued.record(
            queuedEstimate.withLock {
                $0 = 0; return $0
            })
    }

    /// The Prometheus text exposition.
    public func render() -> [UInt8] {
        registry.emitToBuffer()
    }
}

extension Duration {
    /// Whole nanoseconds, saturating.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : scaled &+ attoseconds / 1_000_000_000
    }
}
