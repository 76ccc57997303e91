/// A name or id on the command line that the store does not know (or already has): one line, exit 65.
enum AdminFailure: InputFailure, Hashable {
    /// No tenant has this name.
    case unknownTenant(String)
    /// The tenant has no token with this id.
    case unknownToken(tenant: String, id: String)
    /// A tenant with this name exists already.
    case duplicateTenant(String)
    /// A name that is empty or only blanks.
    case blankName(what: String)

    var description: String {
        switch self {
        case .unknownTenant(let name): "unknown tenant '\(name)' (see `alpha-sre admin tenant list`)"
        case .unknownToken(let tenant, let id): "tenant '\(tenant)' has no token '\(id)' (see `alpha-sre admin token list --tenant \(tenant)`)"
        case .duplicateTenant(let name): "a tenant named '\(name)' already exists"
        case .blankName(let what): "\(what) must not be empty"
        }
    }
}
