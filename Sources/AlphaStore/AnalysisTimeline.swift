/// The timeline entries an analysis job writes (kind `analysis`), in one place: the engines write `started`, the
/// server's workers write the finished and failed entries, and the status endpoint reads the state back from them.
public enum AnalysisTimeline {
    /// The entry kind.
    public static let kind = "analysis"
    /// The message when a worker starts the analysis.
    public static let started = "analysis started"
    /// How a successful analysis's message begins (the duration and top cause follow).
    public static let finishedPrefix = "analysis finished"
    /// How a failed analysis's message begins (the error follows).
    public static let failedPrefix = "analysis failed"
}
