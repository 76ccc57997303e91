/// NAB's cost weights (`config/profiles.json`).
public struct NABProfile: Sendable, Equatable, Hashable {
    /// Profile name as NAB spells it.
    public var name: String
    /// A_TP: reward of a detection at the very start of a window.
    public var truePositive: Double
    /// A_FN: cost of a window without detection.
    public var falseNegative: Double
    /// A_FP: cost of a detection outside every window (before any window).
    public var falsePositive: Double

    /// A profile from its weights.
    public init(name: String, truePositive: Double, falseNegative: Double, falsePositive: Double) {
        self.name = name
        self.truePositive = truePositive
        self.falseNegative = falseNegative
        self.falsePositive = falsePositive
    }

    /// (1, 1, 0.11).
    public static let standard = NABProfile(name: "standard", truePositive: 1, falseNegative: 1, falsePositive: 0.11)
    /// (1, 1, 0.22).
    public static let rewardLowFP = NABProfile(name: "reward_low_FP_rate", truePositive: 1, falseNegative: 1, falsePositive: 0.22)
    /// (1, 2, 0.11).
    public static let rewardLowFN = NABProfile(name: "reward_low_FN_rate", truePositive: 1, falseNegative: 2, falsePositive: 0.11)
    /// The three NAB profiles.
    public static let all: [NABProfile] = [.standard, .rewardLowFP, .rewardLowFN]
}
