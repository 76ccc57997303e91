import AlphaCore

/// Sentences a person can read, built from what the winning detector saw.
public enum AnomalyExplanation {
    /// Explains one scored point: the value, the baseline it broke from, by how much, and since when.
    public static func sentence(for point: PointScore, value: Double, since start: Double, at time: Double) -> String {
        let z = point.robust
        switch point.detector {
        case .spike:
            let side = z.point >= 0 ? "above" : "below"
            return "value \(ReadableNumber.format(value)) is \(distance(z.point, side)) its median "
                + "\(ReadableNumber.format(z.median))\(ratioClause(value, z.median)) at \(clock(time))"
        case .levelShift:
            return "level \(ratioOrSigma(value: value, baseline: z.median, sigma: z.shift)) its baseline "
                + "\(ReadableNumber.format(z.median)) since \(clock(start))"
        case .seasonal:
            let expected = point.seasonalExpected ?? .nan
            let side = point.seasonalZ >= 0 ? "above" : "below"
            return "value \(ReadableNumber.format(value)) vs \(ReadableNumber.format(expected)) expected for this time of day "
                + "(\(distance(point.seasonalZ, side)) the daily profile) since \(clock(start))"
        case .variance:
            let ratio = point.volatilityRatio ?? 1
            if ratio >= 1 {
                return "volatility \(ReadableNumber.format(ratio))× its baseline since \(clock(start)) (variance escalation)"
            }
            return "volatility fell to \(ReadableNumber.format(ratio))× its baseline since \(clock(start)) (flat-lined or stuck)"
        case .trend:
            guard let fit = point.trend else { return "steady trend since \(clock(start))" }
            return trendSentence(fit, span: max(0, time - start)) + " since \(clock(start))"
        case .changePoint:
            let direction = (point.changePoint?.direction ?? (z.point >= 0 ? .up : .down)) == .up ? "up" : "down"
            return "sustained shift \(direction) to \(ReadableNumber.format(value)) from a baseline of "
                + "\(ReadableNumber.format(z.median)) since \(clock(start)) (CUSUM change point)"
        }
    }

    /// "4.9σ above"; past 1,000σ the count says only that the baseline barely varied, so it reads "far above".
    static func distance(_ z: Double, _ side: String) -> String {
        abs(z) > 1000 ? "far \(side)" : "\(ReadableNumber.format(abs(z)))σ \(side)"
    }

    /// "memory rose 132% in 4 h, linear fit R² 0.97, leak-like" for a leak-like fit.
    public static func leakSentence(_ fit: TrendFit, span: Double) -> String {
        trendSentence(fit, span: span) + (fit.isLeakLike ? ", leak-like" : "")
    }

    static func trendSentence(_ fit: TrendFit, span: Double) -> String {
        let verb = fit.end >= fit.start ? "rose" : "fell"
        let change = fit.relativeChange.map { "\(ReadableNumber.format(abs($0) * 100))%" } ?? ReadableNumber.format(abs(fit.end - fit.start))
        return "\(verb) \(change) in \(duration(span)), linear fit R² \(ReadableNumber.format(fit.rSquared))"
    }

    /// " (2.3× baseline)" when the ratio is meaningful (both positive), else "".
    static func ratioClause(_ value: Double, _ baseline: Double) -> String {
        guard let ratio = meaningfulRatio(value, baseline) else { return "" }
        return " (\(ReadableNumber.format(ratio))× baseline)"
    }

    /// value ÷ baseline when both are positive and the ratio is one a person would quote (1/100…100).
    static func meaningfulRatio(_ value: Double, _ baseline: Double) -> Double? {
        guard value > 0, baseline > 0 else { return nil }
        let ratio = value / baseline
        return ratio >= 0.01 && ratio <= 100 ? ratio : nil
    }

    /// "14×" for positive levels, else "+5.2σ vs".
    static func ratioOrSigma(value: Double, baseline: Double, sigma: Double) -> String {
        if let ratio = meaningfulRatio(value, baseline) { return "\(ReadableNumber.format(ratio))×" }
        return "\(sigma >= 0 ? "+" : "−")\(ReadableNumber.format(abs(sigma)))σ vs"
    }

    /// `2014-04-10 07:15` (UTC) for a timestamp.
    static func clock(_ t: Double) -> String {
        let text = Timestamp.format(t)
        guard text.utf8.count >= 16 else { return text }
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
    }

    /// "35 min", "4 h", "2.5 d".
    static func duration(_ seconds: Double) -> String {
        if seconds < 90 { return "\(ReadableNumber.format(seconds)) s" }
        if seconds < 5400 { return "\(ReadableNumber.format(seconds / 60)) min" }
        if seconds < 172_800 { return "\(ReadableNumber.format(seconds / 3600)) h" }
        return "\(ReadableNumber.format(seconds / 86_400)) d"
    }

    /// The median sampling step of the first points (seconds), 0 when unknown.
    static func typicalStep(_ timestamps: [Double], count: Int) -> Double {
        let m = Swift.min(count, 21)
        guard m >= 2 else { return 0 }
        var steps: [Double] = []
        for i in 1..<m { steps.append(timestamps[i] - timestamps[i - 1]) }
        steps.sort()
        return steps[steps.count / 2]
    }
}
