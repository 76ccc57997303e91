/// Every standard window at every minute of a series: the bulk path for benchmarks and backtests.
///
/// The cumulative counters are prefix sums, so a window's events at minute i are `x[i] − x[max(i − span, 0)]` —
/// the same numbers `EventSeries.events(at:windowMinutes:)` gives for a dense series (the tests check both agree).
/// Work is done in blocks of 1,024 minutes that stay in cache: the seven windows' error ratios are computed four
/// minutes at a time with `SIMD4<Double>` (IEEE division, so each ratio is bit-identical to the scalar
/// `bad / total`), then the tiers, the composite and the maxima read the block.
public enum SlidingWindowSweep {
    /// What a sweep found.
    public struct Summary: Sendable, Equatable {
        /// Highest burn rate per standard window (0 when the window never had data).
        public var maxBurn: [Double]
        /// Minutes without data per standard window.
        public var noDataMinutes: [Int]
        /// Minutes each enabled tier's condition held (minimum-traffic guard not applied), in tier order.
        public var tierMinutes: [Int]
        /// Minutes with a composite burn ≥ 2 (FREEZE before confirmation and hysteresis).
        public var freezeMinutes: Int
        /// Remaining budget at the last minute (nil = no data).
        public var finalRemaining: Double?
    }

    /// Reusable buffers (padded counters and one block of ratios); one per thread.
    public final class Workspace {
        var paddedBad: [Double] = []
        var paddedTotal: [Double] = []
        var block: [Double] = []

        /// Empty buffers; they grow to the largest series swept.
        public init() {}
    }

    static let blockSize = 1024
    static let spans = StandardWindow.allCases.map(\.minutes)
    static let pad = StandardWindow.allCases.map(\.minutes).max() ?? 0

