import AlphaCore

/// A normalised log level.
public enum LogLevel: String, Sendable, Codable, Comparable, CaseIterable {
    case trace, debug, info, warn, error, fatal

    var rank: Int {
        switch self {
        case .trace: 0
        case .debug: 1
        case .info: 2
        case .warn: 3
        case .error: 4
        case .fatal: 5
        }
    }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rank < rhs.rank }
}

/// What kind of error a log message describes, read from its wording.
public enum ErrorCategory: String, Sendable, Codable, CaseIterable, Hashable {
    case timeout
    case connectionRefused = "connection_refused"
    case poolTimeout = "pool_timeout"
    case tooManyConnections = "too_many_connections"
    /// A server refused our credentials (`password authentication failed`, SQLSTATE 28P01, Redis `WRONGPASS`).
    case authFailure = "auth_failure"
    case deadlock
    case lockTimeout = "lock_timeout"
    case statementTimeout = "statement_timeout"
    case slowQuery = "slow_query"
    case migration
    case oom
    case diskFull = "disk_full"
    case nullReference = "null_reference"
    case dns
    case tls
    case rateLimit = "rate_limit"
    case upstreamError = "upstream_error"
    case retry
    case cpuThrottle = "cpu_throttle"
    case crash
    case exception
    case other
}

/// A file:line:function frame of a parsed stack trace.
public struct StackFrame: Sendable, Codable, Equatable {
    public var file: String
    public var line: Int?
    public var function: String?

    public init(file: String, line: Int?, function: String?) {
        self.file = file
        self.line = line
        self.function = function
    }
}

/// A stack trace (Python, Java, Go, Node.js) found in the logs.
public struct StackTrace: Sendable, Codable, Equatable {
    public var language: String
    public var exceptionType: String?
    public var message: String?
    /// Outermost call first, as Python prints it (Java, Go and Node.js print the innermost first: their frames are
    /// reversed to this order).
    public var frames: [StackFrame]
    /// Index into the incident's `logs` array of the record that carries it.
    public var logIndex: Int
    /// The signature id of the record that carries it.
    public var signatureId: String?

    public init(language: String, exceptionType: String?, message: String?, frames: [StackFrame], logIndex: Int, signatureId: String?) {
        self.language = language
        self.exceptionType = exceptionType
        self.message = message
        self.frames = frames
        self.logIndex = logIndex
        self.signatureId = signatureId
    }

    enum CodingKeys: String, CodingKey {
        case language
        case exceptionType = "exception_type"
        case message, frames
        case logIndex = "log_index"
        case signatureId = "signature_id"
    }
}

/// A repeating message shape (variables masked) with its counts before and after the split.
public struct LogSignature: Sendable, Codable, Equatable {
    /// Stable hash of the template (hex), the same across runs and incidents.
    public var id: String
    /// The message with variables written `<*>`.
    public var template: String
    /// The most severe level seen for it.
    public var level: LogLevel
    public var category: ErrorCategory?
    public var countBefore: Int
    public var countAfter: Int
    /// Epoch seconds.
    public var firstSeen: Double?
    public var lastSeen: Double?
    /// Index into `logs` of its first occurrence.
    public var firstIndex: Int
    public var example: String
    /// True when it never occurs before the split and does after it (always false when there is no split).
    public var isNew: Bool
    /// Hosts, host:port pairs or service names that its messages name (dependencies), most frequent first.
    public var hosts: [String]
    /// Services that emitted it.
    public var services: [String]

    public init(
        id: String, template: String, level: LogLevel, category: ErrorCategory?, countBefore: Int, countAfter: Int, firstSeen: Double?,
        lastSeen: Double?, firstIndex: Int, example: String, isNew: Bool, hosts: [String], services: [String]
    ) {
        self.id = id
        self.template = template
        self.level = level
        self.category = category
        self.countBefore = countBefore
        self.countAfter = countAfter
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.firstIndex = firstIndex
        self.example = example
        self.isNew = isNew
        self.hosts = hosts
        self.services = services
    }

    public var count: Int { countBefore + countAfter }

    enum CodingKeys: String, CodingKey {
        case id, template, level, category
        case countBefore = "count_before"
        case countAfter = "count_after"
        case firstSeen = "first_seen"
        case lastSeen = "last_seen"
        case firstIndex = "first_index"
        case example
        case isNew = "is_new"
        case hosts, services
    }
}

