/// The state of the modelled stack that changes only by deploys, config or outside events: a FastAPI service on
/// gunicorn/uvicorn workers, a SQLAlchemy pool in front of PostgreSQL, a Redis cache and one outbound HTTP dependency.
/// Every value is a `Double` addressed by a ``Knob`` (booleans are 0/1), so faults and fixes are data.
public struct SystemParameters: Sendable, Equatable {
    private var values: [Knob: Double]

    /// The healthy baseline of the modelled service.
    public static let baseline = SystemParameters(values: [
        .workers: 4, .threadsPerWorker: 1000, .workerTimeoutSeconds: 30, .cpuCores: 4, .cpuMsPerRequest: 9,
        .trafficMultiplier: 1,
        .poolSize: 20, .maxOverflow: 10, .poolTimeoutSeconds: 30, .queriesPerRequest: 4, .indexedQueryMs: 1.5,
        .hotQueryFraction: 0.06, .hotQueryIndexed: 1, .tableRows: 4_000_000, .seqScanMsPerMillionRows: 180, .dbCores: 8,
        .statementTimeoutMs: 5000, .lockedRequestFraction: 0.08, .lockHoldMs: 4, .hotRows: 40, .lockTimeoutMs: 3000,
        .brokenSchemaFraction: 0,
        .cacheEnabled: 1, .cacheReachable: 1, .cacheTTLSeconds: 300, .cacheableFraction: 0.7, .cacheKeys: 30000,
        .dependencyCallsPerRequest: 0.3, .dependencyLatencyMs: 90, .dependencyTimeoutSeconds: 5, .dependencyRetries: 2,
        .dependencyCapacityRps: 250, .dependencyFailureRatio: 0.001, .dependencyReachable: 1, .dependencyTLSValid: 1,
        .dependencyResolvable: 1, .dependencyRateLimitRps: 0, .dependencyRejectRatio: 0, .dependencyBackoffMs: 100, .poolHeldDuringDependency: 0.5,
        .codeErrorRatio: 0.0003, .configErrorRatio: 0, .memoryLeakBytesPerRequest: 0, .memoryLimitBytes: 2_147_483_648,
        .memoryBaselineBytes: 620_000_000, .diskCapacityBytes: 53_687_091_200, .diskWriteBytesPerRequest: 350,
        .diskExtraBytesPerSecond: 0,
    ])

    init(values: [Knob: Double]) {
        self.values = values
    }

    /// A knob's value (0 for a knob never set).
    public subscript(knob: Knob) -> Double {
        get { values[knob] ?? 0 }
        set { values[knob] = newValue.isFinite ? newValue : 0 }
    }

    /// A boolean knob.
    func flag(_ knob: Knob) -> Bool { self[knob] >= 0.5 }

    /// A count knob, at least `minimum`.
    func count(_ knob: Knob, minimum: Int = 0) -> Int {
        let v = self[knob]
        guard v.isFinite else { return minimum }
        return max(minimum, Int(min(v, 1e9)))
    }
}
