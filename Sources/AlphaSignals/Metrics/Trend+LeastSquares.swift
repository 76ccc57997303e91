extension Trend {
    /// Ordinary least squares of value on time over paired points, time measured from the first point (epoch seconds
    /// squared would lose precision). Nil with fewer than 3 points or no elapsed time. R² is 1 for a perfect line
    /// and, when the values are constant, 0 (there is nothing a slope could explain).
    static func fit(times: ArraySlice<Double>, values: ArraySlice<Double>) -> Trend? {
        let count = Swift.min(times.count, values.count)
        guard count >= 3, let origin = times.first else { return nil }
        var sumT = 0.0
        var sumV = 0.0
        for (time, value) in zip(times, values) {
            sumT += time - origin
            sumV += value
        }
        let meanT = sumT / Double(count)
        let meanV = sumV / Double(count)
        var covariance = 0.0
        var varianceT = 0.0
        var varianceV = 0.0
        for (time, value) in zip(times, values) {
            let dt = time - origin - meanT
            let dv = value - meanV
            covariance += dt * dv
            varianceT += dt * dt
            varianceV += dv * dv
        }
        guard varianceT > 0 else { return nil }
        let slope = covariance / varianceT
        let rSquared = varianceV > 0 ? Swift.min(1, covariance * covariance / (varianceT * varianceV)) : 0
        return Trend(slope: slope, rSquared: rSquared)
    }
}
