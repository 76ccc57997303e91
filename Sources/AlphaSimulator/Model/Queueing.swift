#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// M/M/c relations used by the model: a resource with `servers` identical servers, Poisson arrivals at `arrivalRate`
/// per second and exponential service with mean `serviceSeconds`.
public struct MMCQueue: Sendable, Equatable {
    public var servers: Int
    public var arrivalRate: Double
    public var serviceSeconds: Double

    /// A queue; non-positive inputs are clamped so that bad parameters can never trap.
    public init(servers: Int, arrivalRate: Double, serviceSeconds: Double) {
        self.servers = max(1, servers)
        self.arrivalRate = max(0, arrivalRate.isFinite ? arrivalRate : 0)
        self.serviceSeconds = max(1e-9, serviceSeconds.isFinite ? serviceSeconds : 1e-9)
        self.waitProbability = Self.erlangC(servers: self.servers, load: self.arrivalRate * self.serviceSeconds)
    }

    /// Offered load in Erlangs (a = λ·S).
    public var offeredLoad: Double { arrivalRate * serviceSeconds }

    /// Utilisation per server (ρ = a / c).
    public var utilisation: Double { offeredLoad / Double(servers) }

    /// Stable when ρ < 1; beyond, the queue grows until callers time out.
    public var isStable: Bool { utilisation < 1 }

    /// Erlang C: the probability that an arrival has to wait (1 when unstable). Computed once: the recurrence is O(c).
    public let waitProbability: Double

    static func erlangC(servers c: Int, load a: Double) -> Double {
        guard a < Double(c) else { return 1 }
        // Erlang B by the stable recurrence, then C from B.
        var b = 1.0
        var k = 1
        while k <= c {
            b = a * b / (Double(k) + a * b)
            k += 1
        }
        let rho = a / Double(c)
        return b / (1 - rho + rho * b)
    }

    /// The rate at which the queue drains when all servers are busy (cμ − λ).
    var drainRate: Double { Double(servers) / serviceSeconds - arrivalRate }

    /// Mean wait in queue, seconds (infinite when unstable).
    public var meanWait: Double {
        guard isStable else { return .infinity }
        return waitProbability / drainRate
    }

    /// P(wait > t): C · e^{−(cμ−λ)t} (1 when unstable).
    public func probabilityWaitExceeds(_ t: Double) -> Double {
        guard isStable else { return 1 }
        return waitProbability * exp(-drainRate * max(0, t))
    }

    /// Samples one arrival's wait from the M/M/c waiting-time distribution, using `u` and `v` uniform in [0, 1).
    func sampleWait(u: Double, v: Double, cap: Double) -> Double {
        guard isStable else { return cap * (0.5 + 0.5 * u) }
        guard u < waitProbability else { return 0 }
        return min(cap, -log(1 - v) / drainRate)
    }

    /// Mean number waiting, from Erlang C directly (Lq = C·ρ / (1 − ρ)); Little's law says it equals λ · Wq.
    public var meanQueueLength: Double {
        guard isStable else { return .infinity }
        return waitProbability * utilisation / (1 - utilisation)
    }

    /// Mean number in service (Little's law, L = λ·S, capped at the servers).
    public var meanBusy: Double { min(Double(servers), offeredLoad) }
}
