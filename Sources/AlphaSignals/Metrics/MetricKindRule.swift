/// One row of the classification table: the kind applies when every group in `allOf` shares a word with the name
/// (or with words derived from labels) and `noneOf` shares none. Rows are tried in order; the first match wins.
struct MetricKindRule: Sendable {
    let kind: MetricKind
    let allOf: [Set<String>]
    let noneOf: Set<String>

    init(_ kind: MetricKind, _ allOf: [Set<String>], noneOf: Set<String> = []) {
        self.kind = kind
        self.allOf = allOf
        self.noneOf = noneOf
    }

    func matches(_ words: Set<String>) -> Bool {
        words.isDisjoint(with: noneOf) && allOf.allSatisfy { !words.isDisjoint(with: $0) }
    }
}
