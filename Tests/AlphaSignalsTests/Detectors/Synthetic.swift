/// Deterministic synthetic series for detector tests (no randomness from the system: a fixed LCG).
enum Synthetic {
    /// Uniform noise in [-1, 1] from a 64-bit LCG seeded per call.
    static func noise(count: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) * 2 - 1
        }
    }

    /// Five-minute timestamps from 2014-04-01 00:00:00 UTC.
    static func times(count: Int, step: Double = 300) -> [Double] {
        (0..<count).map { 1_396_310_400 + Double($0) * step }
    }

    /// A noisy level of 50 ± 1 with a daily sine of amplitude 10.
    static func daily(count: Int, seed: UInt64 = 7) -> [Double] {
        let n = noise(count: count, seed: seed)
        return (0..<count).map { i in
            let phase = Double(i % 288) / 288 * 2 * Double.pi
            return 50 + 10 * sine(phase) + n[i]
        }
    }

    /// sin without Foundation: a Taylor series after range reduction (enough for test shapes).
    static func sine(_ x: Double) -> Double {
        var y = x.truncatingRemainder(dividingBy: 2 * Double.pi)
        if y > Double.pi { y -= 2 * Double.pi }
        if y < -Double.pi { y += 2 * Double.pi }
        var term = y
        var sum = y
        for k in 1..<12 {
            term *= -y * y / Double((2 * k) * (2 * k + 1))
            sum += term
        }
        return sum
    }
}
