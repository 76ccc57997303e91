public import AlphaStore
public import PostgresNIO
public import ServiceLifecycle

/// The PostgreSQL engine: a pooled PostgresNIO `PostgresClient`. Several server replicas can share one database: job
/// claims use `FOR UPDATE SKIP LOCKED`, audit appends lock the tenant row so each chain stays linear.
///
/// The client's connection pool works only while `run()` is running: run the store in a `ServiceGroup` (it is a
/// `Service`) or use `PostgresStore.withStore(url:logger:_:)`, which runs it for the duration of a closure.
public final class PostgresStore: Store, Service {
    /// The underlying pooled client.
    public let client: PostgresClient
    let logger: Logger

    /// A store over a client built from `configuration`; call `migrate()` once `run()` is running.
    public init(configuration: PostgresClient.Configuration, logger: Logger) {
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
    }

    /// A store for a `postgres://user[:password]@host[:port]/database` URL, with at most `maximumConnections`
    /// pooled connections.
    public convenience init(url: String, logger: Logger, maximumConnections: Int = 20) throws {
        let parsed = try PostgresURL(url)
        let tls: PostgresClient.Configuration.TLS = parsed.requiresTLS ? .require(.makeClientConfiguration()) : .disable
        var configuration = PostgresClient.Configuration(
            host: parsed.host, port: parsed.port, username: parsed.user, password: parsed.password, database: parsed.database, tls: tls)
        configuration.options.maximumConnections = max(1, maximumConnections)
        self.init(configuration: configuration, logger: logger)
    }

    /// Runs the connection pool until the task is cancelled (or graceful shutdown, as a `Service`).
    public func run() async throws {
        await client.run()
    }

    /// Opens a store for `url`, runs its pool, applies migrations, calls `body`, then shuts the pool down.
    public static func withStore<Result: Sendable>(
        url: String, logger: Logger, maximumConnections: Int = 20, _ body: @Sendable (PostgresStore) async throws -> Result
    ) async throws -> Result {
        let store = try PostgresStore(url: url, logger: logger, maximumConnections: maximumConnections)
        return try await store.withRunningPool {
            try await store.migrate()
            return try await body(store)
        }
    }

