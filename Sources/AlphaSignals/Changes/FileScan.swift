/// The detectors' state for one file of a commit.
struct FileScan {
    let file: DiffFile
    let language: SourceLanguage
    var findings: [PartialFinding] = []
    /// Added and context lines of every hunk, for file-wide questions (is there an eviction? a cleanup?).
    var visibleLines: [CodeLine] = []
    /// Added (non-moved) lines with their hunk header, for file-wide detectors.
    var addedLines: [(line: CodeLine, hunk: String)] = []
    /// Whitespace-free added lines of the file (all of them, moved or not), to tell a moved decorator from a removed one.
    var addedInFile: [String] = []

    init(file: DiffFile, language: SourceLanguage) {
        self.file = file
        self.language = language
        for hunk in file.hunks {
            for line in hunk.lines where line.kind == .added {
                let code = CodeLine.stripComment(line.text, language: language).lowercased().squeezed
                if !code.isEmpty { addedInFile.append(code) }
            }
        }
    }

    /// Runs the per-hunk detectors. `lines` is the whole hunk; `changed` its non-blank, non-moved added/removed lines.
    mutating func scanHunk(_ hunk: DiffHunk, lines: [CodeLine], changed: [CodeLine]) {
        let removed = changed.filter { $0.kind == .removed }
        let added = changed.filter { $0.kind == .added }
        let hunkAdded = lines.filter { $0.kind == .added && !$0.isBlank }
        let pairs = Self.pair(removed: removed, added: added)
        for pair in pairs { scanValueChange(pair, lines: lines, hunk: hunk.header) }
        if file.status != .removed {
            for line in removed { scanRemoval(line, hunkAdded: hunkAdded, lines: lines, hunk: hunk.header) }
        }
        var lastQuery: (findingIndex: Int, position: Int)?
        for line in added {
            let counterpart = pairs.first { $0.added.position == line.position }?.removed
            scanAddition(line, counterpart: counterpart, lines: lines, hunk: hunk.header, lastQuery: &lastQuery)
            addedLines.append((line, hunk.header))
        }
        scanLoops(lines, hunk: hunk.header)
        visibleLines.append(contentsOf: lines.filter { $0.kind != .removed && !$0.isBlank })
    }

    /// File-wide detectors, after every hunk was seen.
    mutating func scanFile() {
        scanMigration()
        scanUnboundedCollections()
        scanTempFiles()
    }

    mutating func emit(
        _ kind: CommitFindingKind, _ line: CodeLine, hunk: String, detail: String, before: String? = nil, after: String? = nil,
        oldValue: Double? = nil, newValue: Double? = nil, names: [String] = []
    ) {
        findings.append(
            PartialFinding(
                kind: kind, file: file.path, hunk: hunk, line: line.number, detail: detail, before: before, after: after, oldValue: oldValue,
                newValue: newValue, names: names))
    }

    /// A short quote of a line for details.
    static func quote(_ code: String) -> String {
        code.count <= 80 ? "`\(code)`" : "`\(code.prefix(77))...`"
    }
}
