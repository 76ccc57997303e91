/// A commit deployed with or shortly before the incident's deployment.
public struct Commit: Sendable, Equatable {
    public var sha: String
    public var author: String?
    /// Epoch seconds.
    public var timestamp: Double?
    public var message: String?
    /// The whole diff as `git show` prints it, if given in that form.
    public var diff: String?
    /// Per-file changes as the GitHub REST API returns them, if given in that form.
    public var files: [CommitFile]

    public init(sha: String, author: String? = nil, timestamp: Double? = nil, message: String? = nil, diff: String? = nil, files: [CommitFile] = []) {
        self.sha = sha
        self.author = author
        self.timestamp = timestamp
        self.message = message
        self.diff = diff
        self.files = files
    }
}

/// One file of a GitHub-style commit.
public struct CommitFile: Sendable, Equatable {
    public var path: String
    public var status: String?
    public var additions: Int?
    public var deletions: Int?
    /// The file's unified-diff hunks (without the `diff --git` header).
    public var patch: String?

    public init(path: String, status: String? = nil, additions: Int? = nil, deletions: Int? = nil, patch: String? = nil) {
        self.path = path
        self.status = status
        self.additions = additions
        self.deletions = deletions
        self.patch = patch
    }
}
