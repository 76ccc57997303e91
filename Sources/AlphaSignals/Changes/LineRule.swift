/// A substring rule on one changed line: the table rows the detectors are built from.
struct LineRule: Sendable {
    var kind: CommitFindingKind
    var languages: Set<SourceLanguage>
    /// Lowercase needles; any one matching fires the rule.
    var needles: [String]
    /// Match against the whitespace-free line (for `verify = False` vs `verify=False`); the needles are then written without spaces.
    var compact = false
    /// What the line does, for the finding's detail ("added row locking").
    var action: String

    /// The first needle found in `line`, if the rule applies to `language`.
    func match(_ line: CodeLine, language: SourceLanguage) -> String? {
        guard languages.contains(language) else { return nil }
        let haystack = compact ? line.compact : line.lower
        return needles.first { haystack.has($0) }
    }
}
