/// Where a background job is.
public enum JobState: String, CaseIterable, Hashable, Sendable, Codable {
    /// Waiting for a worker.
    case queued
    /// Claimed by a worker.
    case running
    /// Finished.
    case succeeded
    /// Gave up; `lastError` says why.
    case failed
}
