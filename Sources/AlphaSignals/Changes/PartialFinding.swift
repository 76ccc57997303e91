/// A finding before the commit sha is attached.
struct PartialFinding {
    var kind: CommitFindingKind
    var file: String
    var hunk: String
    var line: Int?
    var detail: String
    var before: String?
    var after: String?
    var oldValue: Double?
    var newValue: Double?
    var names: [String] = []
}
