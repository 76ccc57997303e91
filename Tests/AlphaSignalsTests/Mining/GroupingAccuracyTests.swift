import AlphaSignals
import Testing

@Suite("GroupingAccuracy")
struct GroupingAccuracyTests {
    @Test("a perfect grouping scores 1 whatever the labels are called")
    func perfect() {
        #expect(GroupingAccuracy.groupingAccuracy(predicted: ["x", "x", "y"], truth: [1, 1, 2]) == 1.0)
    }

    @Test("a group that mixes two true templates counts none of its lines")
    func mixed() {
        // Predicted group a holds lines of templates 1 and 2: wrong. Group b = all of template 3: right.
        let ga = GroupingAccuracy.groupingAccuracy(predicted: ["a", "a", "a", "b", "b"], truth: [1, 1, 2, 3, 3])
        #expect(ga == 0.4)
    }

    @Test("a template split over two groups counts none of its lines")
    func split() {
        // Template 1 is split into groups a and b: both wrong; group c is right.
        let ga = GroupingAccuracy.groupingAccuracy(predicted: ["a", "b", "c", "c"], truth: [1, 1, 2, 2])
        #expect(ga == 0.5)
    }

    @Test("parsing accuracy compares template texts exactly")
    func parsing() {
        let pa = GroupingAccuracy.parsingAccuracy(
            predicted: ["open <*>", "open <*>", "close <*> now", "x"], truth: ["open <*>", "open <*> ", "close <*> now", "y"])
        #expect(pa == 0.5)
    }

    @Test("empty or mismatched inputs score 0")
    func degenerate() {
        #expect(GroupingAccuracy.groupingAccuracy(predicted: [Int](), truth: [Int]()) == 0)
        #expect(GroupingAccuracy.groupingAccuracy(predicted: [1, 2], truth: [1]) == 0)
    }
}
