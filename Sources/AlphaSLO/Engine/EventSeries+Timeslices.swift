extension EventSeries {
    /// Re-counts events as 1-minute slices for `Timeslices` (a slice is bad when its good ratio is below
    /// `sliceTarget`) or `RatioTimeslices` (a slice counts its bad ratio). Minutes without traffic are no slice.
    public func timeslices(method: BudgetingMethod, sliceTarget: Double) -> EventSeries {
        guard method != .occurrences, count > 0 else { return self }
        var cb = [Double](repeating: 0, count: count)
        var ct = [Double](repeating: 0, count: count)
        var present = [Bool](repeating: false, count: count)
        present[0] = sampleCount(through: 0) > 0
        for i in 1..<count {
            let t = total[i] - total[i - 1]
            let b = bad[i] - bad[i - 1]
            var sliceBad = 0.0
            var sliceTotal = 0.0
            if t > 0 {
                sliceTotal = 1
                let badRatio = min(max(b / t, 0), 1)
                sliceBad = method == .timeslices ? ((1 - badRatio) < sliceTarget ? 1 : 0) : badRatio
            }
            cb[i] = cb[i - 1] + sliceBad
            ct[i] = ct[i - 1] + sliceTotal
            present[i] = sampleCount(through: i) > sampleCount(through: i - 1)
        }
        return EventSeries(startTime: startTime, step: step, cumulativeBad: cb, cumulativeTotal: ct, present: present)
    }

    /// Slices from a gauge (e.g. p99 latency) judged against a threshold: one slice per sample, bad when not good.
    public static func thresholdSlices(startTime: Double, step: Double = 60, values: [Double?], op: SLOIndicator.ThresholdOperator, threshold: Double)
        -> EventSeries
    {
        var cb = [Double](repeating: 0, count: values.count + 1)
        var ct = [Double](repeating: 0, count: values.count + 1)
        for (i, v) in values.enumerated() {
            var b = 0.0
            var t = 0.0
            if let v, v.isFinite {
                t = 1
                b = op.isGood(v, threshold) ? 0 : 1
            }
            cb[i + 1] = cb[i] + b
            ct[i + 1] = ct[i] + t
        }
        return EventSeries(startTime: startTime - step, step: step, cumulativeBad: cb, cumulativeTotal: ct)
    }
}
