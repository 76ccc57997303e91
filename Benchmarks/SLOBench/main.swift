// slo-bench: 10,000 SLOs × 43,200 one-minute points (30 days), every standard window (5m, 30m, 1h, 2h, 6h, 1d, 3d)
// at every minute, plus the four burn-rate tiers, the composite and the period budget.
//
//   swift build -c release --product slo-bench && .build/release/slo-bench [slos] [points]
//
// Timed: building each SLO's prefix sums from per-minute counts + the full sweep. Not timed: generating the
// 64 deterministic traffic patterns the SLOs share.
import AlphaSLO
import Dispatch

let arguments = CommandLine.arguments
let numbers = arguments.dropFirst().compactMap { Int($0) }
let sloCount = numbers.first ?? 10_000
let points = numbers.dropFirst().first ?? 43_200
let patterns = 64
let ingestOnly = arguments.contains("--ingest-only")
// --end-only: evaluate every window, tier, the composite and the budget at the last minute only (a status query).
let endOnly = arguments.contains("--end-only")

/// A deterministic xorshift generator (no Foundation, same numbers on every machine).
struct XorShift {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

// Per-minute event counts: diurnal traffic, a baseline error rate and occasional incidents.
var totals: [[Double]] = []
var bads: [[Double]] = []
for p in 0..<patterns {
    var rng = XorShift(state: 0x9E37_79B9_7F4A_7C15 &+ UInt64(p) &* 0x2545_F491_4F6C_DD1D)
    var t = [Double](repeating: 0, count: points)
    var b = [Double](repeating: 0, count: points)
    let volume = 50 + Double(p % 8) * 200
    for i in 0..<points {
        let diurnal = 1 + 0.5 * sin(Double(i % 1440) / 1440 * 2 * Double.pi)
        let total = (volume * diurnal * (0.8 + 0.4 * rng.unit())).rounded()
        let incident = (i / 997 + p) % 29 == 0
        let rate = incident ? 0.05 : 0.0005 * (1 + rng.unit())
        t[i] = total
        b[i] = (total * rate).rounded()
    }
    totals.append(t)
    bads.append(b)
}
let objectives = ["99", "99.5", "99.9", "99.95", "99.99"]
let specs: [SLOSpec] = (0..<patterns).map { p in
    SLOSpec(
        service: "svc\(p)", name: "availability",
        objective: (ExactRatio(decimal: objectives[p % objectives.count]).flatMap { $0 / ExactRatio(integer: 100) })
            ?? ExactRatio(integer: 0),
        indicator: .ratio(good: nil, bad: "bad_total", total: "all_total"))
}

func sin(_ x: Double) -> Double {
    // Taylor series around 0 after range reduction: enough for synthetic traffic shapes, no libm import needed.
    var y = x.truncatingRemainder(dividingBy: 2 * Double.pi)
    if y > Double.pi { y -= 2 * Double.pi }
    var term = y
    var sum = y
    for k in 1..<10 {
        term *= -y * y / Double((2 * k) * (2 * k + 1))
        sum += term
    }
    return sum
}

let workers = 2
final class Results: @unchecked Sendable {
    // Safe: each worker writes only its own index, and the array is read after concurrentPerform returns.
    var tierMinutes = [Int](repeating: 0, count: workers)
    var freezeMinutes = [Int](repeating: 0, count: workers)
    var checksum = [Double](repeating: 0, count: workers)
}
func sweepAll(bads: [[Double]], totals: [[Double]], specs: [SLOSpec], sloCount: Int, results: Results, ingestOnly: Bool, endOnly: Bool) -> Duration {
    let patterns = specs.count
    return ContinuousClock().measure {
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let workspace = SlidingWindowSweep.Workspace()
            var series = EventSeries(startTime: 0, badPerStep: [], totalPerStep: [])
            var tiers = 0
            var freeze = 0
            var checksum = 0.0
            var slo = worker
            while slo < sloCount {
                let p = slo % patterns
                series.refill(badPerStep: bads[p], totalPerStep: totals[p])
                if endOnly {
                    let snapshot = SLOEvaluator(spec: specs[p], series: series).snapshot(at: series.count - 1)
                    tiers += snapshot.tiers.filter(\.conditionMet).count
                    checksum += snapshot.compositeBurn ?? 0
                    slo += workers
                    continue
                }
                if ingestOnly {
                    checksum += series.total.last ?? 0
                    slo += workers
                    continue
                }
                let summary = SlidingWindowSweep.run(series: series, spec: specs[p], workspace: workspace)
                tiers += summary.tierMinutes.reduce(0, +)
                freeze += summary.freezeMinutes
                checksum += summary.maxBurn.reduce(0, +) + (summary.finalRemaining ?? 0)
                slo += workers
            }
            results.tierMinutes[worker] = tiers
            results.freezeMinutes[worker] = freeze
            results.checksum[worker] = checksum
        }
    }
}
let results = Results()
let elapsed = sweepAll(bads: bads, totals: totals, specs: specs, sloCount: sloCount, results: results, ingestOnly: ingestOnly, endOnly: endOnly)
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let evaluations = Double(sloCount) * Double(points) * Double(StandardWindow.allCases.count)
let mode = endOnly ? "end-only (all windows at the last minute)" : ingestOnly ? "ingest only" : "every window at every minute"
print("slo-bench: \(sloCount) SLOs x \(points) points x \(StandardWindow.allCases.count) windows on \(workers) threads, \(mode)")
print("  time \(String(seconds)) s" + (endOnly || ingestOnly ? "" : "  (\(Int(evaluations / seconds / 1e6)) M window evaluations/s)"))
print(
    "  tier-minutes \(results.tierMinutes.reduce(0, +))  freeze-minutes \(results.freezeMinutes.reduce(0, +))  checksum \(results.checksum.reduce(0, +))"
)
