/// What a detection at one row is worth under one profile.
public struct NABPointWeight: Sendable, Equatable {
    /// Where the row lies.
    public enum Region: Sendable, Equatable {
        /// Before the probation end: never scored.
        case probation
        /// Inside window k (index into the file's windows).
        case window(Int)
        /// Outside every window: a false positive.
        case outside
    }

    /// Where the row lies.
    public var region: Region
    /// The weighted value of a detection there (TP value inside a window, ≤ 0 outside).
    public var value: Double
}
