/// An exact rational number (numerator / denominator) used for SLO constants.
///
/// Objectives, budget shares and burn factors are decimals written by people (`99.9`, `14.4`, `0.02`).
/// Computing `1 - 0.999` or `14.4 * 0.001` in binary floating point gives `0.0010000000000000009` and
/// `0.014400000000000002`; we keep them exact and round once, to the nearest `Double`, when a value is needed.
public struct ExactRatio: Sendable, Hashable, CustomStringConvertible {
    /// The numerator (carries the sign).
    public let numerator: Int
    /// The denominator, always positive.
    public let denominator: Int

    /// A reduced ratio; `nil` when `denominator` is zero.
    public init?(_ numerator: Int, _ denominator: Int) {
        guard denominator != 0, numerator != Int.min, denominator != Int.min else { return nil }
        let sign = denominator < 0 ? -1 : 1
        let g = Self.gcd(abs(numerator), abs(denominator))
        self.numerator = sign * numerator / max(g, 1)
        self.denominator = abs(denominator) / max(g, 1)
    }

    /// An integer.
    public init(integer: Int) {
        numerator = integer
        denominator = 1
    }

    /// Parses a plain decimal (`99.9`, `0.999`, `-1`, `14.4`); no exponents, at most 18 significant digits.
    public init?(decimal text: String) {
        var mantissa = 0
        var scale = 0
        var seenDot = false
        var negative = false
        var digits = 0
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: "-") && i == 0 {
                negative = true
            } else if b == UInt8(ascii: "+") && i == 0 {
                continue
            } else if b == UInt8(ascii: ".") && !seenDot {
                seenDot = true
            } else if b >= 48 && b <= 57 {
                digits += 1
                guard digits <= 18 else { return nil }
                mantissa = mantissa * 10 + Int(b - 48)
                if seenDot { scale += 1 }
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        var denominator = 1
        for _ in 0..<scale { denominator *= 10 }
        self.init(negative ? -mantissa : mantissa, denominator)
    }

    /// The nearest `Double` (correctly rounded when both parts are below 2^53).
    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    /// `lhs * rhs`, `nil` on overflow.
    public static func * (lhs: ExactRatio, rhs: ExactRatio) -> ExactRatio? {
        // Cross-reduce first to keep the parts small.
        let g1 = max(gcd(abs(lhs.numerator), rhs.denominator), 1)
        let g2 = max(gcd(abs(rhs.numerator), lhs.denominator), 1)
        let (n, o1) = (lhs.numerator / g1).multipliedReportingOverflow(by: rhs.numerator / g2)
        let (d, o2) = (lhs.denominator / g2).multipliedReportingOverflow(by: rhs.denominator / g1)
        guard !o1, !o2 else { return nil }
        return ExactRatio(n, d)
    }

    /// `lhs - rhs`, `nil` on overflow.
    public static func - (lhs: ExactRatio, rhs: ExactRatio) -> ExactRatio? {
        let (a, o1) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator)
        let (b, o2) = rhs.numerator.multipliedReportingOverflow(by: lhs.denominator)
        let (d, o3) = lhs.denominator.multipliedReportingOverflow(by: rhs.denominator)
        guard !o1, !o2, !o3 else { return nil }
        let (n, o4) = a.subtractingReportingOverflow(b)
        guard !o4 else { return nil }
        return ExactRatio(n, d)
    }

    /// `lhs / rhs`, `nil` on overflow or division by zero.
    public static func / (lhs: ExactRatio, rhs: ExactRatio) -> ExactRatio? {
        guard rhs.numerator != 0, let inverse = ExactRatio(rhs.denominator, rhs.numerator) else { return nil }
        return lhs * inverse
    }

    /// The shortest decimal text of `doubleValue` (what goes into rules and JSON).
    public var description: String { denominator == 1 ? String(numerator) : String(doubleValue) }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
