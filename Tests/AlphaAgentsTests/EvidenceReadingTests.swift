import AlphaCore
import AlphaSignals
import Testing

@testable import AlphaAgents

/// What the agents read from evidence a responder would read: cache warnings, refused credentials after a secret change.
@Suite struct EvidenceReadingTests {
    static let split = 1_700_000_000.0

    /// Lines a minute apart around the split: `before` copies of one message before it, `after` copies of another after.
    static func lines(before: [String], after: [String]) -> [String] {
        var lines: [String] = []
        for (i, line) in before.enumerated() { lines.append("\(Timestamp.format(split - 3600 + Double(i) * 30)) \(line)") }
        for (i, line) in after.enumerated() { lines.append("\(Timestamp.format(split + 60 + Double(i) * 5)) \(line)") }
        return lines
    }

    static func context(_ lines: [String], config: ConfigSignals = ConfigSignals()) async -> AgentContext {
        let logs = await LogAnalyzer().analyze(lines.map { LogItem.line($0) }, split: split)
        return AgentContext(incident: Incident(deploymentId: "d"), signals: IncidentSignals(logs: logs, config: config))
    }

    @Test func javaRedisWarningsReadAsAnUnavailableCache() async throws {
        let access = Array(repeating: "INFO [orders-api] o.s.web.servlet.DispatcherServlet: Completed 200 OK", count: 20)
        let warning =
            "WARN [orders-api] c.s.orders.cache.CatalogCache: Cache read failed, using database: "
            + "io.lettuce.core.RedisConnectionException: Unable to connect to redis/10.0.2.5:6379: Connection refused"
        let context = await Self.context(Self.lines(before: access, after: Array(repeating: warning, count: 40)))
        let findings = try await LogAgent().findings(in: context)
        let cache = try #require(findings.first { $0.label == .cacheUnavailable })
        #expect(cache.evidence.weight > 1.5)
        #expect(cache.culprit?.dependency?.contains("6379") == true)
    }

    @Test func goRedisWarningsReadAsAnUnavailableCache() async throws {
        let warning = "level=warn msg=\"redis get failed, falling back to database: dial tcp 10.0.2.5:6379: connect: connection refused\""
        let context = await Self.context(Self.lines(before: [], after: Array(repeating: warning, count: 40)))
        let findings = try await LogAgent().findings(in: context)
        #expect(findings.contains { $0.label == .cacheUnavailable && $0.evidence.weight > 1.5 })
    }

    @Test func warningsAboutOtherHostsAreNotReadAsACache() async throws {
        let warning = "WARN upstream call failed, retrying: dial tcp 10.0.4.9:8443: connect: connection refused"
        let context = await Self.context(Self.lines(before: [], after: Array(repeating: warning, count: 40)))
        let findings = try await LogAgent().findings(in: context)
        #expect(!findings.contains { $0.label == .cacheUnavailable })
    }

    @Test func cacheWarningsAsCommonBeforeAsAfterAreBackground() async throws {
        let warning = "WARN redis get failed, falling back to database: dial tcp 10.0.2.5:6379: connect: connection refused"
        let context = await Self.context(Self.lines(before: Array(repeating: warning, count: 100), after: Array(repeating: warning, count: 10)))
        let findings = try await LogAgent().findings(in: context)
        #expect((findings.first { $0.label == .cacheUnavailable }?.evidence.weight ?? 0) < 0.5)
    }

    static let secretRotated = ConfigSignals(
        diffed: true,
        changes: [
            ConfigChange(
                key: "database.password_secret", kind: .changed, before: .string("orders-db-v3"), after: .string("orders-db-v4"),
                numericBefore: nil, numericAfter: nil, ratio: nil, direction: nil, risk: .credential, risky: true, mentionedInErrors: false)
        ])

    @Test func aRotatedSecretFollowedByRefusedLoginsIsTheBadConfig() async throws {
        let refused =
            "ERROR [orders-api] orders/db: failed to connect to `host=pg-primary user=orders database=orders`: server error "
            + "(FATAL: password authentication failed for user \"orders\" (SQLSTATE 28P01))"
        let context = await Self.context(Self.lines(before: [], after: Array(repeating: refused, count: 40)), config: Self.secretRotated)
        let config = try await ConfigAgent().findings(in: context)
        let named = try #require(config.first { $0.evidence.id.contains(":refused") })
        #expect(named.label == .badConfig)
        #expect(named.evidence.weight == 2.2)
        #expect(named.culprit?.configKey == "database.password_secret")
        let logs = try await LogAgent().findings(in: context)
        #expect(logs.contains { $0.label == .badConfig })
        #expect(!logs.contains { $0.label == .dependencyFailure })
    }

    @Test func aRotatedSecretWithoutRefusedLoginsIsOnlyARiskyChange() async throws {
        let context = await Self.context(Self.lines(before: [], after: ["ERROR something else broke"]), config: Self.secretRotated)
        let config = try await ConfigAgent().findings(in: context)
        #expect(!config.contains { $0.evidence.id.contains(":refused") })
        #expect(config.contains { $0.label == .badConfig && $0.evidence.weight == 1.0 })
    }
}

/// Naming what the evidence blames the way a responder would, and config changes that fill a disk.
@Suite struct CulpritNamingTests {
    @Test func anAddressIsNamedByTheConfiguredEndpointOnItsPort() {
        let config: [String: JSONValue] = [
            "cache.url": .string("redis://redis:6379/0"), "database.host": .string("pg-primary"),
            "payments.base_url": .string("https://billing.internal/v1"),
        ]
        #expect(LogAgent.named("10.0.2.5:6379", in: [], config: config) == "redis:6379")
        #expect(LogAgent.named("10.0.2.5:5432", in: [], config: config) == "10.0.2.5:5432")
        #expect(LogAgent.named("payments.internal:443", in: [], config: config) == "payments.internal:443")
        // Two endpoints on the same port: the address stays as the logs give it.
        let ambiguous: [String: JSONValue] = ["a.url": .string("redis://cache-a:6379"), "b.url": .string("redis://cache-b:6379")]
        #expect(LogAgent.named("10.0.2.5:6379", in: [], config: ambiguous) == "10.0.2.5:6379")
    }

    @Test func theResolverIsNotTheDependency() async {
        let lines = (0..<30).map { i in
            "\(Timestamp.format(EvidenceReadingTests.split + 60 + Double(i))) ERROR charge failed: dial tcp: lookup api.stripe.com on 10.96.0.10:53: no such host"
        }
        let logs = await LogAnalyzer().analyze(lines.map { LogItem.line($0) }, split: EvidenceReadingTests.split)
        let signatures = logs.signatures.filter { $0.category == .dns }
        #expect(LogAgent.dependency(of: signatures) == "api.stripe.com")
    }

    @Test func debugLoggingReadsAsAFillingDisk() async throws {
        let change = ConfigChange(
            key: "logging.level", kind: .changed, before: .string("INFO"), after: .string("DEBUG"), numericBefore: nil, numericAfter: nil,
            ratio: nil, direction: nil, risk: .other, risky: false, mentionedInErrors: false)
        let context = AgentContext(
            incident: Incident(deploymentId: "d"), signals: IncidentSignals(config: ConfigSignals(diffed: true, changes: [change])))
        let findings = try await ConfigAgent().findings(in: context)
        let disk = try #require(findings.first { $0.label == .diskFull })
        #expect(disk.culprit?.configKey == "logging.level")
        #expect(disk.evidence.weight == 1.4)
        var quieter = change
        quieter.after = .string("WARN")
        #expect(!ConfigAgent.loggingMadeVerbose(quieter))
    }
}
