/// Grouping Accuracy and Parsing Accuracy of a log parser, as Loghub defines them.
///
/// - GA: a predicted group is correct iff all its lines share one true template and it holds every line of that
///   template; GA = lines in correct groups / all lines.
/// - PA: share of lines whose predicted template text equals the true template text exactly.
public enum GroupingAccuracy {
    /// GA of `predicted` against `truth` (one label per line, same order). Returns 0 for empty or mismatched input.
    public static func groupingAccuracy<P: Hashable, T: Hashable>(predicted: [P], truth: [T]) -> Double {
        guard !predicted.isEmpty, predicted.count == truth.count else { return 0 }
        var predictedSize: [P: Int] = [:]
        var truthSize: [T: Int] = [:]
        var truthOfPredicted: [P: T] = [:]
        var pure: [P: Bool] = [:]
        for (p, t) in zip(predicted, truth) {
            predictedSize[p, default: 0] += 1
            truthSize[t, default: 0] += 1
            if let seen = truthOfPredicted[p] {
                if seen != t { pure[p] = false }
            } else {
                truthOfPredicted[p] = t
                pure[p] = true
            }
        }
        var correct = 0
        for (p, size) in predictedSize where pure[p] == true {
            guard let t = truthOfPredicted[p], truthSize[t] == size else { continue }
            correct += size
        }
        return Double(correct) / Double(predicted.count)
    }

    /// PA: share of positions where the predicted template text equals the true one.
    public static func parsingAccuracy(predicted: [String], truth: [String]) -> Double {
        guard !predicted.isEmpty, predicted.count == truth.count else { return 0 }
        var equal = 0
        for (p, t) in zip(predicted, truth) where p == t { equal += 1 }
        return Double(equal) / Double(predicted.count)
    }
}
