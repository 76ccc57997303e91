/// Placeholder replaced by the server implementation.
public struct ServerConfiguration: Sendable {
    /// A configuration.
    public init() {}
}
