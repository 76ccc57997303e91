import AlphaSignals

/// Renders the reverse of diff hunks: what was added is removed and what was removed comes back.
enum RevertPatch {
    static func render(file: String, hunks: [DiffHunk]) -> String {
        var out = "--- a/\(file)\n+++ b/\(file)\n"
        for hunk in hunks {
            // The reversed hunk starts from the new file's side.
            out += "@@ -\(hunk.newStart),\(hunk.newCount) +\(hunk.oldStart),\(hunk.oldCount) @@ revert\n"
            for line in hunk.lines {
                switch line.kind {
                case .context: out += " \(line.text)\n"
                case .added: out += "-\(line.text)\n"
                case .removed: out += "+\(line.text)\n"
                }
            }
        }
        return out
    }
}
