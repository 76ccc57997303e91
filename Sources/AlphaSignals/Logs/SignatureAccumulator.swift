/// Everything gathered about one error/warn signature during the pass.
struct SignatureAccumulator {
    var template: String
    var level: LogLevel
    var category: ErrorCategory
    var counter = LogSplitCounter()
    var firstSeen: Double?
    var lastSeen: Double?
    var firstIndex: Int
    var example: String
    var hosts: [String: Int] = [:]
    var services: [String: Int] = [:]
    var trace: StackTrace?

    /// Distinct hosts and services kept per signature: enough to name the dependencies, bounded memory.
    static let maxNames = 32

    mutating func merge(_ other: SignatureAccumulator) {
        if other.firstIndex < firstIndex {
            firstIndex = other.firstIndex
            example = other.example
            if let t = other.trace { trace = t }
        } else if trace == nil {
            trace = other.trace
        }
        level = max(level, other.level)
        counter.merge(other.counter)
        firstSeen = SignatureAccumulator.earliest(firstSeen, other.firstSeen)
        lastSeen = SignatureAccumulator.latest(lastSeen, other.lastSeen)
        for (host, count) in other.hosts { SignatureAccumulator.bump(&hosts, host, by: count) }
        for (service, count) in other.services { SignatureAccumulator.bump(&services, service, by: count) }
    }

    /// Counts one more warn-or-worse record.
    mutating func add(timestamp: Double?, level: LogLevel, split: Double?, hosts: [String], service: String?, trace: StackTrace?) {
        counter.add(timestamp, split: split)
        if let timestamp {
            firstSeen = SignatureAccumulator.earliest(firstSeen, timestamp)
            lastSeen = SignatureAccumulator.latest(lastSeen, timestamp)
        }
        if level > self.level { self.level = level }
        for host in hosts { SignatureAccumulator.bump(&self.hosts, host) }
        if let service { SignatureAccumulator.bump(&services, service) }
        if self.trace == nil, let trace { self.trace = trace }
    }

    static func bump(_ names: inout [String: Int], _ name: String, by count: Int = 1) {
        if names[name] != nil || names.count < maxNames { names[name, default: 0] += count }
    }

    /// Names most frequent first, ties alphabetical.
    static func ranked(_ names: [String: Int]) -> [String] {
        names.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    static func earliest(_ a: Double?, _ b: Double?) -> Double? {
        guard let a else { return b }
        guard let b else { return a }
        return Swift.min(a, b)
    }

    static func latest(_ a: Double?, _ b: Double?) -> Double? {
        guard let a else { return b }
        guard let b else { return a }
        return Swift.max(a, b)
    }
}
