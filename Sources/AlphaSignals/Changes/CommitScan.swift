/// One commit's scan: walks its files and hunks and runs the detectors.
struct CommitScan {
    let sha: String
    let files: [DiffFile]
    /// Whitespace-free added / removed code lines across the whole commit, to recognise moved lines.
    private var addedAnywhere: Set<String> = []
    private var removedAnywhere: Set<String> = []
    var findings: [CommitFinding] = []
    private var seen: Set<String> = []

    init(sha: String, files: [DiffFile]) {
        self.sha = sha
        self.files = files
        for file in files {
            let language = SourceLanguage(path: file.path)
            guard language != .ignored else { continue }
            for hunk in file.hunks {
                for line in hunk.lines where line.kind != .context {
                    let code = CodeLine.stripComment(line.text, language: language).squeezed
                    guard !code.isEmpty else { continue }
                    if line.kind == .added { addedAnywhere.insert(code) } else { removedAnywhere.insert(code) }
                }
            }
        }
    }

    consuming func run() -> [CommitFinding] {
        for file in files {
            let language = SourceLanguage(path: file.path)
            guard language != .ignored, !file.isBinary else { continue }
            var scan = FileScan(file: file, language: language)
            for hunk in file.hunks {
                var lines = hunk.lines.enumerated().map { CodeLine($0.element, position: $0.offset, language: language) }
                if language == .python { Self.blankDocstrings(&lines) }
                let changed = lines.filter { line in
                    guard line.kind != .context, !line.isBlank else { return false }
                    let opposite = line.kind == .added ? removedAnywhere : addedAnywhere
                    return !opposite.contains(line.code.squeezed)
                }
                scan.scanHunk(hunk, lines: lines, changed: changed)
            }
            scan.scanFile()
            for finding in scan.findings { record(finding) }
        }
        return findings
    }

    /// Python docstrings are prose: blank the lines of a triple-quoted block that starts a line (a string assigned or passed
    /// to a call, such as multi-line SQL, keeps its text). The old and new sides are tracked apart.
    static func blankDocstrings(_ lines: inout [CodeLine]) {
        var old = TripleQuoteState.none
        var new = TripleQuoteState.none
        for index in lines.indices {
            let kind = lines[index].kind
            let trimmed = lines[index].raw.trimmedWhitespace
            let quotes = trimmed.utf8Count(of: "\"\"\"") + trimmed.utf8Count(of: "'''")
            let state = kind == .removed ? old : new
            let startsWithQuotes = trimmed.hasPrefix("\"\"\"") || trimmed.hasPrefix("'''") || trimmed.hasPrefix("r\"\"\"")
            var next = state
            if quotes % 2 == 1 { next = state == .none ? (startsWithQuotes ? .doc : .string) : .none }
            if state == .doc || next == .doc || (quotes >= 2 && startsWithQuotes) {
                lines[index].code = ""
                lines[index].lower = ""
                lines[index].compact = ""
            }
            switch kind {
            case .removed: old = next
            case .added: new = next
            case .context:
                old = next
                new = next
            }
        }
    }

    private mutating func record(_ partial: PartialFinding) {
        let key = "\(partial.kind.rawValue)|\(partial.file)|\(partial.line.map(String.init) ?? partial.hunk)|\(partial.names.joined(separator: ","))"
        guard seen.insert(key).inserted else { return }
        findings.append(
            CommitFinding(
                kind: partial.kind, sha: sha, file: partial.file, hunk: partial.hunk, line: partial.line, detail: partial.detail,
                before: partial.before, after: partial.after, oldValue: partial.oldValue, newValue: partial.newValue, names: partial.names))
    }
}