    /// Runs the connection pool in a child task while `body` runs, then cancels it and waits for it to close.
    /// Waits until the pool task has started before calling `body`, so the first query does not race `run()`.
    public func withRunningPool<Result: Sendable>(_ body: @Sendable () async throws -> Result) async throws -> Result {
        let (started, signal) = AsyncStream.makeStream(of: Void.self)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                signal.finish()
                try await self.run()
            }
            defer { group.cancelAll() }
            for await _ in started {}
            return try await body()
        }
    }

    /// Applies pending migrations under an advisory lock, so replicas starting together migrate once.
    public func migrate() async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7070701)", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)", logger: logger)
            let applied = try await connection.query("SELECT version FROM schema_migrations", logger: logger).collect()
                .map { row -> String in try PostgresRows.value(row.makeRandomAccess(), "version") }
            for migration in PostgresSchema.migrations where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (\(migration.version), \(StoreTime.now().microseconds))",
                    logger: logger)
            }
        }
    }

    // MARK: Tenants

    /// See `Store.createTenant`.
    public func createTenant(name: String, actor: String) async throws -> Tenant {
        let tenant = Tenant(id: StoreID.make(), name: name, createdAt: .now())
        return try await transaction { connection in
            let inserted = try await connection.query(
                """
                INSERT INTO tenants (id, name, created_at, audit_head_seq, audit_head_hash)
                VALUES (\(tenant.id), \(name), \(tenant.createdAt.microseconds), 0, \(AuditChain.genesisHash))
                ON CONFLICT (name) DO NOTHING RETURNING id
                """, logger: self.logger
            ).collect()
            guard !inserted.isEmpty else { throw StoreError.duplicate(kind: "tenant", id: name) }
            try await self.audit(connection, tenant.id, actor, "tenant.create", nil, AuditText.object(["id": tenant.id, "name": name]))
            return tenant
        }
    }

    /// See `Store.tenant(id:)`.
    public func tenant(id: String) async throws -> Tenant? {
        try await fetchAll("SELECT * FROM tenants WHERE id = \(id)", PostgresRows.tenant).first
    }

    /// See `Store.tenant(named:)`.
    public func tenant(named name: String) async throws -> Tenant? {
        try await fetchAll("SELECT * FROM tenants WHERE name = \(name)", PostgresRows.tenant).first
    }

    /// See `Store.listTenants`.
    public func listTenants() async throws -> [Tenant] {
        try await fetchAll("SELECT * FROM tenants ORDER BY name", PostgresRows.tenant)
    }

    // MARK: Tokens

    /// See `Store.createToken`.
    public func createToken(tenantID: String, name: String, role: TokenRole, secretHash: String, actor: String) async throws -> APIToken {
        let token = APIToken(
            id: StoreID.make(), tenantID: tenantID, name: name, role: role, secretHash: secretHash, createdAt: .now(), revokedAt: nil)
        return try await transaction { connection in
            try await self.requireTenant(connection, tenantID)
            let inserted = try await connection.query(
                """
                INSERT INTO api_tokens (id, tenant_id, name, role, secret_hash, created_at)
                VALUES (\(token.id), \(tenantID), \(name), \(role.rawValue), \(secretHash), \(token.createdAt.microseconds))
                ON CONFLICT (secret_hash) DO NOTHING RETURNING id
                """, logger: self.logger
            ).collect()
            guard !inserted.isEmpty else { throw StoreError.duplicate(kind: "token", id: name) }
            try await self.audit(connection, tenantID, actor, "token.create", nil, AuditText.token(token))
            return token
        }
    }

    /// See `Store.token(secretHash:)`.
    public func token(secretHash: String) async throws -> APIToken? {
        try await fetchAll("SELECT * FROM api_tokens WHERE secret_hash = \(secretHash)", PostgresRows.token).first
    }

    /// See `Store.listTokens`.
    public func listTokens(tenantID: String) async throws -> [APIToken] {
        try await fetchAll("SELECT * FROM api_tokens WHERE tenant_id = \(tenantID) ORDER BY created_at, id", PostgresRows.token)
    }

    /// See `Store.revokeToken`.
    public func revokeToken(tenantID: String, tokenID: String, actor: String) async throws -> APIToken {
        try await transaction { connection in
            let rows = try await connection.query(
                "SELECT * FROM api_tokens WHERE tenant_id = \(tenantID) AND id = \(tokenID) FOR UPDATE", logger: self.logger
            ).collect()
            guard let row = rows.first else { throw StoreError.notFound(kind: "token", id: tokenID) }
            let before = try PostgresRows.token(row)
            guard before.revokedAt == nil else { return before }
            var after = before
            let now = StoreTime.now()
            after.revokedAt = now
            try await connection.query(
                "UPDATE api_tokens SET revoked_at = \(now.microseconds) WHERE tenant_id = \(tenantID) AND id = \(tokenID)", logger: self.logger)
            try await self.audit(connection, tenantID, actor, "token.revoke", AuditText.token(before), AuditText.token(after))
            return after
        }
    }

    // MARK: Incidents

    /// See `Store.createIncident`.
    public func createIncident(tenantID: String, service: String, incidentJSON: [UInt8], actor: String) async throws -> IncidentRecord {
        let now = StoreTime.now()
        let incident = IncidentRecord.triggered(tenantID: tenantID, service: service, incidentJSON: incidentJSON, at: now)
        return try await transaction { connection in
            try await self.insertIncident(connection, incident, actor: actor)
            return incident
        }
    }

    /// See `Store.createIncident(…queueing:)`: one transaction for the incident, its timeline and audit entries and
    /// the job.
    public func createIncident(tenantID: String, service: String, incidentJSON: [UInt8], actor: String, queueing request: JobRequest)
        async throws -> (incident: IncidentRecord, job: JobRecord)
    {
        let now = StoreTime.now()
        let incident = IncidentRecord.triggered(tenantID: tenantID, service: service, incidentJSON: incidentJSON, at: now)
        let job = JobRecord.queued(tenantID: tenantID, kind: request.kind, payload: request.payload(incident.id), at: now)
        return try await transaction { connection in
            try await self.insertIncident(connection, incident, actor: actor)
            try await self.insertJob(connection, job)
            return (incident, job)
        }
    }

    /// Inserts a new incident with its timeline and audit entries (the tenant must exist).
    func insertIncident(_ connection: PostgresConnection, _ incident: IncidentRecord, actor: String) async throws {
        let now = incident.createdAt
        try await requireTenant(connection, incident.tenantID)
        try await connection.query(
            """
            INSERT INTO incidents (tenant_id, id, service, status, incident_json, created_at, updated_at)
            VALUES (\(incident.tenantID), \(incident.id), \(incident.service), 'triggered', \(ByteBuffer(bytes: incident.incidentJSON)), \(now.microseconds), \(now.microseconds))
            """, logger: logger)
        try await insertTimeline(connection, incident.tenantID, incident.id, "status", "incident triggered", actor, now)
        try await audit(
            connection, incident.tenantID, actor, "incident.create", nil,
            AuditText.object(["id": incident.id, "service": incident.service, "status": "triggered"]))
    }

    /// Inserts a queued job.
    func insertJob(_ connection: PostgresConnection, _ job: JobRecord) async throws {
        try await connection.query(
            """
            INSERT INTO jobs (id, tenant_id, kind, payload, state, created_at, updated_at)
            VALUES (\(job.id), \(job.tenantID), \(job.kind), \(ByteBuffer(bytes: job.payload)), 'queued', \(job.createdAt.microseconds), \(job.createdAt.microseconds))
            """, logger: logger)
    }

    /// See `Store.incident`.
    public func incident(tenantID: String, id: String) async throws -> IncidentRecord? {
        try await fetchAll("SELECT * FROM incidents WHERE tenant_id = \(tenantID) AND id = \(id)", PostgresRows.incident).first
    }

    /// See `Store.listIncidents`.
    public func listIncidents(tenantID: String, query: IncidentQuery) async throws -> IncidentPage {
        var binds = PostgresBindings()
        binds.append(tenantID)
        var sql = "SELECT \(PostgresRows.summaryColumns) FROM incidents WHERE tenant_id = $1"
        if let status = query.status {
            binds.append(status.rawValue)
            sql += " AND status = $\(binds.count)"
        }
        if let service = query.service {
            binds.append(service)
            sql += " AND service = $\(binds.count)"
        }
        if let cursor = query.cursor {
            binds.append(cursor.createdAt.microseconds)
            let time = binds.count
            binds.append(cursor.id)
            sql += " AND (created_at < $\(time) OR (created_at = $\(time) AND id < $\(binds.count)))"
        }
        let limit = query.clampedLimit
        sql += " ORDER BY created_at DESC, id DESC LIMIT \(limit + 1)"
        let rows = try await fetchAll(PostgresQuery(unsafeSQL: sql, binds: binds), PostgresRows.summary)
        return IncidentPage(fetched: rows, limit: limit)
    }

    /// See `Store.transitionIncident`. Locks the incident row so concurrent transitions apply one after the other.
    public func transitionIncident(tenantID: String, id: String, to status: IncidentStatus, actor: String) async throws -> IncidentRecord {
        try await transaction { connection in
            try await self.transition(connection, try await self.lockIncident(connection, tenantID, id), to: status, actor: actor)
        }
    }

    /// See `Store.beginAnalysis`: one transaction (each step on its own would be a round trip and a commit).
    public func beginAnalysis(tenantID: String, incidentID: String, actor: String) async throws -> (incident: IncidentRecord, moved: Bool) {
        try await transaction { connection in
            var incident = try await self.lockIncident(connection, tenantID, incidentID)
            let moved = incident.status == .triggered
            if moved { incident = try await self.transition(connection, incident, to: .investigating, actor: actor) }
            try await self.insertTimeline(connection, tenantID, incidentID, AnalysisTimeline.kind, AnalysisTimeline.started, actor, .now())
            return (incident, moved)
        }
    }

    /// See `Store.finishAnalysis`: one transaction.
    public func finishAnalysis(
        tenantID: String, incidentID: String, jobID: String, reportJSON: [UInt8], message: String, identified: Bool, actor: String
    ) async throws -> IncidentRecord {
        try await transaction { connection in
            var incident = try await self.lockIncident(connection, tenantID, incidentID)
            try await self.upsertAnalysis(connection, tenantID, incidentID, reportJSON, at: .now())
            try await self.insertTimeline(connection, tenantID, incidentID, AnalysisTimeline.kind, message, actor, .now())
            if identified && incident.status == .investigating {
                incident = try await self.transition(connection, incident, to: .identified, actor: actor)
            }
            _ = try await self.finishJob(connection, tenantID, jobID, .succeeded, error: nil)
            return incident
        }
    }

    // MARK: Analyses

    /// See `Store.saveAnalysis`.
    public func saveAnalysis(tenantID: String, incidentID: String, reportJSON: [UInt8]) async throws -> AnalysisRecord {
        let analysis = AnalysisRecord(tenantID: tenantID, incidentID: incidentID, reportJSON: reportJSON, createdAt: .now())
        return try await transaction { connection in
            try await self.requireIncident(connection, tenantID, incidentID)
            try await self.upsertAnalysis(connection, tenantID, incidentID, reportJSON, at: analysis.createdAt)
            return analysis
        }
    }

    /// See `Store.analysis`.
    public func analysis(tenantID: String, incidentID: String) async throws -> AnalysisRecord? {
        try await fetchAll(
            "SELECT * FROM analyses WHERE tenant_id = \(tenantID) AND incident_id = \(incidentID)", PostgresRows.analysis
        ).first
    }

    /// See `Store.incidentSummary`: one prepared query joining the summary and the analysis time.
    public func incidentSummary(tenantID: String, id: String) async throws -> (incident: IncidentSummary, analyzedAt: StoreTime?)? {
        var found: (incident: IncidentSummary, analyzedAt: StoreTime?)?
        // Read to the end (at most one row), so the connection goes back to the pool clean.
        for try await row in try await client.execute(IncidentSummaryStatement(tenantID: tenantID, id: id), logger: logger) { found = row }
        return found
    }

    // MARK: Timeline

    /// See `Store.appendTimeline`.
    public func appendTimeline(tenantID: String, incidentID: String, kind: String, message: String, actor: String) async throws
        -> TimelineEntry
    {
        try await transaction { connection in
            try await self.requireIncident(connection, tenantID, incidentID)
            return try await self.insertTimeline(connection, tenantID, incidentID, kind, message, actor, .now())
        }
    }

    /// See `Store.timeline`.
    public func timeline(tenantID: String, incidentID: String) async throws -> [TimelineEntry] {
        try await fetchAll(
            "SELECT * FROM timeline_entries WHERE tenant_id = \(tenantID) AND incident_id = \(incidentID) ORDER BY seq",
            PostgresRows.timeline)
    }

    // MARK: Decisions

    /// See `Store.recordDecision`.
    public func recordDecision(
        tenantID: String, incidentID: String, remediationID: String, verdict: RemediationDecision.Verdict, reason: String, actor: String
    ) async throws -> RemediationDecision {
        let decision = RemediationDecision(
            tenantID: tenantID, incidentID: incidentID, id: StoreID.make(), remediationID: remediationID, verdict: verdict, actor: actor,
            reason: reason, at: .now())
        return try await transaction { connection in
            try await self.requireIncident(connection, tenantID, incidentID)
            try await connection.query(
                """
                INSERT INTO remediation_decisions (tenant_id, incident_id, id, remediation_id, verdict, actor, reason, at)
                VALUES (\(tenantID), \(incidentID), \(decision.id), \(remediationID), \(verdict.rawValue), \(actor), \(reason),
                        \(decision.at.microseconds))
                """, logger: self.logger)
            try await self.insertTimeline(
                connection, tenantID, incidentID, "decision", "remediation \(remediationID) \(verdict.rawValue)", actor, decision.at)
            try await self.audit(
                connection, tenantID, actor, verdict == .approved ? "remediation.approve" : "remediation.reject", nil,
                AuditText.object(["incident": incidentID, "remediation": remediationID, "verdict": verdict.rawValue, "reason": reason]))
            return decision
        }
    }

    /// See `Store.decisions`.
    public func decisions(tenantID: String, incidentID: String) async throws -> [RemediationDecision] {
        try await fetchAll(
            "SELECT * FROM remediation_decisions WHERE tenant_id = \(tenantID) AND incident_id = \(incidentID) ORDER BY seq",
            PostgresRows.decision)
    }

    // MARK: Jobs

    /// See `Store.enqueueJob`.
    public func enqueueJob(tenantID: String, kind: String, payload: [UInt8]) async throws -> JobRecord {
        let job = JobRecord.queued(tenantID: tenantID, kind: kind, payload: payload, at: StoreTime.now())
        return try await transaction { connection in
            try await self.requireTenant(connection, tenantID)
            try await self.insertJob(connection, job)
            return job
        }
    }

    /// See `Store.claimJob`. One statement: the subquery locks the oldest queued row and skips rows other claimers
    /// hold (`FOR UPDATE SKIP LOCKED`), so concurrent claimers take different jobs without waiting on each other.
    public func claimJob(workerID: String) async throws -> JobRecord? {
        let now = StoreTime.now().microseconds
        return try await fetchAll(
            """
            UPDATE jobs SET state = 'running', attempts = attempts + 1, claimed_by = \(workerID), claimed_at = \(now), updated_at = \(now)
            WHERE id = (
                SELECT id FROM jobs WHERE state = 'queued' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
            )
            RETURNING *
            """, PostgresRows.job
        ).first
    }

    /// See `Store.completeJob`.
    public func completeJob(tenantID: String, id: String) async throws -> JobRecord {
        try await finish(tenantID, id, .succeeded, error: nil)
    }

    /// See `Store.failJob`.
    public func failJob(tenantID: String, id: String, error: String) async throws -> JobRecord {
        try await finish(tenantID, id, .failed, error: error)
    }

    /// See `Store.requeueStaleJobs`.
    public func requeueStaleJobs(claimedBefore: StoreTime) async throws -> Int {
        let now = StoreTime.now().microseconds
        return try await fetchAll(
            """
            UPDATE jobs SET state = 'queued', claimed_by = NULL, updated_at = \(now)
            WHERE state = 'running' AND (claimed_at IS NULL OR claimed_at < \(claimedBefore.microseconds))
            RETURNING id
            """, { _ in 1 }
        ).count
    }

    /// See `Store.job`.
    public func job(tenantID: String, id: String) async throws -> JobRecord? {
        try await fetchAll("SELECT * FROM jobs WHERE tenant_id = \(tenantID) AND id = \(id)", PostgresRows.job).first
    }

    // MARK: Audit

    /// See `Store.appendAudit`.
    public func appendAudit(tenantID: String, actor: String, action: String, before: String?, after: String?) async throws -> AuditEntry {
        try await transaction { connection in try await self.audit(connection, tenantID, actor, action, before, after) }
    }

    /// See `Store.auditLog`.
    public func auditLog(tenantID: String) async throws -> [AuditEntry] {
        try await fetchAll("SELECT * FROM audit_log WHERE tenant_id = \(tenantID) ORDER BY seq", PostgresRows.audit)
    }

    /// See `Store.verifyAudit`. Reads the head and the entries in one repeatable-read snapshot.
    public func verifyAudit(tenantID: String) async throws -> AuditVerification {
        try await transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", logger: self.logger)
            let heads = try await connection.query(
                "SELECT audit_head_seq, audit_head_hash FROM tenants WHERE id = \(tenantID)", logger: self.logger
            ).collect()
            guard let headRow = heads.first else { throw StoreError.notFound(kind: "tenant", id: tenantID) }
            let rows = try await connection.query(
                "SELECT * FROM audit_log WHERE tenant_id = \(tenantID) ORDER BY seq", logger: self.logger
            ).collect()
            return AuditChain.verify(tenantID: tenantID, entries: try rows.map(PostgresRows.audit), head: try PostgresRows.head(headRow))
        }
    }
}