/// A burst of error records well above the running baseline.
public struct LogSpike: Sendable, Codable, Equatable {
    /// Epoch seconds of the spike's bucket start.
    public var start: Double
    public var end: Double
    public var errors: Int
    /// Errors per bucket expected from the baseline.
    public var baseline: Double

    public init(start: Double, end: Double, errors: Int, baseline: Double) {
        self.start = start
        self.end = end
        self.errors = errors
        self.baseline = baseline
    }
}

/// How many error records of one category were seen, after the split and before.
public struct CategoryCount: Sendable, Codable, Equatable {
    public var category: ErrorCategory
    public var countBefore: Int
    public var countAfter: Int

    public init(category: ErrorCategory, countBefore: Int, countAfter: Int) {
        self.category = category
        self.countBefore = countBefore
        self.countAfter = countAfter
    }

    enum CodingKeys: String, CodingKey {
        case category
        case countBefore = "count_before"
        case countAfter = "count_after"
    }
}

/// Where "before" ends and "after" begins, and why.
public struct SplitPoint: Sendable, Codable, Equatable {
    public enum Source: String, Sendable, Codable { case deployedAt = "deployed_at", changePoint = "change_point", none }
    /// Epoch seconds, nil when nothing could be found.
    public var time: Double?
    public var source: Source

    public init(time: Double?, source: Source) {
        self.time = time
        self.source = source
    }
}

/// The log analyzer's output: the seed's `error_rate_increase`, `dominant_error`, `new_error_signatures`, and more.
public struct LogSignals: Sendable, Codable, Equatable {
    public var totalRecords: Int
    public var errorRecords: Int
    public var warnRecords: Int
    public var split: SplitPoint
    /// Error records per minute before and after the split.
    public var errorRateBefore: Double
    public var errorRateAfter: Double
    /// after ÷ before (with a floor on before, so a clean baseline does not divide by zero): the floor is
    /// max(0.1, 1 ÷ minutes before the split) errors per minute. 1 when there is no split and there are errors.
    public var errorRateIncrease: Double
    public var dominantError: ErrorCategory?
    /// Records of every level per minute before and after the split (log volume follows traffic); 0 without a timed split.
    public var recordRateBefore: Double = 0
    public var recordRateAfter: Double = 0
    /// Records below warn level per minute before and after the split: the volume that follows traffic, not trouble.
    public var routineRateBefore: Double = 0
    public var routineRateAfter: Double = 0
    /// Ids of signatures that are new after the split (error and warn levels).
    public var newErrorSignatures: [String]
    /// Error and warn signatures, most frequent after the split first (info and below are counted, not listed).
    public var signatures: [LogSignature]
    public var categories: [CategoryCount]
    public var spikes: [LogSpike]
    public var stackTraces: [StackTrace]

    public init(
        totalRecords: Int = 0, errorRecords: Int = 0, warnRecords: Int = 0, split: SplitPoint = SplitPoint(time: nil, source: .none),
        errorRateBefore: Double = 0, errorRateAfter: Double = 0, errorRateIncrease: Double = 0, dominantError: ErrorCategory? = nil,
        newErrorSignatures: [String] = [], signatures: [LogSignature] = [], categories: [CategoryCount] = [], spikes: [LogSpike] = [],
        stackTraces: [StackTrace] = []
    ) {
        self.totalRecords = totalRecords
        self.errorRecords = errorRecords
        self.warnRecords = warnRecords
        self.split = split
        self.errorRateBefore = errorRateBefore
        self.errorRateAfter = errorRateAfter
        self.errorRateIncrease = errorRateIncrease
        self.dominantError = dominantError
        self.newErrorSignatures = newErrorSignatures
        self.signatures = signatures
        self.categories = categories
        self.spikes = spikes
        self.stackTraces = stackTraces
    }

    enum CodingKeys: String, CodingKey {
        case totalRecords = "total_records"
        case errorRecords = "error_records"
        case warnRecords = "warn_records"
        case split
        case errorRateBefore = "error_rate_before"
        case errorRateAfter = "error_rate_after"
        case errorRateIncrease = "error_rate_increase"
        case dominantError = "dominant_error"
        case recordRateBefore = "record_rate_before"
        case recordRateAfter = "record_rate_after"
        case routineRateBefore = "routine_rate_before"
        case routineRateAfter = "routine_rate_after"
        case newErrorSignatures = "new_error_signatures"
        case signatures, categories, spikes
        case stackTraces = "stack_traces"
    }
}
