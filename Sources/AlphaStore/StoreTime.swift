#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A wall-clock instant in whole microseconds since the Unix epoch: the one time representation every engine
/// stores (an integer column), so values round-trip exactly and order the same everywhere.
public struct StoreTime: Hashable, Comparable, Sendable, Codable {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public var microseconds: Int64

    /// An instant from microseconds since the epoch.
    public init(microseconds: Int64) {
        self.microseconds = microseconds
    }

    /// Seconds since the epoch, for formatting (`Timestamp.format`).
    public var seconds: Double { Double(microseconds) / 1_000_000 }

    /// The current wall-clock time.
    public static func now() -> StoreTime {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return StoreTime(microseconds: Int64(spec.tv_sec) &* 1_000_000 &+ Int64(spec.tv_nsec) / 1_000)
    }

    /// This instant shifted by `seconds` (negative for the past).
    public func adding(seconds: Int64) -> StoreTime {
        StoreTime(microseconds: microseconds &+ seconds &* 1_000_000)
    }

    /// Orders instants chronologically.
    public static func < (lhs: StoreTime, rhs: StoreTime) -> Bool {
        lhs.microseconds < rhs.microseconds
    }
}
