/// The parser's state between lines.
struct DiffStateMachine {
    var files: [DiffFile] = []
    var file: DiffFile?
    var hunk: DiffHunk?
    var oldLine = 0
    var newLine = 0
    /// Lines the current hunk header still promises on each side.
    var oldRemaining = 0
    var newRemaining = 0
    /// In patch mode (GitHub `patch`), there is one file and no `diff --git` line.
    var patchMode = false
    /// Inside a `GIT binary patch` block: skip until the next file.
    var inBinaryPatch = false
    /// A `--- x` line waiting for its `+++ y` partner (plain `diff -u` output without `diff --git`).
    var pendingOldHeader: String?

    init(file: DiffFile?) {
        self.file = file
    }

    mutating func feed(_ text: String) {
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            consume(line)
        }
    }

    mutating func finish() -> [DiffFile] {
        closeFile()
        return files
    }

    private var hunkHasRoom: Bool { hunk != nil && (oldRemaining > 0 || newRemaining > 0) }

    private mutating func consume(_ line: Substring) {
        if line.hasPrefix("diff --git ") || (line.hasPrefix("diff --cc ") && !patchMode) {
            startGitFile(header: line)
            return
        }
        if inBinaryPatch { return }
        if line.hasPrefix("@@ "), let header = DiffHunkHeader(line) {
            startHunk(header, text: line)
            return
        }
        if hunkHasRoom {
            appendHunkLine(line)
            return
        }
        if line.hasPrefix("\\") {
            return  // "\ No newline at end of file": a marker, not content.
        }
        if consumeFileHeader(line) { return }
        // Counts that lied (fewer than the lines given): keep reading added/removed lines. Not context lines: in `git log -p`
        // output the next commit's indented message would otherwise join the hunk.
        if hunk != nil, let first = line.first, first == "+" || first == "-" {
            appendHunkLine(line)
        }
    }

    /// Extended header lines between `diff --git` and the first hunk; true when the line was one.
    private mutating func consumeFileHeader(_ line: Substring) -> Bool {
        if line.hasPrefix("--- ") {
            let path = Self.headerPath(line.dropFirst(4))
            if file == nil || (!patchMode && !(file?.hunks.isEmpty ?? true)) {
                // Plain `diff -u`: a new file starts with `---`.
                pendingOldHeader = path
                return true
            }
            if path == nil { file?.status = .added } else if file?.oldPath == nil, path != file?.path { file?.oldPath = path }
            return true
        }
        if line.hasPrefix("+++ ") {
            let path = Self.headerPath(line.dropFirst(4))
            if let pending = pendingOldHeader {
                pendingOldHeader = nil
                closeFile()
                let newPath = path ?? pending
                let status: DiffFile.Status = path == nil ? .removed : .modified
                file = DiffFile(path: newPath, status: status, hunks: [])
                if pending == "/dev/null" { file?.status = .added }
                return true
            }
            if file == nil { file = DiffFile(path: path ?? "", status: .modified, hunks: []) }
            if let path, !patchMode { file?.path = path } else if path == nil { file?.status = .removed }
            return true
        }
        guard file != nil else { return false }
        if line.hasPrefix("new file mode") {
            file?.status = .added
        } else if line.hasPrefix("deleted file mode") {
            file?.status = .removed
        } else if line.hasPrefix("rename from ") || line.hasPrefix("copy from ") {
            let from = String(line.drop(while: { $0 != " " }).dropFirst().drop(while: { $0 != " " }).dropFirst())
            file?.oldPath = Self.unquote(from)
            file?.status = line.hasPrefix("rename") ? .renamed : .added
        } else if line.hasPrefix("rename to ") || line.hasPrefix("copy to ") {
            let to = String(line.drop(while: { $0 != " " }).dropFirst().drop(while: { $0 != " " }).dropFirst())
            file?.path = Self.unquote(to)
        } else if line.hasPrefix("Binary files ") {
            file?.isBinary = true
        } else if line.hasPrefix("GIT binary patch") {
            file?.isBinary = true
            inBinaryPatch = true
        } else if line.hasPrefix("similarity index") || line.hasPrefix("dissimilarity index") || line.hasPrefix("index ")
            || line.hasPrefix("old mode") || line.hasPrefix("new mode")
        {
            // Known headers with nothing the analyzer needs.
        } else {
            return false
        }
        return true
    }

    private mutating func startGitFile(header: Substring) {
        closeFile()
        inBinaryPatch = false
        pendingOldHeader = nil
        let (oldPath, newPath) = Self.gitHeaderPaths(header.dropFirst("diff --git ".count))
        file = DiffFile(path: newPath, oldPath: oldPath == newPath ? nil : oldPath, status: oldPath == newPath ? .modified : .renamed, hunks: [])
    }

    private mutating func startHunk(_ header: DiffHunkHeader, text: Substring) {
        closeHunk()
        if file == nil {
            if let pending = pendingOldHeader {
                file = DiffFile(path: pending, status: .modified, hunks: [])
                pendingOldHeader = nil
            } else {
                file = DiffFile(path: "", status: .modified, hunks: [])
            }
        }
        hunk = DiffHunk(
            header: String(text), oldStart: header.oldStart, oldCount: header.oldCount, newStart: header.newStart, newCount: header.newCount,
            lines: [])
        oldLine = header.oldStart
        newLine = header.newStart
        oldRemaining = header.oldCount
        newRemaining = header.newCount
    }

    private mutating func appendHunkLine(_ line: Substring) {
        guard hunk != nil else { return }
        let first = line.first
        let text = String(line.dropFirst())
        switch first {
        case "+":
            hunk?.lines.append(DiffLine(kind: .added, text: text, oldLine: nil, newLine: newLine))
            newLine += 1
            newRemaining -= 1
        case "-":
            hunk?.lines.append(DiffLine(kind: .removed, text: text, oldLine: oldLine, newLine: nil))
            oldLine += 1
            oldRemaining -= 1
        case "\\":
            return
        case " ", nil:
            // An empty line inside a hunk is a context line whose leading space was stripped (editors do this).
            hunk?.lines.append(DiffLine(kind: .context, text: text, oldLine: oldLine, newLine: newLine))
            oldLine += 1
            newLine += 1
            oldRemaining -= 1
            newRemaining -= 1
        default:
            // Garbage inside a hunk: the hunk is over.
            oldRemaining = 0
            newRemaining = 0
            _ = consumeFileHeader(line)
        }
    }

    private mutating func closeHunk() {
        if let hunk { file?.hunks.append(hunk) }
        hunk = nil
        oldRemaining = 0
        newRemaining = 0
    }

    private mutating func closeFile() {
        closeHunk()
        if let file { files.append(file) }
        file = nil
    }

    /// `a/x b/y` → (x, y). Splits at the middle when both names are equal (paths with spaces), else at the last ` b/`.
    static func gitHeaderPaths(_ rest: Substring) -> (String, String) {
        let text = String(rest)
        if text.hasPrefix("\"") {
            // Quoted names: "a/x y" "b/x y".
            let parts = text.split(separator: "\"", omittingEmptySubsequences: true).filter { $0 != " " }
            if parts.count >= 2 { return (stripPrefix(String(parts[0])), stripPrefix(String(parts[1]))) }
        }
        let chars = Array(text)
        if chars.count % 2 == 1 {
            let half = chars.count / 2
            let left = String(chars[..<half])
            let right = String(chars[(half + 1)...])
            if chars[half] == " ", stripPrefix(left) == stripPrefix(right) { return (stripPrefix(left), stripPrefix(right)) }
        }
        var split: Int?
        var index = chars.count - 3
        while index >= 0 {
            if chars[index] == " ", chars[index + 1] == "b", chars[index + 2] == "/" {
                split = index
                break
            }
            index -= 1
        }
        if let split {
            return (stripPrefix(String(chars[..<split])), String(chars[(split + 3)...]))
        }
        let parts = text.split(separator: " ", maxSplits: 1)
        if parts.count == 2 { return (stripPrefix(String(parts[0])), stripPrefix(String(parts[1]))) }
        return (stripPrefix(text), stripPrefix(text))
    }

    /// The path of a `---` / `+++` header, nil for `/dev/null`.
    static func headerPath(_ rest: Substring) -> String? {
        var value = rest
        if let tab = value.firstIndex(of: "\t") { value = value[..<tab] }  // `diff -u` appends a timestamp after a tab
        let text = unquote(String(value))
        if text == "/dev/null" { return nil }
        return stripPrefix(text)
    }

    static func stripPrefix(_ path: String) -> String {
        let unquoted = unquote(path)
        if unquoted.hasPrefix("a/") || unquoted.hasPrefix("b/") { return String(unquoted.dropFirst(2)) }
        return unquoted
    }

    static func unquote(_ text: String) -> String {
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { return String(text.dropFirst().dropLast()) }
        return text
    }
}
