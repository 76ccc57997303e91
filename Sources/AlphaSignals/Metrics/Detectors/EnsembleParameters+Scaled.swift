extension EnsembleParameters {
    /// The parameters for a series of `points` points. The standard set counts its windows in points sized for long
    /// streams (NAB's series have 1,000 to 22,000); an incident's series often have 40 to 200, which would sit
    /// entirely inside the 250-point warm-up. Below 1,000 points every point-count window shrinks in proportion and the
    /// baseline adapts faster; at 1,000 points or more the parameters are unchanged (so NAB scores do not move).
    public func scaled(toPoints points: Int) -> EnsembleParameters {
        guard points < 1000, points > 0 else { return self }
        func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(high, max(low, value)) }
        var p = self
        p.recordWarmup = clamp(points / 4, 8, recordWarmup)
        p.suppression = clamp(points / 10, 3, suppression)
        p.leakWindow = clamp(points / 2, 12, leakWindow)
        p.trendWindow = clamp(points / 4, 8, trendWindow)
        p.varianceWindow = clamp(points / 8, 6, varianceWindow)
        p.shortWindow = clamp(points / 16, 3, shortWindow)
        p.eventGap = clamp(points / 16, 2, eventGap)
        p.quantileStep = max(quantileStep, 2 / Double(points))
        return p
    }
}
