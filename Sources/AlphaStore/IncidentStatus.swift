/// Where an incident is in its lifecycle: `triggered → investigating → identified → mitigated → resolved`.
public enum IncidentStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// Created by an alert or an analyze request; nobody has looked yet.
    case triggered
    /// Someone is looking.
    case investigating
    /// The cause is known.
    case identified
    /// Impact has stopped; the fix may not be final.
    case mitigated
    /// Closed.
    case resolved
}
