public import AlphaCore

/// Reads recent commits' diffs and reports the changes known to cause incidents (see `CommitFindingKind`).
///
/// Works line by line on added and removed lines with cheap substring checks. Test files, docs, styles and comments are
/// ignored; a line that only moved within the commit (same text removed in one place, added in another) is neither an
/// addition nor a removal.
public struct CommitAnalyzer: Sendable {
    /// A stateless analyzer.
    public init() {}

    /// Summaries and findings for `commits`, in input order.
    public func analyze(_ commits: [Commit]) -> CommitSignals {
        var signals = CommitSignals()
        for commit in commits {
            let files = Self.diffFiles(of: commit)
            signals.commits.append(Self.summary(of: commit, files: files))
            signals.findings.append(contentsOf: CommitScan(sha: commit.sha, files: files).run())
        }
        return signals
    }

    /// The commit's files: its `git show` diff when given and parseable, else its GitHub `files[]` patches.
    static func diffFiles(of commit: Commit) -> [DiffFile] {
        if let diff = commit.diff {
            let parsed = UnifiedDiffParser.parse(diff)
            if !parsed.isEmpty { return parsed }
        }
        return commit.files.map { file in
            UnifiedDiffParser.parsePatch(file.patch ?? "", path: file.path, status: status(file.status))
        }
    }

    static func status(_ text: String?) -> DiffFile.Status {
        switch text?.lowercased() {
        case "added": return .added
        case "removed", "deleted": return .removed
        case "renamed": return .renamed
        default: return .modified
        }
    }

    static func summary(of commit: Commit, files: [DiffFile]) -> CommitSummary {
        let counted = commit.files.contains { $0.additions != nil || $0.deletions != nil }
        let additions = counted ? commit.files.reduce(0) { $0 + max(0, $1.additions ?? 0) } : files.reduce(0) { $0 + $1.additions }
        let deletions = counted ? commit.files.reduce(0) { $0 + max(0, $1.deletions ?? 0) } : files.reduce(0) { $0 + $1.deletions }
        let paths = files.isEmpty ? commit.files.map(\.path) : files.map(\.path)
        return CommitSummary(
            sha: commit.sha, author: commit.author, timestamp: commit.timestamp, message: commit.message, files: paths, additions: additions,
            deletions: deletions)
    }
}
