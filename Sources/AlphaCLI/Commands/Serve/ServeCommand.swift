import AlphaServer
import AlphaStore
import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle

/// `alpha-sre serve`: the incident API (docs/api.md) over the embedded SQLite store or PostgreSQL.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the incident API: analyze over HTTP, incidents, approvals, audit log, live events, /metrics.",
        discussion: """
            Settings come from flags, then ALPHA_SRE_* environment variables, then --config (YAML or JSON with the keys
            host, port, database, max_body_bytes, body_timeout_seconds, idle_timeout_seconds, workers, job_lease_seconds,
            token_cache_seconds, report_cache_mb, log_format, log_level). With no setup it serves the SQLite store in ./.alpha-sre/.
            Create a tenant and a token first: alpha-sre admin tenant create acme; alpha-sre admin token create --tenant acme --role admin.
            SIGTERM or SIGINT stop it gracefully: requests and analyses in flight finish; queued analyses wait for the next start.
            """
    )

    @Option(help: "Interface to listen on (default 127.0.0.1; env ALPHA_SRE_HOST).") var host: String?
    @Option(help: "TCP port (default 8080, 0 picks a free one; env ALPHA_SRE_PORT).") var port: Int?
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Largest request body in bytes (default 10 MiB); larger bodies get 413.") var maxBodyBytes: Int?
    @Option(help: "How many analyses run at once (default 4, on low-priority threads).") var workers: Int?
    @Option(help: "Log format: auto (JSON unless stderr is a terminal), json or text.") var logFormat: String?
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (default info).") var logLevel: String?
    @Option(help: "A YAML or JSON settings file.", completion: .file()) var config: String?
    @Flag(help: "Print the OpenAPI document and exit.") var printOpenapi = false

    func run() async throws {
        if printOpenapi {
            Terminal.write(OpenAPIDocument.json)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let settings = try resolveSettings(environment: environment)
        let logger = ServerLogging.bootstrap(format: settings.logFormat, level: settings.logLevel)
        let location = try DatabaseLocation.resolve(settings.database, environment: environment)

        // PostgreSQL: migrate once with a short-lived pool, so the server's pool starts on an up-to-date schema.
        if case .postgres = location {
            try await StoreOpener.withStore(settings.database, environment: environment, logger: logger) { _ in }
        }
        let opened = try await StoreOpener.open(location, logger: logger)
        let isSQLite = if case .sqlite = location { true } else { false }
        let configuration = settings.serverConfiguration(requeueRunningJobsAtStart: isSQLite)
        let app = AlphaServerApp.build(
            store: opened.store, configuration: configuration, logger: logger, services: opened.services,
            onServerRunning: { port in
                logger.notice(
                    "alpha-sre serving",
                    metadata: ["url": "http://\(configuration.host):\(port)", "store": "\(location.redacted)", "workers": "\(configuration.workers)"])
            })
        try await AlphaServerApp.run(app)
    }

    /// Defaults, then the file, then the environment, then flags.
    func resolveSettings(environment: [String: String]) throws -> ServeSettings {
        var settings = ServeSettings()
        if let config {
            let text: String
            do {
                text = try String(contentsOfFile: config, encoding: .utf8)
            } catch {
                throw ServeSettings.Invalid(source: config, problem: "cannot read the settings file")
            }
            try settings.apply(file: text, path: config)
        }
        try settings.apply(environment: environment)
        if let host { try settings.set("host", host, source: "--host") }
        if let port { try settings.set("port", String(port), source: "--port") }
        if let value = database.database { try settings.set("database", value, source: "--database") }
        if let maxBodyBytes { try settings.set("max_body_bytes", String(maxBodyBytes), source: "--max-body-bytes") }
        if let workers { try settings.set("workers", String(workers), source: "--workers") }
        if let logFormat { try settings.set("log_format", logFormat, source: "--log-format") }
        if let logLevel { try settings.set("log_level", logLevel, source: "--log-level") }
        return settings
    }
}
