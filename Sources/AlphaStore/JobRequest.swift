/// A job to queue together with the row it is about (`Store.createIncident(…queueing:)`): its kind, and its payload
/// built from the new row's id, which the store generates.
public struct JobRequest: Sendable {
    /// What to do ("analyze").
    public var kind: String
    /// The payload for the new incident's id.
    public var payload: @Sendable (_ incidentID: String) -> [UInt8]

    /// A job request.
    public init(kind: String, payload: @escaping @Sendable (_ incidentID: String) -> [UInt8]) {
        self.kind = kind
        self.payload = payload
    }
}
