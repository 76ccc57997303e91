import AlphaAgents
public import AlphaStore
public import Hummingbird
public import Logging
import NIOCore
public import ServiceLifecycle

/// Builds the server: the router with its middleware and routes, and the background services (analysis workers,
/// event shutdown). The caller runs it (`runService()` in `alpha-sre serve`, HummingbirdTesting in tests).
public enum AlphaServerApp {
    /// The application type `build` returns.
    public typealias App = Application<RouterResponder<AlphaRequestContext>>

    /// A server over `store`.
    /// - Parameters:
    ///   - services: extra services to run with the server (e.g. a PostgreSQL store's connection pool).
    ///   - onServerRunning: called with the bound port once the server listens (tests and `--port 0`).
    public static func build(
        store: any Store, configuration: ServerConfiguration, logger: Logger, metrics: ServerMetrics = ServerMetrics(),
        events: EventBus = EventBus(), services: [any Service] = [], onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> App {
        let waker = JobWaker()
        let authenticator = TokenAuthenticator(store: store, ttl: configuration.tokenCacheTTL)
        let deps = RouteDependencies(
            store: store, events: events, metrics: metrics, waker: waker, authenticator: authenticator,
            bodies: BodyReader(maxBytes: configuration.maxBodyBytes), reports: ReportCache(limitBytes: configuration.reportCacheBytes))

        let router = makeRouter(deps)
        let workers = AnalysisWorkers(
            store: store, analyzer: IncidentAnalyzer(agentDeadline: configuration.agentDeadline), events: events, metrics: metrics,
            waker: waker, executor: .shared(threads: configuration.workers, nice: configuration.analysisNice),
            configuration: configuration, logger: logger)
        let idle = configuration.idleTimeout.components
        let bodyTimeout = configuration.bodyTimeout
        return Application(
            router: router,
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [RequestBodyDeadline(timeout: bodyTimeout)], idleTimeout: .seconds(max(1, idle.seconds)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "alpha-sre"),
            services: services + [workers],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }

    /// Runs `app` until SIGTERM or SIGINT, then shuts it down gracefully.
    public static func run(_ app: App) async throws {
        try await app.runService()
    }

    /// Every route the server answers, as `METHOD /path` with `{name}` parameters (the OpenAPI test checks each is
    /// documented).
    public static func routes() -> [String] {
        let deps = RouteDependencies(
            store: MemoryStore(), events: EventBus(), metrics: ServerMetrics(), waker: JobWaker(),
            authenticator: TokenAuthenticator(store: MemoryStore(), ttl: .seconds(1)), bodies: BodyReader(maxBytes: 1),
            reports: ReportCache(limitBytes: 0))
        return makeRouter(deps).routes.map { "\($0.method.rawValue) \($0.path)" }
    }

    static func makeRouter(_ deps: RouteDependencies) -> Router<AlphaRequestContext> {
        let router = Router(context: AlphaRequestContext.self)
        router.add(middleware: RequestMetricsMiddleware(metrics: deps.metrics))
        router.add(middleware: LogRequestsMiddleware(.debug))
        router.add(middleware: ProblemMiddleware())
        OperationsRoutes(deps: deps).register(on: router)
        let api = router.group("api/v1").add(middleware: AuthMiddleware(authenticator: deps.authenticator))
        IncidentRoutes(deps: deps).register(on: api)
        DecisionRoutes(deps: deps).register(on: api)
        AdminRoutes(deps: deps).register(on: api)
        EventRoutes(deps: deps).register(on: api)
        return router
    }
}
