import AlphaCore

/// One line of a diff hunk.
public struct DiffLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case context, added, removed }
    public var kind: Kind
    public var text: String
    /// Line number in the old file (context and removed lines).
    public var oldLine: Int?
    /// Line number in the new file (context and added lines).
    public var newLine: Int?

    public init(kind: Kind, text: String, oldLine: Int?, newLine: Int?) {
        self.kind = kind
        self.text = text
        self.oldLine = oldLine
        self.newLine = newLine
    }
}

/// One `@@ -a,b +c,d @@` hunk.
public struct DiffHunk: Sendable, Equatable {
    /// The header line as written, e.g. `@@ -10,7 +10,6 @@ def get_orders(user_id):`.
    public var header: String
    public var oldStart: Int
    public var oldCount: Int
    public var newStart: Int
    public var newCount: Int
    public var lines: [DiffLine]

    public init(header: String, oldStart: Int, oldCount: Int, newStart: Int, newCount: Int, lines: [DiffLine]) {
        self.header = header
        self.oldStart = oldStart
        self.oldCount = oldCount
        self.newStart = newStart
        self.newCount = newCount
        self.lines = lines
    }
}

/// One file of a parsed diff.
public struct DiffFile: Sendable, Equatable {
    public enum Status: String, Sendable, Codable { case added, modified, removed, renamed }
    public var path: String
    public var oldPath: String?
    public var status: Status
    public var hunks: [DiffHunk]
    /// True when git reported the file as binary (`Binary files ... differ` or a `GIT binary patch`): no hunks to read.
    public var isBinary: Bool

    public init(path: String, oldPath: String? = nil, status: Status, hunks: [DiffHunk], isBinary: Bool = false) {
        self.path = path
        self.oldPath = oldPath
        self.status = status
        self.hunks = hunks
        self.isBinary = isBinary
    }

    public var additions: Int { hunks.reduce(0) { $0 + $1.lines.count(where: { $0.kind == .added }) } }
    public var deletions: Int { hunks.reduce(0) { $0 + $1.lines.count(where: { $0.kind == .removed }) } }
}

/// What a commit's diff does that is known to cause incidents.
public enum CommitFindingKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// A query's filter / order-by / join columns changed, or a new query was added.
    case queryChanged = "query_changed"
    /// Raw SQL text added.
    case rawSQLAdded = "raw_sql_added"
    /// A migration drops an index.
    case indexDropped = "index_dropped"
    /// A migration creates an index (usually a fix; it also locks tables while it builds).
    case indexCreated = "index_created"
    /// A schema migration was added (alembic, Django, Flyway, Rails, raw DDL).
    case migrationAdded = "migration_added"
    /// A cache decorator / annotation / explicit cache get-set was removed.
    case cacheRemoved = "cache_removed"
    /// A cache TTL or size was lowered, or caching disabled by a flag.
    case cacheWeakened = "cache_weakened"
    /// A pool size changed (newValue vs oldValue says which way).
    case poolSizeChanged = "pool_size_changed"
    /// Retries raised / backoff removed.
    case retryChanged = "retry_changed"
    /// A timeout changed.
    case timeoutChanged = "timeout_changed"
    /// Eager loading removed (selectinload, joinedload, includes, prefetch_related, JOIN FETCH).
    case eagerLoadingRemoved = "eager_loading_removed"
    /// A query issued inside a loop was added.
    case queryInLoop = "query_in_loop"
    /// Row / table locking added (with_for_update, FOR UPDATE, LOCK TABLE) or a transaction widened.
    case lockingAdded = "locking_added"
    /// A null / None / nil check was removed.
    case nullCheckRemoved = "null_check_removed"
    /// Error handling (try/except, catch, rescue) removed.
    case errorHandlingRemoved = "error_handling_removed"
    /// An unbounded module-level or static collection that only grows was added.
    case unboundedCollection = "unbounded_collection"
    /// CPU cost per request raised: a cost parameter (bcrypt rounds, pbkdf2 iterations), or costly work (compiling a regex)
    /// moved inside a loop.
    case costRaised = "cost_raised"
    /// An endpoint / host / URL / credential changed in code.
    case endpointChanged = "endpoint_changed"
    /// TLS verification or certificate configuration changed.
    case tlsChanged = "tls_changed"
    /// A rate limit / throttle setting changed.
    case rateLimitChanged = "rate_limit_changed"
    /// Logging or file writing that can fill a disk was added (debug logging, temp files without cleanup).
    case diskWriteAdded = "disk_write_added"
}

/// A finding in one hunk of one commit: the reference a human checks.
public struct CommitFinding: Sendable, Codable, Equatable {
    public var kind: CommitFindingKind
    public var sha: String
    public var file: String
    /// The hunk header it was found in.
    public var hunk: String
    /// Line number in the new file (or old file for removals).
    public var line: Int?
    /// What was found, in words (e.g. "removed @cache(ttl=300) from get_user_orders").
    public var detail: String
    /// The code before / after, when the finding is a change of one line.
    public var before: String?
    public var after: String?
    /// For numeric changes (pool size 20 → 5).
    public var oldValue: Double?
    public var newValue: Double?
    /// Columns a query now filters / orders by, tables an index was dropped from, and similar names.
    public var names: [String]

    public init(
        kind: CommitFindingKind, sha: String, file: String, hunk: String, line: Int? = nil, detail: String, before: String? = nil,
        after: String? = nil, oldValue: Double? = nil, newValue: Double? = nil, names: [String] = []
    ) {
        self.kind = kind
        self.sha = sha
        self.file = file
        self.hunk = hunk
        self.line = line
        self.detail = detail
        self.before = before
        self.after = after
        self.oldValue = oldValue
        self.newValue = newValue
        self.names = names
    }

    enum CodingKeys: String, CodingKey {
        case kind, sha, file, hunk, line, detail, before, after
        case oldValue = "old_value"
        case newValue = "new_value"
        case names
    }
}

/// A commit as the report summarises it.
public struct CommitSummary: Sendable, Codable, Equatable {
    public var sha: String
    public var author: String?
    public var timestamp: Double?
    public var message: String?
    public var files: [String]
    public var additions: Int
    public var deletions: Int

    public init(sha: String, author: String?, timestamp: Double?, message: String?, files: [String], additions: Int, deletions: Int) {
        self.sha = sha
        self.author = author
        self.timestamp = timestamp
        self.message = message
        self.files = files
        self.additions = additions
        self.deletions = deletions
    }
}

/// The commit analyzer's output.
public struct CommitSignals: Sendable, Codable, Equatable {
    public var commits: [CommitSummary]
    public var findings: [CommitFinding]

    public init(commits: [CommitSummary] = [], findings: [CommitFinding] = []) {
        self.commits = commits
        self.findings = findings
    }
}
