public import AlphaStore
import Foundation
import GRDB

/// The embedded default engine: one SQLite file through a GRDB `DatabasePool` in WAL mode (readers never block the
/// writer). Writes are serialised by SQLite, so every multi-row operation (a transition and its timeline and audit
/// entries, a job claim) is one transaction.
public final class SQLiteStore: Store {
    let pool: DatabasePool

    /// Opens (creating if needed) the database at `path`, creating its folder, and runs pending migrations.
    public init(path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        // WAL with synchronous=NORMAL: a commit is in the WAL file before it returns, so it survives the process being
        // killed; only an OS crash or power loss can drop the last commits (fsync happens at checkpoints). FULL would
        // fsync every commit, which caps the server's writes at the disk's sync rate.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        pool = try DatabasePool(path: path, configuration: configuration)
        try SQLiteSchema.migrator.migrate(pool)
    }

    /// Where the CLI keeps its database by default: `$ALPHA_SRE_DATA/alpha-sre.sqlite`, or
    /// `./.alpha-sre/alpha-sre.sqlite` when `ALPHA_SRE_DATA` is unset or empty.
    public static func defaultPath() -> String {
        defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    /// `defaultPath()` for a given environment (testable without touching the process environment).
    public static func defaultPath(environment: [String: String]) -> String {
        if let data = environment["ALPHA_SRE_DATA"], !data.isEmpty {
            return URL(fileURLWithPath: data).appendingPathComponent("alpha-sre.sqlite").path
        }
        return "./.alpha-sre/alpha-sre.sqlite"
    }

    /// The journal mode SQLite reports (`wal` once open); exposed so tests and `/readyz` can check it.
    public func journalMode() async throws -> String {
        try await pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    // MARK: Tenants

    /// See `Store.createTenant`.
    public func createTenant(name: String, actor: String) async throws -> Tenant {
        let tenant = Tenant(id: StoreID.make(), name: name, createdAt: .now())
        return try await write { db in
            guard try Row.fetchOne(db, sql: "SELECT 1 FROM tenants WHERE name = ?", arguments: [name]) == nil else {
                throw StoreError.duplicate(kind: "tenant", id: name)
            }
            try db.execute(
                sql: "INSERT INTO tenants (id, name, created_at, audit_head_seq, audit_head_hash) VALUES (?, ?, ?, 0, ?)",
                arguments: [tenant.id, name, tenant.createdAt.microseconds, AuditChain.genesisHash])
            try Self.audit(db, tenant.id, actor, "tenant.create", nil, AuditText.object(["id": tenant.id, "name": name]))
            return tenant
        }
    }

    /// See `Store.tenant(id:)`.
    public func tenant(id: String) async throws -> Tenant? {
        try await fetchOne("SELECT * FROM tenants WHERE id = ?", [id], SQLiteRows.tenant)
    }

    /// See `Store.tenant(named:)`.
    public func tenant(named name: String) async throws -> Tenant? {
        try await fetchOne("SELECT * FROM tenants WHERE name = ?", [name], SQLiteRows.tenant)
    }

    /// See `Store.listTenants`.
    public func listTenants() async throws -> [Tenant] {
        try await fetchAll("SELECT * FROM tenants ORDER BY name", [], SQLiteRows.tenant)
    }

    // MARK: Tokens

    /// See `Store.createToken`.
    public func createToken(tenantID: String, name: String, role: TokenRole, secretHash: String, actor: String) async throws -> APIToken {
        let token = APIToken(
            id: StoreID.make(), tenantID: tenantID, name: name, role: role, secretHash: secretHash, createdAt: .now(), revokedAt: nil)
        return try await write { db in
            try Self.requireTenant(db, tenantID)
            guard try Row.fetchOne(db, sql: "SELECT 1 FROM api_tokens WHERE secret_hash = ?", arguments: [secretHash]) == nil else {
                throw StoreError.duplicate(kind: "token", id: name)
            }
            try db.execute(
                sql: "INSERT INTO api_tokens (id, tenant_id, name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [token.id, tenantID, name, role.rawValue, secretHash, token.createdAt.microseconds])
            try Self.audit(db, tenantID, actor, "token.create", nil, AuditText.token(token))
            return token
        }
    }

    /// See `Store.token(secretHash:)`.
    public func token(secretHash: String) async throws -> APIToken? {
        try await fetchOne("SELECT * FROM api_tokens WHERE secret_hash = ?", [secretHash], SQLiteRows.token)
    }

    /// See `Store.listTokens`.
    public func listTokens(tenantID: String) async throws -> [APIToken] {
        try await fetchAll("SELECT * FROM api_tokens WHERE tenant_id = ? ORDER BY created_at, id", [tenantID], SQLiteRows.token)
    }

    /// See `Store.revokeToken`.
    public func revokeToken(tenantID: String, tokenID: String, actor: String) async throws -> APIToken {
        try await write { db in
            let select = "SELECT * FROM api_tokens WHERE tenant_id = ? AND id = ?"
            guard let row = try Row.fetchOne(db, sql: select, arguments: [tenantID, tokenID]) else {
                throw StoreError.notFound(kind: "token", id: tokenID)
            }
            let before = try SQLiteRows.token(row)
            guard before.revokedAt == nil else { return before }
            var after = before
            after.revokedAt = .now()
            try db.execute(
                sql: "UPDATE api_tokens SET revoked_at = ? WHERE tenant_id = ? AND id = ?",
                arguments: [after.revokedAt?.microseconds, tenantID, tokenID])
            try Self.audit(db, tenantID, actor, "token.revoke", AuditText.token(before), AuditText.token(after))
            return after
        }
    }

    // MARK: Incidents

    /// See `Store.createIncident`.
    public func createIncident(tenantID: String, service: String, incidentJSON: [UInt8], actor: String) async throws -> IncidentRecord {
        let now = StoreTime.now()
        let incident = IncidentRecord.triggered(tenantID: tenantID, service: service, incidentJSON: incidentJSON, at: now)
        return try await write { db in
            try Self.insertIncident(db, incident, actor: actor)
            return incident
        }
    }

    /// See `Store.createIncident(…queueing:)`: one write transaction for the incident, its timeline and audit entries
    /// and the job.
    public func createIncident(tenantID: String, service: String, incidentJSON: [UInt8], actor: String, queueing request: JobRequest)
        async throws -> (incident: IncidentRecord, job: JobRecord)
    {
        let now = StoreTime.now()
        let incident = IncidentRecord.triggered(tenantID: tenantID, service: service, incidentJSON: incidentJSON, at: now)
        let job = JobRecord.queued(tenantID: tenantID, kind: request.kind, payload: request.payload(incident.id), at: now)
        return try await write { db in
            try Self.insertIncident(db, incident, actor: actor)
            try Self.insertJob(db, job)
            return (incident, job)
        }
    }

    /// Inserts a new incident with its timeline and audit entries (the tenant must exist).
    static func insertIncident(_ db: Database, _ incident: IncidentRecord, actor: String) throws {
        let now = incident.createdAt
        try requireTenant(db, incident.tenantID)
        try db.execute(
            sql: """
                INSERT INTO incidents (tenant_id, id, service, status, incident_json, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                incident.tenantID, incident.id, incident.service, "triggered", Data(incident.incidentJSON), now.microseconds, now.microseconds,
            ])
        try insertTimeline(db, incident.tenantID, incident.id, "status", "incident triggered", actor, now)
        try audit(
            db, incident.tenantID, actor, "incident.create", nil,
            AuditText.object(["id": incident.id, "service": incident.service, "status": "triggered"]))
    }

    /// Inserts a queued job.
    static func insertJob(_ db: Database, _ job: JobRecord) throws {
        try db.execute(
            sql: "INSERT INTO jobs (id, tenant_id, kind, payload, state, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)",
            arguments: [job.id, job.tenantID, job.kind, Data(job.payload), job.createdAt.microseconds, job.createdAt.microseconds])
    }

    /// See `Store.incident`.
    public func incident(tenantID: String, id: String) async throws -> IncidentRecord? {
        try await fetchOne("SELECT * FROM incidents WHERE tenant_id = ? AND id = ?", [tenantID, id], SQLiteRows.incident)
    }

    /// See `Store.listIncidents`.
    public func listIncidents(tenantID: String, query: IncidentQuery) async throws -> IncidentPage {
        var sql = "SELECT \(SQLiteRows.summaryColumns) FROM incidents WHERE tenant_id = ?"
        var arguments: StatementArguments = [tenantID]
        if let status = query.status {
            sql += " AND status = ?"
            arguments += [status.rawValue]
        }
        if let service = query.service {
            sql += " AND service = ?"
            arguments += [service]
        }
        if let cursor = query.cursor {
            sql += " AND (created_at < ? OR (created_at = ? AND id < ?))"
            arguments += [cursor.createdAt.microseconds, cursor.createdAt.microseconds, cursor.id]
        }
        let limit = query.clampedLimit
        sql += " ORDER BY created_at DESC, id DESC LIMIT \(limit + 1)"
        return IncidentPage(fetched: try await fetchAll(sql, arguments, SQLiteRows.summary), limit: limit)
    }

    /// See `Store.transitionIncident`.
    public func transitionIncident(tenantID: String, id: String, to status: IncidentStatus, actor: String) async throws -> IncidentRecord {
        try await write { db in
            let incident = try Self.incident(db, tenantID, id)
            return try Self.transition(db, incident, to: status, actor: actor)
        }
    }

    /// The incident, read in the caller's transaction (`notFound` when missing).
    static func incident(_ db: Database, _ tenantID: String, _ id: String) throws -> IncidentRecord {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM incidents WHERE tenant_id = ? AND id = ?", arguments: [tenantID, id]) else {
            throw StoreError.notFound(kind: "incident", id: id)
        }
        return try SQLiteRows.incident(row)
    }

    /// Moves `incident` to `status` in the caller's transaction, with its timeline and audit entries.
    static func transition(_ db: Database, _ incident: IncidentRecord, to status: IncidentStatus, actor: String) throws -> IncidentRecord {
        var incident = incident
        let (tenantID, id, from) = (incident.tenantID, incident.id, incident.status)
        try IncidentLifecycle.check(from: from, to: status)
        let now = StoreTime.now()
        try db.execute(
            sql: "UPDATE incidents SET status = ?, updated_at = ? WHERE tenant_id = ? AND id = ?",
            arguments: [status.rawValue, now.microseconds, tenantID, id])
        try insertTimeline(db, tenantID, id, "status", "status \(from.rawValue) → \(status.rawValue)", actor, now)
        try audit(
            db, tenantID, actor, "incident.transition", AuditText.object(["id": id, "status": from.rawValue]),
            AuditText.object(["id": id, "status": status.rawValue]))
        incident.status = status
        incident.updatedAt = now
        return incident
    }

    /// See `Store.beginAnalysis`: one write transaction.
    public func beginAnalysis(tenantID: String, incidentID: String, actor: String) async throws -> (incident: IncidentRecord, moved: Bool) {
        try await write { db in
            var incident = try Self.incident(db, tenantID, incidentID)
            let moved = incident.status == .triggered
            if moved { incident = try Self.transition(db, incident, to: .investigating, actor: actor) }
            try Self.insertTimeline(db, tenantID, incidentID, AnalysisTimeline.kind, AnalysisTimeline.started, actor, .now())
            return (incident, moved)
        }
    }

    /// See `Store.finishAnalysis`: one write transaction.
    public func finishAnalysis(
        tenantID: String, incidentID: String, jobID: String, reportJSON: [UInt8], message: String, identified: Bool, actor: String
    ) async throws -> IncidentRecord {
        try await write { db in
            var incident = try Self.incident(db, tenantID, incidentID)
            try Self.upsertAnalysis(db, tenantID, incidentID, reportJSON, at: .now())
            try Self.insertTimeline(db, tenantID, incidentID, AnalysisTimeline.kind, message, actor, .now())
            if identified && incident.status == .investigating {
                incident = try Self.transition(db, incident, to: .identified, actor: actor)
            }
            _ = try Self.finishJob(db, tenantID, jobID, .succeeded, error: nil)
            return incident
        }
    }

    // MARK: Analyses

    /// See `Store.saveAnalysis`.
    public func saveAnalysis(tenantID: String, incidentID: String, reportJSON: [UInt8]) async throws -> AnalysisRecord {
        let analysis = AnalysisRecord(tenantID: tenantID, incidentID: incidentID, reportJSON: reportJSON, createdAt: .now())
        return try await write { db in
            try Self.requireIncident(db, tenantID, incidentID)
            try Self.upsertAnalysis(db, tenantID, incidentID, reportJSON, at: analysis.createdAt)
            return analysis
        }
    }

    /// Stores or replaces an incident's report in the caller's transaction.
    static func upsertAnalysis(_ db: Database, _ tenantID: String, _ incidentID: String, _ reportJSON: [UInt8], at time: StoreTime) throws {
        try db.execute(
            sql: """
                INSERT INTO analyses (tenant_id, incident_id, report_json, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant_id, incident_id) DO UPDATE SET report_json = excluded.report_json, created_at = excluded.created_at
                """,
            arguments: [tenantID, incidentID, Data(reportJSON), time.microseconds])
    }

    /// See `Store.analysis`.
    public func analysis(tenantID: String, incidentID: String) async throws -> AnalysisRecord? {
        try await fetchOne("SELECT * FROM analyses WHERE tenant_id = ? AND incident_id = ?", [tenantID, incidentID], SQLiteRows.analysis)
    }

    /// See `Store.incidentSummary`: one query joining the summary and the analysis time.
    /// The statement is cached per reader connection: this is every `GET /incidents/{id}`, so it is compiled once.
    public func incidentSummary(tenantID: String, id: String) async throws -> (incident: IncidentSummary, analyzedAt: StoreTime?)? {
        try await read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT i.tenant_id, i.id, i.service, i.status, i.created_at, i.updated_at, a.created_at AS analyzed_at
                    FROM incidents i LEFT JOIN analyses a ON a.tenant_id = i.tenant_id AND a.incident_id = i.id
                    WHERE i.tenant_id = ? AND i.id = ?
                    """)
            return try Row.fetchOne(statement, arguments: [tenantID, id]).map(SQLiteRows.summaryWithAnalysisTime)
        }
    }

    // MARK: Timeline

    /// See `Store.appendTimeline`.
    public func appendTimeline(tenantID: String, incidentID: String, kind: String, message: String, actor: String) async throws
        -> TimelineEntry
    {
        try await write { db in
            try Self.requireIncident(db, tenantID, incidentID)
            return try Self.insertTimeline(db, tenantID, incidentID, kind, message, actor, .now())
        }
    }

    /// See `Store.timeline`.
    public func timeline(tenantID: String, incidentID: String) async throws -> [TimelineEntry] {
        try await fetchAll(
            "SELECT * FROM timeline_entries WHERE tenant_id = ? AND incident_id = ? ORDER BY seq", [tenantID, incidentID], SQLiteRows.timeline)
    }

    // MARK: Decisions

    /// See `Store.recordDecision`.
    public func recordDecision(
        tenantID: String, incidentID: String, remediationID: String, verdict: RemediationDecision.Verdict, reason: String, actor: String
    ) async throws -> RemediationDecision {
        let decision = RemediationDecision(
            tenantID: tenantID, incidentID: incidentID, id: StoreID.make(), remediationID: remediationID, verdict: verdict, actor: actor,
            reason: reason, at: .now())
        return try await write { db in
            try Self.requireIncident(db, tenantID, incidentID)
            try db.execute(
                sql: """
                    INSERT INTO remediation_decisions (tenant_id, incident_id, id, remediation_id, verdict, actor, reason, at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [tenantID, incidentID, decision.id, remediationID, verdict.rawValue, actor, reason, decision.at.microseconds])
            try Self.insertTimeline(db, tenantID, incidentID, "decision", "remediation \(remediationID) \(verdict.rawValue)", actor, decision.at)
            try Self.audit(
                db, tenantID, actor, verdict == .approved ? "remediation.approve" : "remediation.reject", nil,
                AuditText.object(["incident": incidentID, "remediation": remediationID, "verdict": verdict.rawValue, "reason": reason]))
            return decision
        }
    }

    /// See `Store.decisions`.
    public func decisions(tenantID: String, incidentID: String) async throws -> [RemediationDecision] {
        try await fetchAll(
            "SELECT * FROM remediation_decisions WHERE tenant_id = ? AND incident_id = ? ORDER BY seq", [tenantID, incidentID],
            SQLiteRows.decision)
    }

    // MARK: Jobs

    /// See `Store.enqueueJob`.
    public func enqueueJob(tenantID: String, kind: String, payload: [UInt8]) async throws -> JobRecord {
        let job = JobRecord.queued(tenantID: tenantID, kind: kind, payload: payload, at: StoreTime.now())
        return try await write { db in
            try Self.requireTenant(db, tenantID)
            try Self.insertJob(db, job)
            return job
        }
    }

    /// See `Store.claimJob`. SQLite has one writer at a time, so select-then-update inside one write transaction is
    /// atomic: no other claimer can run between the two statements.
    public func claimJob(workerID: String) async throws -> JobRecord? {
        try await write { db in
            let select = "SELECT * FROM jobs WHERE state = 'queued' ORDER BY created_at, id LIMIT 1"
            guard let row = try Row.fetchOne(db, sql: select) else { return nil }
            var job = try SQLiteRows.job(row)
            let now = StoreTime.now()
            try db.execute(
                sql: "UPDATE jobs SET state = 'running', attempts = attempts + 1, claimed_by = ?, claimed_at = ?, updated_at = ? WHERE id = ?",
                arguments: [workerID, now.microseconds, now.microseconds, job.id])
            job.state = .running
            job.attempts += 1
            job.claimedBy = workerID
            job.claimedAt = now
            job.updatedAt = now
            return job
        }
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
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE jobs SET state = 'queued', claimed_by = NULL, updated_at = ?
                    WHERE state = 'running' AND (claimed_at IS NULL OR claimed_at < ?)
                    """,
                arguments: [StoreTime.now().microseconds, claimedBefore.microseconds])
            return db.changesCount
        }
    }

    /// See `Store.job`.
    public func job(tenantID: String, id: String) async throws -> JobRecord? {
        try await fetchOne("SELECT * FROM jobs WHERE tenant_id = ? AND id = ?", [tenantID, id], SQLiteRows.job)
    }

    // MARK: Audit

    /// See `Store.appendAudit`.
    public func appendAudit(tenantID: String, actor: String, action: String, before: String?, after: String?) async throws -> AuditEntry {
        try await write { db in try Self.audit(db, tenantID, actor, action, before, after) }
    }

    /// See `Store.auditLog`.
    public func auditLog(tenantID: String) async throws -> [AuditEntry] {
        try await fetchAll("SELECT * FROM audit_log WHERE tenant_id = ? ORDER BY seq", [tenantID], SQLiteRows.audit)
    }

    /// See `Store.verifyAudit`. Reads the entries and the head in one snapshot.
    public func verifyAudit(tenantID: String) async throws -> AuditVerification {
        try await read { db in
            let head = try Self.head(db, tenantID)
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM audit_log WHERE tenant_id = ? ORDER BY seq", arguments: [tenantID])
            return AuditChain.verify(tenantID: tenantID, entries: try rows.map(SQLiteRows.audit), head: head)
        }
    }
}
