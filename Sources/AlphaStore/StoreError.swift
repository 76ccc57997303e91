/// Errors every engine reports the same way, so the server can map them to HTTP problems.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No such row in this tenant (also what another tenant's id looks like: never "forbidden").
    case notFound(kind: String, id: String)
    /// A unique name or id is already taken.
    case duplicate(kind: String, id: String)
    /// The lifecycle table does not allow this move.
    case forbiddenTransition(from: IncidentStatus, to: IncidentStatus)
    /// A paging cursor that this store did not produce.
    case invalidCursor(String)
    /// A job is not in the state the operation needs (e.g. completing a job that is not running).
    case invalidJobState(id: String, state: JobState)
    /// A stored value could not be read back (corrupt row, unknown enum value).
    case corruptRow(kind: String, detail: String)
    /// The database engine failed; `detail` carries its message.
    case engine(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .notFound(let kind, let id): "\(kind) '\(id)' not found"
        case .duplicate(let kind, let id): "\(kind) '\(id)' already exists"
        case .forbiddenTransition(let from, let to):
            "incident cannot move from \(from.rawValue) to \(to.rawValue); allowed from \(from.rawValue): "
                + (IncidentLifecycle.allowedTransitions[from] ?? []).map(\.rawValue).sorted().joined(separator: ", ")
        case .invalidCursor(let cursor): "invalid paging cursor '\(cursor)'"
        case .invalidJobState(let id, let state): "job '\(id)' is \(state.rawValue)"
        case .corruptRow(let kind, let detail): "corrupt \(kind) row: \(detail)"
        case .engine(let detail): "database error: \(detail)"
        }
    }
}
