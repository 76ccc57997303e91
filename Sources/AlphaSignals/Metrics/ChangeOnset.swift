/// The first sample of a change, refined from the least-squares split.
///
/// `ChangePointSearch` finds where two constant segments fit best. On a clean step that is the first shifted point, but
/// on a ramp (a leak, a filling disk, load building up) it lands in the middle of the ramp, and when a small shift is
/// followed by a larger one it lands on the larger. An incident needs the moment things started to go wrong, so the
/// onset walks back from the split to the earliest sample that still lies beyond the baseline's noise in the direction
/// of the change, tolerating short dips back into the band (a noisy error rate touches zero now and then) but not isolated noise. The change is
/// confirmed at 3σ but its start is traced with hysteresis: the samples just before it that already left the 1σ band
/// (the foot of a ramp) belong to it too, up to `quietRun` of them.
enum ChangeOnset {
    /// Samples back inside the baseline band, in a row, that end the walk: the change had not begun yet.
    static let quietRun = 3
    /// How far beyond the baseline median, in robust standard deviations, a sample must lie to be part of the change.
    static let bandSigmas = 3.0
    /// The lower threshold, in robust standard deviations, that traces the foot of the change.
    static let footSigmas = 1.0

    /// - Parameters:
    ///   - values: the series.
    ///   - split: the least-squares split (the first index of the second segment).
    /// - Returns: the index of the first sample of the change; `split` when the walk finds nothing earlier.
    static func onsetIndex(_ values: ArraySlice<Double>, split: Int, scratch: inout [Double]) -> Int {
        guard values.indices.contains(split), split > values.startIndex else { return split }
        // The baseline is the head of the series before the split, at most a quarter of it: on a ramp the points just
        // before the split are already part of the change, the head is not.
        let headLength = Swift.max(ChangePointSearch.minimumSegment(for: values.count), values.count / 4)
        let baselineEnd = Swift.min(split, values.startIndex + headLength)
        let baseline = SeriesStats.compute(values[values.startIndex..<baselineEnd], scratch: &scratch)
        guard baseline.count >= 3, baseline.median.isFinite else { return split }
        var after = 0.0
        for value in values[split...] { after += value }
        after /= Double(values.endIndex - split)
        let direction: Double = after >= baseline.median ? 1 : -1
        let floor = 1e-9 * Swift.max(Swift.abs(baseline.median), 1)
        let band = Swift.max(bandSigmas * AnomalyRule.madToSigma * baseline.mad, floor)
        let foot = Swift.max(footSigmas * AnomalyRule.madToSigma * baseline.mad, floor)
        // Walking back: `gap` counts in-band samples since the last accepted onset, `run` the out-of-band samples since
        // the last in-band one. A run across a gap joins the change only once it is at least as long as the gap, so a
        // lone noise sample a few points before the change does not drag the onset back.
        var onset = split
        var gap = 0
        var run = 0
        var index = split - 1
        while index >= values.startIndex {
            if (values[index] - baseline.median) * direction > band {
                run += 1
                if run >= gap {
                    onset = index
                    gap = 0
                }
            } else {
                run = 0
                gap += 1
                if gap >= quietRun { break }
            }
            index -= 1
        }
        var traced = 0
        while traced < quietRun, onset - 1 >= values.startIndex, (values[onset - 1] - baseline.median) * direction > foot {
            onset -= 1
            traced += 1
        }
        return onset
    }
}
