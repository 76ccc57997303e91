#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny deterministic generator (Steele, Lea & Flood's SplitMix64): the same seed gives the same incident on every
/// platform, which `RandomNumberGenerator`'s system source cannot promise.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose whole future is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Uniform integer in `range` (never traps on an empty range: returns its lower bound).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return range.lowerBound }
        return range.lowerBound + Int(next() % span)
    }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }

    /// Exponential with the given mean.
    mutating func exponential(mean: Double) -> Double { -mean * log(1 - unit()) }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u1 = max(unit(), 1e-12)
        let u2 = unit()
        return sqrt(-2 * log(u1)) * cos(2 * Double.pi * u2)
    }

    /// Log-normal with the given mean and shape σ.
    mutating func logNormal(mean: Double, sigma: Double) -> Double {
        mean * exp(sigma * normal() - sigma * sigma / 2)
    }

    /// Poisson count (Knuth for small means, a rounded normal beyond).
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0, mean.isFinite else { return 0 }
        if mean > 30 { return max(0, Int((mean + sqrt(mean) * normal()).rounded())) }
        let limit = exp(-mean)
        var k = 0
        var p = unit()
        while p > limit, k < 1000 {
            k += 1
            p *= unit()
        }
        return k
    }

    /// One element of a non-empty array (the first when empty arrays are passed by mistake is impossible: callers pass literals).
    mutating func pick<T>(_ items: [T]) -> T? {
        guard !items.isEmpty else { return nil }
        return items[int(0...(items.count - 1))]
    }

    /// A lowercase hex string of `count` digits (commit shas, trace ids).
    mutating func hex(_ count: Int) -> String {
        var out = ""
        out.reserveCapacity(count)
        let digits = Array("0123456789abcdef")
        for _ in 0..<count { out.append(digits[Int(next() & 15)]) }
        return out
    }
}
