import AlphaStore
import PostgresNIO

/// Statements shared by several operations.
extension PostgresStore {
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch let error as PostgresTransactionError {
            // Surface our own errors (not found, forbidden transition, ...) rather than the transaction wrapper.
            if let closureError = error.closureError as? StoreError { throw closureError }
            throw error
        }
    }

    func fetchAll<T>(_ query: PostgresQuery, _ map: (PostgresRow) throws -> T) async throws -> [T] {
        try await client.query(query, logger: logger).collect().map(map)
    }

    func finish(_ tenantID: String, _ id: String, _ state: JobState, error: String?) async throws -> JobRecord {
        try await transaction { connection in try await self.finishJob(connection, tenantID, id, state, error: error) }
    }

    /// Ends a running job in the caller's transaction.
    func finishJob(_ connection: PostgresConnection, _ tenantID: String, _ id: String, _ state: JobState, error: String?) async throws
        -> JobRecord
    {
        let rows = try await connection.query(
            "SELECT * FROM jobs WHERE tenant_id = \(tenantID) AND id = \(id) FOR UPDATE", logger: logger
        ).collect()
        guard let row = rows.first else { throw StoreError.notFound(kind: "job", id: id) }
        var job = try PostgresRows.job(row)
        guard job.state == .running else { throw StoreError.invalidJobState(id: id, state: job.state) }
        let now = StoreTime.now()
        try await connection.query(
            """
            UPDATE jobs SET state = \(state.rawValue), last_error = \(error), claimed_by = NULL, updated_at = \(now.microseconds)
            WHERE tenant_id = \(tenantID) AND id = \(id)
            """, logger: logger)
        job.state = state
        job.lastError = error
        job.claimedBy = nil
        job.updatedAt = now
        return job
    }

    /// The incident, locked for update until the caller's transaction ends (concurrent transitions apply in turn).
    func lockIncident(_ connection: PostgresConnection, _ tenantID: String, _ id: String) async throws -> IncidentRecord {
        let rows = try await connection.query(
            "SELECT * FROM incidents WHERE tenant_id = \(tenantID) AND id = \(id) FOR UPDATE", logger: logger
        ).collect()
        guard let row = rows.first else { throw StoreError.notFound(kind: "incident", id: id) }
        return try PostgresRows.incident(row)
    }

    /// Moves a locked `incident` to `status` in the caller's transaction, with its timeline and audit entries.
    func transition(_ connection: PostgresConnection, _ incident: IncidentRecord, to status: IncidentStatus, actor: String) async throws
        -> IncidentRecord
    {
        var incident = incident
        let (tenantID, id, from) = (incident.tenantID, incident.id, incident.status)
        try IncidentLifecycle.check(from: from, to: status)
        let now = StoreTime.now()
        try await connection.query(
            """
            UPDATE incidents SET status = \(status.rawValue), updated_at = \(now.microseconds)
            WHERE tenant_id = \(tenantID) AND id = \(id)
            """, logger: logger)
        try await insertTimeline(connection, tenantID, id, "status", "status \(from.rawValue) → \(status.rawValue)", actor, now)
        try await audit(
            connection, tenantID, actor, "incident.transition", AuditText.object(["id": id, "status": from.rawValue]),
            AuditText.object(["id": id, "status": status.rawValue]))
        incident.status = status
        incident.updatedAt = now
        return incident
    }

    /// Stores or replaces an incident's report in the caller's transaction.
    func upsertAnalysis(_ connection: PostgresConnection, _ tenantID: String, _ incidentID: String, _ reportJSON: [UInt8], at time: StoreTime)
        async throws
    {
        try await connection.query(
            """
            INSERT INTO analyses (tenant_id, incident_id, report_json, created_at)
            VALUES (\(tenantID), \(incidentID), \(ByteBuffer(bytes: reportJSON)), \(time.microseconds))
            ON CONFLICT (tenant_id, incident_id) DO UPDATE SET report_json = excluded.report_json, created_at = excluded.created_at
            """, logger: logger)
    }

    func requireTenant(_ connection: PostgresConnection, _ tenantID: String) async throws {
        let rows = try await connection.query("SELECT 1 FROM tenants WHERE id = \(tenantID)", logger: logger).collect()
        guard !rows.isEmpty else { throw StoreError.notFound(kind: "tenant", id: tenantID) }
    }

    func requireIncident(_ connection: PostgresConnection, _ tenantID: String, _ incidentID: String) async throws {
        let rows = try await connection.query(
            "SELECT 1 FROM incidents WHERE tenant_id = \(tenantID) AND id = \(incidentID)", logger: logger
        ).collect()
        guard !rows.isEmpty else { throw StoreError.notFound(kind: "incident", id: incidentID) }
    }

    @discardableResult
    func insertTimeline(
        _ connection: PostgresConnection, _ tenantID: String, _ incidentID: String, _ kind: String, _ message: String, _ actor: String,
        _ at: StoreTime
    ) async throws -> TimelineEntry {
        let entry = TimelineEntry(tenantID: tenantID, incidentID: incidentID, id: StoreID.make(), kind: kind, message: message, actor: actor, at: at)
        try await connection.query(
            """
            INSERT INTO timeline_entries (tenant_id, incident_id, id, kind, message, actor, at)
            VALUES (\(tenantID), \(incidentID), \(entry.id), \(kind), \(message), \(actor), \(at.microseconds))
            """, logger: logger)
        return entry
    }

    /// Appends to the tenant's chain in the caller's transaction. `FOR NO KEY UPDATE` on the tenant row serialises
    /// appends of one tenant across connections and replicas, so two entries never claim the same sequence number. Not
    /// `FOR UPDATE`: inserting a row that references the tenant (an incident) holds `FOR KEY SHARE` on it, which
    /// `FOR UPDATE` conflicts with, so two concurrent incident creations would deadlock (40P01).
    @discardableResult
    func audit(
        _ connection: PostgresConnection, _ tenantID: String, _ actor: String, _ action: String, _ before: String?, _ after: String?
    ) async throws -> AuditEntry {
        let heads = try await connection.query(
            "SELECT audit_head_seq, audit_head_hash FROM tenants WHERE id = \(tenantID) FOR NO KEY UPDATE", logger: logger
        ).collect()
        guard let headRow = heads.first else { throw StoreError.notFound(kind: "tenant", id: tenantID) }
        let entry = AuditChain.entry(
            after: try PostgresRows.head(headRow), tenantID: tenantID, at: .now(), actor: actor, action: action, before: before, after: after)
        try await connection.query(
            """
            INSERT INTO audit_log (tenant_id, seq, at, actor, action, before, after, prev_hash, hash)
            VALUES (\(tenantID), \(entry.sequence), \(entry.at.microseconds), \(actor), \(action), \(before), \(after),
                    \(entry.previousHash), \(entry.hash))
            """, logger: logger)
        try await connection.query(
            "UPDATE tenants SET audit_head_seq = \(entry.sequence), audit_head_hash = \(entry.hash) WHERE id = \(tenantID)", logger: logger)
        return entry
    }
}
