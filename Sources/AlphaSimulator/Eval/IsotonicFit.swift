import AlphaCore

/// Isotonic regression of outcomes on scores by pool-adjacent-violators (PAV): the non-decreasing step function of the
/// score closest to the outcomes in squared error, which is also the calibration map that maximises the likelihood among
/// monotone ones.
///
/// Equal scores are pooled first (one score, one forecast). Blocks with fewer than `minimumCount` samples are then
/// merged into the neighbour whose hit rate is closer: a block of two incidents says little, and merging two adjacent
/// blocks keeps the steps non-decreasing (the pooled rate lies between the two). A block of 20 was chosen by two-fold
/// cross-validation on the training corpus (it changed nothing measurable against 5 or 10, and protects the fit from
/// single incidents); see docs/simulator.md.
public enum IsotonicFit {
    /// Training samples pooled into one step: every score in `lowestScore...highestScore` gets `rate`.
    public struct Block: Sendable, Equatable {
        public var lowestScore: Double
        public var highestScore: Double
        /// True outcomes among the samples.
        public var hits: Int
        public var count: Int
        /// The block's hit rate.
        public var rate: Double { count > 0 ? Double(hits) / Double(count) : 0 }

        /// A block over `lowestScore...highestScore` holding `count` samples, `hits` of them true.
        public init(lowestScore: Double, highestScore: Double, hits: Int, count: Int) {
            self.lowestScore = lowestScore
            self.highestScore = highestScore
            self.hits = hits
            self.count = count
        }

        /// This block followed by `next`, as one.
        func pooled(with next: Block) -> Block {
            Block(lowestScore: lowestScore, highestScore: next.highestScore, hits: hits + next.hits, count: count + next.count)
        }
    }

    /// The smallest block the fit keeps (see above).
    public static let defaultMinimumCount = 20

    /// The PAV blocks of `(score, outcome)` samples, lowest scores first, each with at least `minimumCount` samples unless
    /// there are fewer samples in all. Non-finite scores are ignored.
    public static func blocks(_ samples: [(score: Double, outcome: Bool)], minimumCount: Int = defaultMinimumCount) -> [Block] {
        let sorted = samples.filter { $0.score.isFinite }.sorted { $0.score < $1.score }
        var blocks: [Block] = []
        blocks.reserveCapacity(sorted.count)
        for sample in sorted {
            let hit = sample.outcome ? 1 : 0
            if let last = blocks.last, last.highestScore == sample.score {
                blocks[blocks.count - 1].hits += hit
                blocks[blocks.count - 1].count += 1
            } else {
                blocks.append(Block(lowestScore: sample.score, highestScore: sample.score, hits: hit, count: 1))
            }
        }
        var pooled: [Block] = []
        pooled.reserveCapacity(blocks.count)
        for block in blocks {
            pooled.append(block)
            // Pool while the step before is not below the new one (rates compared without division).
            while pooled.count >= 2, let last = pooled.last {
                let before = pooled[pooled.count - 2]
                guard Double(before.hits) * Double(last.count) >= Double(last.hits) * Double(before.count) else { break }
                pooled.removeLast()
                pooled[pooled.count - 1] = before.pooled(with: last)
            }
        }
        return mergingSmall(pooled, minimumCount: minimumCount)
    }

    /// `blocks` with every block below `minimumCount` samples merged, smallest first, into its closer-rated neighbour.
    static func mergingSmall(_ blocks: [Block], minimumCount: Int) -> [Block] {
        var blocks = blocks
        while blocks.count > 1, let small = blocks.indices.min(by: { blocks[$0].count < blocks[$1].count }),
            blocks[small].count < minimumCount
        {
            let neighbour: Int
            if small == 0 {
                neighbour = 1
            } else if small == blocks.count - 1 {
                neighbour = small - 1
            } else {
                let rate = blocks[small].rate
                neighbour = abs(blocks[small - 1].rate - rate) <= abs(blocks[small + 1].rate - rate) ? small - 1 : small + 1
            }
            let first = min(small, neighbour)
            blocks[first] = blocks[first].pooled(with: blocks[first + 1])
            blocks.remove(at: first + 1)
        }
        return blocks
    }

    /// The knots of the fitted map: each block's rate at its lowest and its highest score (one knot when they are equal).
    /// Between blocks, where no training score fell, the map is meant to be read linearly.
    public static func knots(_ blocks: [Block]) -> [(score: Double, confidence: Double)] {
        var out: [(score: Double, confidence: Double)] = []
        out.reserveCapacity(blocks.count * 2)
        for block in blocks {
            out.append((block.lowestScore, block.rate))
            if block.highestScore > block.lowestScore { out.append((block.highestScore, block.rate)) }
        }
        return out
    }

    /// The calibration samples of a corpus by rank group: every reported hypothesis except `unknown`, as (reported score,
    /// is a true cause), the first of each incident among `leading` and the others among `runnersUp`.
    public static func rankGroups(_ cases: [EvalCase]) -> (
        leading: [(score: Double, outcome: Bool)], runnersUp: [(score: Double, outcome: Bool)]
    ) {
        var leading: [(score: Double, outcome: Bool)] = []
        var runnersUp: [(score: Double, outcome: Bool)] = []
        for c in cases {
            let truth = Set(c.truth.labels)
            for (rank, h) in c.hypotheses.enumerated() where h.label != .unknown {
                let sample = (score: h.score, outcome: truth.contains(h.label))
                if rank == 0 { leading.append(sample) } else { runnersUp.append(sample) }
            }
        }
        return (leading, runnersUp)
    }
}
