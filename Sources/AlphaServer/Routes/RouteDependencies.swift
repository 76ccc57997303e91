import AlphaStore

/// What the route handlers share: the store and the server's live parts.
struct RouteDependencies: Sendable {
    let store: any Store
    let events: EventBus
    let metrics: ServerMetrics
    let waker: JobWaker
    let authenticator: TokenAuthenticator
    let bodies: BodyReader
}
