/// One data file's detector output and labels, ready to score.
public struct NABScoredFile: Sendable, Equatable {
    /// `folder/name.csv`.
    public var name: String
    /// One anomaly score per row.
    public var scores: [Double]
    /// Labelled windows in time order, non-overlapping.
    public var windows: [NABWindow]

    /// A file from its name, scores and windows.
    public init(name: String, scores: [Double], windows: [NABWindow]) {
        self.name = name
        self.scores = scores
        self.windows = windows.sorted { $0.start < $1.start }
    }
}
