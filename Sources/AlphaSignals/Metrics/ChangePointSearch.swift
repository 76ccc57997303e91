/// Where a series' level shifts: the split that best fits two constant segments in the least-squares sense.
///
/// For a split after `k` points the residual sum of squares is `Σx² − S_k²/k − (S−S_k)²/(n−k)`, so the best split
/// maximises `S_k²/k + (S−S_k)²/(n−k)`; one running prefix sum makes the search O(n). Values are centred on their mean
/// first so the sums stay small and the comparison precise. On a clean step the optimum is exactly the first shifted
/// point; noise moves it by at most a sample or two.
enum ChangePointSearch {
    /// The smallest segment either side of the split: a single outlier at an end must not read as a shift.
    static func minimumSegment(for count: Int) -> Int {
        Swift.max(2, Swift.min(count / 50, 10))
    }

    /// The index of the first point after the change, or nil when there are too few points for two segments.
    static func changeIndex(_ values: ArraySlice<Double>) -> Int? {
        let count = values.count
        let minimum = minimumSegment(for: count)
        guard count >= 2 * minimum else { return nil }
        var mean = 0.0
        for value in values { mean += value }
        mean /= Double(count)
        var total = 0.0
        for value in values { total += value - mean }
        var prefix = 0.0
        var best = -Double.infinity
        var bestIndex: Int?
        var position = 0
        for value in values {
            position += 1
            prefix += value - mean
            guard position >= minimum else { continue }
            if position > count - minimum { break }
            let rest = total - prefix
            let gain = prefix * prefix / Double(position) + rest * rest / Double(count - position)
            if gain > best {
                best = gain
                bestIndex = values.startIndex + position
            }
        }
        return bestIndex
    }
}
