import AlphaCore
import AlphaSignals

/// Builds a one-file `git show` diff from hunk body lines (each already prefixed with ` `, `+` or `-`).
func gitDiff(_ path: String, _ body: String, header: String = "@@ -1,400 +1,400 @@") -> String {
    "diff --git a/\(path) b/\(path)\nindex 1111111..2222222 100644\n--- a/\(path)\n+++ b/\(path)\n\(header)\n\(body)\n"
}

/// Findings of a single commit with one file.
func analyze(_ path: String, _ body: String, sha: String = "abc123") -> [CommitFinding] {
    CommitAnalyzer().analyze([Commit(sha: sha, diff: gitDiff(path, body))]).findings
}

/// Findings of the given kind.
func analyze(_ path: String, _ body: String, kind: CommitFindingKind) -> [CommitFinding] {
    analyze(path, body).filter { $0.kind == kind }
}