    /// Sweeps `series` for `spec`. A sparse series is swept as if its gaps were minutes without events.
    public static func run(series: EventSeries, spec: SLOSpec, workspace: Workspace = Workspace()) -> Summary {
        let n = series.count
        let w = spans.count
        let budget = spec.budget.doubleValue
        let period = spec.window.periodMinutes(at: series.time(at: max(n - 1, 0)))
        // Tiers as (long window index, short window index, threshold).
        var tiers: [(Int, Int, Double)] = []
        for tier in spec.alerting.tiers where tier.enabled {
            guard let th = tier.threshold(periodMinutes: period, budget: spec.budget), let l = spans.firstIndex(of: tier.longWindowMinutes),
                let s = spans.firstIndex(of: tier.shortWindowMinutes)
            else {
                tiers.append((0, 0, .infinity))
                continue
            }
            tiers.append((l, s, th))
        }
        // Padded copies: P[j + pad] = x[j], P[j] = x[0] for j < pad, so x[max(i − span, 0)] = P[i + pad − span].
        let padded = n + pad + 4
        if workspace.paddedBad.count < padded {
            workspace.paddedBad = [Double](repeating: 0, count: padded)
            workspace.paddedTotal = [Double](repeating: 0, count: padded)
        }
        if workspace.block.count < w * blockSize { workspace.block = [Double](repeating: 0, count: w * blockSize) }
        var missing = [SIMD4<Double>](repeating: SIMD4(repeating: 0), count: w)
        var best = [SIMD4<Double>](repeating: SIMD4(repeating: 0), count: w)
        var tierCounts = [SIMD4<Double>](repeating: SIMD4(repeating: 0), count: tiers.count)
        var freeze = SIMD4<Double>(repeating: 0)
        let zero = SIMD4<Double>(repeating: 0)
        let one = SIMD4<Double>(repeating: 1)
        let noData = SIMD4<Double>(repeating: -1)
        let two = SIMD4<Double>(repeating: 2)
        let (w5, w1h, w1d) = (SIMD4<Double>(repeating: 0.40), SIMD4<Double>(repeating: 0.35), SIMD4<Double>(repeating: 0.25))
        let blockBytes = blockSize * MemoryLayout<Double>.stride
        let tierCount = tiers.count
        let tierLong = tiers.map(\.0)
        let tierShort = tiers.map(\.1)
        let tierThresholds = tiers.map { SIMD4<Double>(repeating: $0.2) }
        let lanes = SIMD4<Int64>(0, 1, 2, 3)
        let limit = SIMD4<Int64>(repeating: Int64(n))
        series.bad.withUnsafeBufferPointer { bad in
            series.total.withUnsafeBufferPointer { total in
                workspace.paddedBad.withUnsafeMutableBufferPointer { pb in
                    workspace.paddedTotal.withUnsafeMutableBufferPointer { pt in
                        workspace.block.withUnsafeMutableBufferPointer { blk in
                            guard n > 0, let pbBase = pb.baseAddress, let ptBase = pt.baseAddress, let blkBase = blk.baseAddress else { return }
                            let first = (bad[0], total[0])
                            for j in 0..<pad {
                                pb[j] = first.0
                                pt[j] = first.1
                            }
                            for i in 0..<n {
                                pb[pad + i] = bad[i]
                                pt[pad + i] = total[i]
                            }
                            for j in (pad + n)..<padded {
                                pb[j] = bad[n - 1]
                                pt[j] = total[n - 1]
                            }
                            let bRaw = UnsafeRawPointer(pbBase)
                            let tRaw = UnsafeRawPointer(ptBase)
                            let blkRaw = UnsafeMutableRawPointer(blkBase)
                            let stride8 = MemoryLayout<Double>.stride
                            var start = 0
                            while start < n {
                                let m = min(blockSize, n - start)
                                // 1. Ratios of every window for this block; -1 marks no data (no events, or minute 0).
                                for k in 0..<w {
                                    let span = spans[k]
                                    var bk = best[k]
                                    var mk = missing[k]
                                    var j = 0
                                    while j < m {
                                        let i = start + j
                                        let hi = (i + pad) * stride8
                                        let lo = (i + pad - span) * stride8
                                        let t =
                                            tRaw.loadUnaligned(fromByteOffset: hi, as: SIMD4<Double>.self)
                                            - tRaw.loadUnaligned(fromByteOffset: lo, as: SIMD4<Double>.self)
                                        let b =
                                            bRaw.loadUnaligned(fromByteOffset: hi, as: SIMD4<Double>.self)
                                            - bRaw.loadUnaligned(fromByteOffset: lo, as: SIMD4<Double>.self)
                                        let inRange = (lanes &+ Int64(i)) .< limit
                                        let valid = (t .> zero) .& inRange
                                        mk += zero.replacing(with: one, where: .!valid .& inRange)
                                        let ratio = (b / t).replacing(with: noData, where: .!valid)
                                        blkRaw.storeBytes(of: ratio, toByteOffset: (k * blockSize + j) * stride8, as: SIMD4<Double>.self)
                                        bk = bk.replacing(with: ratio, where: ratio .> bk)
                                        j += 4
                                    }
                                    best[k] = bk
                                    missing[k] = mk
                                }
                                // 2. Tiers, composite and no-data counts from the block.
                                let rb = UnsafeRawPointer(blkRaw)
                                var j = 0
                                while j < m {
                                    let offset = j * stride8
                                    for t in 0..<tierCount {
                                        let th = tierThresholds[t]
                                        let rl = rb.loadUnaligned(fromByteOffset: tierLong[t] * blockBytes + offset, as: SIMD4<Double>.self)
                                        let rs = rb.loadUnaligned(fromByteOffset: tierShort[t] * blockBytes + offset, as: SIMD4<Double>.self)
                                        tierCounts[t] += zero.replacing(with: one, where: (rl .> th) .& (rs .> th))
                                    }
                                    // Same operations, same order as CompositeBurn.compute: Σ (ratio / budget) × weight.
                                    let r5 = rb.loadUnaligned(fromByteOffset: 0 * blockBytes + offset, as: SIMD4<Double>.self)
                                    let r1h = rb.loadUnaligned(fromByteOffset: 2 * blockBytes + offset, as: SIMD4<Double>.self)
                                    let r1d = rb.loadUnaligned(fromByteOffset: 5 * blockBytes + offset, as: SIMD4<Double>.self)
                                    let h5 = r5 .>= zero
                                    let h1h = r1h .>= zero
                                    let h1d = r1d .>= zero
                                    var sum = zero
                                    var weight = zero
                                    sum += (r5 / budget * 0.40).replacing(with: zero, where: .!h5)
                                    weight += zero.replacing(with: w5, where: h5)
                                    sum += (r1h / budget * 0.35).replacing(with: zero, where: .!h1h)
                                    weight += zero.replacing(with: w1h, where: h1h)
                                    sum += (r1d / budget * 0.25).replacing(with: zero, where: .!h1d)
                                    weight += zero.replacing(with: w1d, where: h1d)
                                    // Weight 1 (every window has data): the sum itself; otherwise renormalised.
                                    let value = sum.replacing(with: sum / weight, where: .!(weight .== one))
                                    freeze += zero.replacing(with: one, where: (weight .> zero) .& (value .>= two))
                                    j += 4
                                }
                                start += m
                            }
                        }
                    }
                }
            }
        }
        let maxBurn = best.map { max($0.max(), 0) / budget }
        let status = BudgetStatus.compute(
            events: n > 0 ? series.periodEvents(at: n - 1, window: spec.window) : nil, budget: budget, budgeting: spec.budgeting,
            periodMinutes: period)
        return Summary(
            maxBurn: maxBurn, noDataMinutes: missing.map { Int($0.sum()) }, tierMinutes: tierCounts.map { Int($0.sum()) },
            freezeMinutes: Int(freeze.sum()), finalRemaining: status.remaining)
    }
}
