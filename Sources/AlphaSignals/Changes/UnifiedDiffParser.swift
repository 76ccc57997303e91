/// Reads unified diffs (`git show`, `git diff`, `diff -u`, GitHub patches) into files, hunks and numbered lines.
///
/// The parser is a forgiving line-by-line state machine: it never traps, and on malformed input (garbage lines,
/// truncated hunks, hunk counts that lie) it keeps whatever it could read. Hunk counts are used to tell a removed
/// line that happens to start with `--- ` from the next file's header, and are otherwise advisory.
public enum UnifiedDiffParser {
    /// A whole `git show` / `git diff` output (commit header lines before the first `diff --git` are skipped) → files.
    public static func parse(_ diff: String) -> [DiffFile] {
        var machine = DiffStateMachine(file: nil)
        machine.feed(diff)
        return machine.finish()
    }

    /// One file's patch as GitHub's REST API gives it (hunks only).
    public static func parsePatch(_ patch: String, path: String, status: DiffFile.Status) -> DiffFile {
        var machine = DiffStateMachine(file: DiffFile(path: path, status: status, hunks: []))
        machine.patchMode = true
        machine.feed(patch)
        let files = machine.finish()
        guard var file = files.first else { return DiffFile(path: path, status: status, hunks: []) }
        // A patch's own headers must not rename the file the caller named.
        file.path = path
        file.status = status
        for extra in files.dropFirst() { file.hunks.append(contentsOf: extra.hunks) }
        return file
    }
}
