#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Client traffic: a diurnal sine around `baseRps`, short multiplicative bursts and a little noise.
public struct TrafficProfile: Sendable, Equatable {
    /// Mean requests per second over a day.
    public var baseRps: Double
    /// Relative amplitude of the daily cycle (0.35 → ±35%).
    public var diurnalAmplitude: Double
    /// Hour of day (UTC) of the daily peak.
    public var peakHour: Double
    /// Bursts: (start epoch, seconds, multiplier).
    public var bursts: [(start: Double, duration: Double, factor: Double)]

    /// A profile; `bursts` are extra load windows such as a marketing push.
    public init(
        baseRps: Double, diurnalAmplitude: Double = 0.35, peakHour: Double = 15, bursts: [(start: Double, duration: Double, factor: Double)] = []
    ) {
        self.baseRps = baseRps
        self.diurnalAmplitude = diurnalAmplitude
        self.peakHour = peakHour
        self.bursts = bursts
    }

    /// The expected rate at epoch second `t` (before noise).
    public func rate(at t: Double) -> Double {
        let hour = (t.truncatingRemainder(dividingBy: 86400)) / 3600
        var r = baseRps * (1 + diurnalAmplitude * cos(2 * Double.pi * (hour - peakHour) / 24))
        for b in bursts where t >= b.start && t < b.start + b.duration { r *= b.factor }
        return max(0, r)
    }

    public static func == (lhs: TrafficProfile, rhs: TrafficProfile) -> Bool {
        lhs.baseRps == rhs.baseRps && lhs.diurnalAmplitude == rhs.diurnalAmplitude && lhs.peakHour == rhs.peakHour
            && lhs.bursts.map(\.start) == rhs.bursts.map(\.start) && lhs.bursts.map(\.factor) == rhs.bursts.map(\.factor)
    }
}
