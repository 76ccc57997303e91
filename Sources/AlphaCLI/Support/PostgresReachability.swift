import AlphaStorePostgres
import Logging
import NIOSSL
import PostgresNIO

/// Checks that a PostgreSQL server accepts our login before a pool is started.
///
/// Why: `PostgresClient`'s pool retries failed connections with backoff for up to a minute and then fails queries with
/// only "circuit breaker tripped", so a wrong host or password would hang a CLI command and end without a reason. One
/// direct connection fails within its connect timeout and says why (refused, unknown host, wrong password, missing
/// database).
enum PostgresReachability {
    /// Connects once to `url` and closes again; throws `DatabaseUnavailable` naming the reason (never the password).
    static func check(url: String, connectTimeoutSeconds: Int64 = 10, logger: Logger) async throws {
        let location = PostgresURL.redacted(url)
        do {
            let parsed = try PostgresURL(url)
            let tls: PostgresConnection.Configuration.TLS =
                parsed.requiresTLS ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
            var configuration = PostgresConnection.Configuration(
                host: parsed.host, port: parsed.port, username: parsed.user, password: parsed.password, database: parsed.database, tls: tls)
            configuration.options.connectTimeout = .seconds(connectTimeoutSeconds)
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try await connection.close()
        } catch {
            throw DatabaseUnavailable(location: location, reason: describe(error))
        }
    }

    /// One line for people. `PSQLError.description` is deliberately generic, so the server's message or the
    /// underlying network error is dug out instead; neither carries the password.
    static func describe(_ error: any Error) -> String {
        if let failure = error as? PSQLError {
            if let message = failure.serverInfo?[.message] {
                return message + (failure.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
            }
            if let underlying = failure.underlying { return describe(underlying) }
            return "\(failure.code)"
        }
        if let failure = error as? PostgresURL.ParseError { return failure.reason }
        return String(describing: error)
    }
}
