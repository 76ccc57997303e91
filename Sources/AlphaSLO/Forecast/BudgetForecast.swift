/// Time to budget exhaustion from a least-squares line through remaining budget over time.
public struct BudgetForecast: Sendable, Equatable, Codable {
    /// Direction of the burn (how fast budget goes), comparing the fit over the first and second half.
    public enum Trend: String, Sendable, Codable {
        /// Burning faster lately.
        case increasing
        /// Burning slower lately.
        case decreasing
        /// About the same.
        case stable
    }

    /// How far to trust the forecast.
    public enum Confidence: String, Sendable, Codable {
        /// R² ≥ 0.9 and at least 6 points.
        case high
        /// R² ≥ 0.7 and at least 4 points.
        case medium
        /// Anything else.
        case low
    }

    /// Slope of remaining budget per hour (PromQL `deriv`).
    public var slopePerHour: Double
    /// Fitted remaining budget at the last point (PromQL `predict_linear(v, 0)`).
    public var fittedRemaining: Double
    /// Hours until the line reaches 0 from the last point; `nil` when not exhausting (slope ≥ 0).
    public var hoursToExhaustion: Double?
    /// Coefficient of determination of the fit (1 = perfect line; 1 when all points are equal).
    public var rSquared: Double
    /// Burn trend.
    public var trend: Trend
    /// Confidence.
    public var confidence: Confidence
    /// Points used.
    public var points: Int

    /// A forecast (normally made by `fit`).
    public init(
        slopePerHour: Double, fittedRemaining: Double, hoursToExhaustion: Double?, rSquared: Double, trend: Trend, confidence: Confidence, points: Int
    ) {
        self.slopePerHour = slopePerHour
        self.fittedRemaining = fittedRemaining
        self.hoursToExhaustion = hoursToExhaustion
        self.rSquared = rSquared
        self.trend = trend
        self.confidence = confidence
        self.points = points
    }

    /// JSON with an explicit `"hoursToExhaustion": null` when not exhausting.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(slopePerHour, forKey: .slopePerHour)
        try c.encode(fittedRemaining, forKey: .fittedRemaining)
        try c.encode(hoursToExhaustion, forKey: .hoursToExhaustion)
        try c.encode(rSquared, forKey: .rSquared)
        try c.encode(trend, forKey: .trend)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(points, forKey: .points)
    }

    /// Fits `points` (time in hours, remaining budget). `nil` with fewer than 2 points or all at one time.
    public static func fit(_ points: [(hours: Double, remaining: Double)]) -> BudgetForecast? {
        guard let line = LeastSquares.fit(points.map { ($0.hours, $0.remaining) }), let last = points.last else { return nil }
        let fitted = line.intercept + line.slope * last.hours
        var hours: Double?
        if line.slope < 0 { hours = max(fitted, 0) / -line.slope }
        let n = points.count
        var trend = Trend.stable
        if n >= 4 {
            let half = n / 2
            let first = LeastSquares.fit(points.prefix(half + (n % 2)).map { ($0.hours, $0.remaining) })
            let second = LeastSquares.fit(points.suffix(half + (n % 2)).map { ($0.hours, $0.remaining) })
            if let a = first?.slope, let b = second?.slope {
                // Burn speed is −slope; compare with a 10% dead band relative to the overall slope.
                let band = max(abs(line.slope) * 0.1, 1e-12)
                if -b > -a + band { trend = .increasing } else if -b < -a - band { trend = .decreasing }
            }
        }
        let confidence: Confidence = line.rSquared >= 0.9 && n >= 6 ? .high : (line.rSquared >= 0.7 && n >= 4 ? .medium : .low)
        return BudgetForecast(
            slopePerHour: line.slope, fittedRemaining: fitted, hoursToExhaustion: hours, rSquared: line.rSquared, trend: trend,
            confidence: confidence, points: n)
    }
}
