/// Bad and total events of one SLO at a fixed 1-minute step, stored as reset-corrected cumulative counters.
///
/// Cumulative counters are prefix sums, so the events in any window are one subtraction: the sliding-window
/// sums for every window cost O(1) per point. Index `i` is the sample at `startTime + 60·i`.
public struct EventSeries: Sendable {
    /// Epoch seconds of index 0.
    public let startTime: Double
    /// Seconds between samples (60).
    public let step: Double
    /// Cumulative bad events (reset-corrected).
    public private(set) var bad: [Double]
    /// Cumulative total events (reset-corrected).
    public private(set) var total: [Double]
    /// `sampleCounts[i]`: how many indices `≤ i` had a real sample (gaps are carried forward but not counted);
    /// empty when every index has a sample (dense series need no array).
    public private(set) var sampleCounts: [Int32]

    /// The number of steps.
    public var count: Int { total.count }

    /// Builds a series from raw Prometheus counters (`nil`/NaN = missing sample). Give two of good, bad, total.
    ///
    /// Counter resets (a value lower than the previous one) are corrected the way PromQL's `increase` does:
    /// the counter restarted from zero, so the previous value is added to everything after.
    public init(startTime: Double, step: Double = 60, good: [Double?]? = nil, bad: [Double?]? = nil, total: [Double?]? = nil) throws(SLOError) {
        let n = max(good?.count ?? 0, bad?.count ?? 0, total?.count ?? 0)
        let g = good.map { Self.corrected($0, n) }
        let b = bad.map { Self.corrected($0, n) }
        let t = total.map { Self.corrected($0, n) }
        var badOut = [Double](repeating: 0, count: n)
        var totalOut = [Double](repeating: 0, count: n)
        var present = [Bool](repeating: false, count: n)
        switch (g, b, t) {
        case (_, .some(let bb), .some(let tt)):
            for i in 0..<n {
                badOut[i] = bb.values[i]
                totalOut[i] = tt.values[i]
                present[i] = bb.present[i] && tt.present[i]
            }
        case (.some(let gg), .some(let bb), nil):
            for i in 0..<n {
                badOut[i] = bb.values[i]
                totalOut[i] = gg.values[i] + bb.values[i]
                present[i] = gg.present[i] && bb.present[i]
            }
        case (.some(let gg), nil, .some(let tt)):
            for i in 0..<n {
                badOut[i] = max(tt.values[i] - gg.values[i], 0)
                totalOut[i] = tt.values[i]
                present[i] = gg.present[i] && tt.present[i]
            }
        default:
            throw .invalidData("two of good, bad and total are needed")
        }
        self.init(startTime: startTime, step: step, cumulativeBad: badOut, cumulativeTotal: totalOut, present: present)
    }

    /// Builds a series from already cumulative, reset-free arrays (every index present unless `present` says otherwise).
    public init(startTime: Double, step: Double = 60, cumulativeBad: [Double], cumulativeTotal: [Double], present: [Bool]? = nil) {
        self.startTime = startTime
        self.step = step
        let n = min(cumulativeBad.count, cumulativeTotal.count)
        bad = cumulativeBad.count == n ? cumulativeBad : Array(cumulativeBad.prefix(n))
        total = cumulativeTotal.count == n ? cumulativeTotal : Array(cumulativeTotal.prefix(n))
        sampleCounts = []
        if let present, present.prefix(n).contains(false) || present.count < n {
            var counts = [Int32](repeating: 0, count: n)
            var running: Int32 = 0
            for i in 0..<n {
                if i < present.count && present[i] { running &+= 1 }
                counts[i] = running
            }
            sampleCounts = counts
        }
    }

    /// Builds a series from per-step event counts (not cumulative): `bad[i]`, `total[i]` events in step i.
    public init(startTime: Double, step: Double = 60, badPerStep: [Double], totalPerStep: [Double]) {
        self.startTime = startTime - step
        self.step = step
        bad = []
        total = []
        sampleCounts = []
        refill(badPerStep: badPerStep, totalPerStep: totalPerStep)
    }

