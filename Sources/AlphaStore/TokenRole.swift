/// What an API token may do. Each role includes the rights of the roles before it.
public enum TokenRole: String, CaseIterable, Hashable, Sendable, Codable {
    /// Read incidents, reports and timelines.
    case viewer
    /// Also analyze incidents and move them through the lifecycle.
    case responder
    /// Also approve or reject remediations.
    case approver
    /// Also manage tokens and tenants.
    case admin

    /// Whether this role has at least the rights of `required`.
    public func allows(_ required: TokenRole) -> Bool {
        rank >= required.rank
    }

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .responder: 1
        case .approver: 2
        case .admin: 3
        }
    }
}
