import AlphaServer
import AlphaStore
import AlphaStoreSQLite
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore

/// A server over a fresh SQLite store in a temporary folder, with one tenant ("acme") holding a token of every role
/// and a second tenant ("globex") with an admin token, for isolation tests.
struct TestServer {
    let store: any Store
    /// The id of the main tenant (names are unique per server, so a shared PostgreSQL database can host many).
    let tenantID: String
    let tokens: [TokenRole: String]
    let otherTenantToken: String
    let metrics: ServerMetrics
    let events: EventBus

    static let logger: Logger = {
        var logger = Logger(label: "alpha-sre.server.tests")
        logger.logLevel = .warning
        return logger
    }()

    static func make(store: (any Store)? = nil) async throws -> TestServer {
        let store = try store ?? SQLiteStore(path: temporaryFolder().appendingPathComponent("alpha-sre.sqlite").path)
        let acme = try await store.createTenant(name: "acme-\(UUID().uuidString)", actor: "test")
        var tokens: [TokenRole: String] = [:]
        for role in TokenRole.allCases {
            let secret = APITokenSecret.generate()
            _ = try await store.createToken(
                tenantID: acme.id, name: role.rawValue, role: role, secretHash: APITokenSecret.hash(secret), actor: "test")
            tokens[role] = secret
        }
        let globex = try await store.createTenant(name: "globex-\(UUID().uuidString)", actor: "test")
        let other = APITokenSecret.generate()
        _ = try await store.createToken(tenantID: globex.id, name: "admin", role: .admin, secretHash: APITokenSecret.hash(other), actor: "test")
        return TestServer(store: store, tenantID: acme.id, tokens: tokens, otherTenantToken: other, metrics: ServerMetrics(), events: EventBus())
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alpha-sre-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func app(_ configuration: ServerConfiguration = ServerConfiguration(port: 0), onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> AlphaServerApp.App
    {
        AlphaServerApp.build(
            store: store, configuration: configuration, logger: Self.logger, metrics: metrics, events: events,
            onServerRunning: onServerRunning)
    }

    /// Runs `body` against the router (no sockets), with the background workers running.
    func withClient(
        _ configuration: ServerConfiguration = ServerConfiguration(port: 0), _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        try await app(configuration).test(.router) { client in try await body(client) }
    }

    func token(_ role: TokenRole) -> String { tokens[role] ?? "" }
}

extension TestClientProtocol {
    /// A request with a bearer token and an optional body.
    @discardableResult
    func call(_ method: HTTPRequest.Method, _ uri: String, token: String?, body: [UInt8]? = nil) async throws -> TestResponse {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if body != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) }) { response in
            TestResponse(status: response.status, headers: response.headers, body: Array(response.body.readableBytesView))
        }
    }

    func call(_ method: HTTPRequest.Method, _ uri: String, token: String?, json: String) async throws -> TestResponse {
        try await call(method, uri, token: token, body: Array(json.utf8))
    }

    /// Polls the status endpoint until the analysis has finished (or failed), up to `timeout`.
    func waitForAnalysis(_ id: String, token: String, timeout: Duration = .seconds(10)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let status = try await call(.get, "/api/v1/incidents/\(id)/status", token: token)
            if let state = status.object["analysis"] as? String, state == "succeeded" || state == "failed" { return state }
            try await Task.sleep(for: .milliseconds(20))
        }
        return "timed out"
    }
}

/// What a test reads from a response.
struct TestResponse: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object (empty when it is not one).
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }
}

enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func incident(_ name: String = "incident-b") throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent("Examples/incidents/\(name).json")))
    }
}
