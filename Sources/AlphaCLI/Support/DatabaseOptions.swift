import AlphaStore
import ArgumentParser
import Foundation
import Logging

/// `--database`: where the store lives. Shared by `admin`, `audit` and `serve` (`@OptionGroup var database: DatabaseOptions`).
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "SQLite file path or sqlite:PATH, or postgres://user:pass@host:port/db. "
                + "Default: $ALPHA_SRE_DATABASE, else $ALPHA_SRE_DATA/alpha-sre.sqlite, else ./.alpha-sre/alpha-sre.sqlite.",
            valueName: "url"))
    var database: String?

    /// Opens the chosen store for one command (warnings logged to stderr), runs `body`, shuts the store down.
    func withStore<R: Sendable>(_ body: (any Store) async throws -> R) async throws -> R {
        var logger = Logger(label: "alpha-sre", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .warning
        return try await StoreOpener.withStore(database, environment: ProcessInfo.processInfo.environment, logger: logger, body)
    }
}
