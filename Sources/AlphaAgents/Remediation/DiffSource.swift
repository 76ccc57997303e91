import AlphaCore
import AlphaSignals

/// The parsed files of a commit, from whichever form it came in.
enum DiffSource {
    static func files(of commit: Commit) -> [DiffFile] {
        if let diff = commit.diff, !diff.isEmpty { return UnifiedDiffParser.parse(diff) }
        return commit.files.compactMap { file in
            guard let patch = file.patch else { return nil }
            let status: DiffFile.Status =
                switch file.status {
                case "added": .added
                case "removed": .removed
                case "renamed": .renamed
                default: .modified
                }
            return UnifiedDiffParser.parsePatch(patch, path: file.path, status: status)
        }
    }
}