    /// Replaces the contents with new per-step counts, reusing the storage (bulk evaluation without allocation).
    /// Index 0 is the zero point one step before the first count.
    public mutating func refill(badPerStep: [Double], totalPerStep: [Double]) {
        let n = min(badPerStep.count, totalPerStep.count)
        bad.removeAll(keepingCapacity: true)
        total.removeAll(keepingCapacity: true)
        sampleCounts.removeAll(keepingCapacity: true)
        bad.append(contentsOf: repeatElement(0, count: n + 1))
        total.append(contentsOf: repeatElement(0, count: n + 1))
        var b = 0.0
        var t = 0.0
        badPerStep.withUnsafeBufferPointer { bp in
            totalPerStep.withUnsafeBufferPointer { tp in
                bad.withUnsafeMutableBufferPointer { bo in
                    total.withUnsafeMutableBufferPointer { to in
                        for i in 0..<n {
                            let db = bp[i]
                            let dt = tp[i]
                            b += db.isFinite && db > 0 ? db : 0
                            t += dt.isFinite && dt > 0 ? dt : 0
                            bo[i + 1] = b
                            to[i + 1] = t
                        }
                    }
                }
            }
        }
    }

    /// How many real samples indices `0...i` hold.
    @inline(__always)
    public func sampleCount(through i: Int) -> Int32 {
        guard i >= 0 else { return 0 }
        return sampleCounts.isEmpty ? Int32(truncatingIfNeeded: i + 1) : sampleCounts[i]
    }

    /// Whether every index holds a real sample.
    public var isDense: Bool { sampleCounts.isEmpty }

    /// The index of the sample at or before `time`, or `nil` before the start.
    public func index(at time: Double) -> Int? {
        guard count > 0, time >= startTime else { return nil }
        return min(Int(clampingFloor: (time - startTime) / step), count - 1)
    }

    /// The epoch seconds of index `i`.
    public func time(at i: Int) -> Double { startTime + Double(i) * step }

    /// Events in the closed window `[i − minutes, i]`, Prometheus 2.x `increase` style for clean counters:
    /// the window starts at the first sample inside it; fewer than two samples in it is no data.
    @inline(__always)
    public func events(at i: Int, windowMinutes: Int) -> WindowEvents? {
        guard i >= 0, i < count else { return nil }
        let stepsBack = Int(clampingFloor: Double(windowMinutes) * 60 / step)
        let lo = Swift.max(i - stepsBack, 0)
        guard sampleCount(through: i) - sampleCount(through: lo - 1) >= 2 else { return nil }
        // Skip leading gaps: the first real sample in the window.
        var first = lo
        while first < i, sampleCount(through: first) - sampleCount(through: first - 1) == 0 { first += 1 }
        return WindowEvents(bad: bad[i] - bad[first], total: total[i] - total[first])
    }

    /// Events in the whole SLO period ending at index `i` (rolling or calendar).
    public func periodEvents(at i: Int, window: SLOWindow) -> WindowEvents? {
        guard i >= 0, i < count else { return nil }
        let period = window.period(containing: time(at: i))
        let minutes = Int(clampingFloor: (time(at: i) - period.start) / 60)
        return events(at: i, windowMinutes: minutes)
    }

    private static func corrected(_ raw: [Double?], _ n: Int) -> (values: [Double], present: [Bool]) {
        var values = [Double](repeating: 0, count: n)
        var present = [Bool](repeating: false, count: n)
        var offset = 0.0
        var previous: Double?
        var carried = 0.0
        for i in 0..<n {
            if i < raw.count, let v = raw[i], v.isFinite {
                if let p = previous, v < p { offset += p }
                previous = v
                carried = v + offset
                present[i] = true
            }
            values[i] = carried
        }
        return (values, present)
    }
}
