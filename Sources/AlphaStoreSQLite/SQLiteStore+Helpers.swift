import AlphaStore
import GRDB

/// Statements shared by several operations; all run inside the caller's transaction.
extension SQLiteStore {
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await pool.write(body)
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await pool.read(body)
    }

    func fetchOne<T: Sendable>(_ sql: String, _ arguments: StatementArguments, _ map: @escaping @Sendable (Row) throws -> T) async throws
        -> T?
    {
        try await read { db in try Row.fetchOne(db, sql: sql, arguments: arguments).map(map) }
    }

    func fetchAll<T: Sendable>(_ sql: String, _ arguments: StatementArguments, _ map: @escaping @Sendable (Row) throws -> T) async throws
        -> [T]
    {
        try await read { db in try Row.fetchAll(db, sql: sql, arguments: arguments).map(map) }
    }

    func finish(_ tenantID: String, _ id: String, _ state: JobState, error: String?) async throws -> JobRecord {
        try await write { db in try Self.finishJob(db, tenantID, id, state, error: error) }
    }

    /// Ends a running job in the caller's transaction.
    static func finishJob(_ db: Database, _ tenantID: String, _ id: String, _ state: JobState, error: String?) throws -> JobRecord {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM jobs WHERE tenant_id = ? AND id = ?", arguments: [tenantID, id]) else {
            throw StoreError.notFound(kind: "job", id: id)
        }
        var job = try SQLiteRows.job(row)
        guard job.state == .running else { throw StoreError.invalidJobState(id: id, state: job.state) }
        let now = StoreTime.now()
        try db.execute(
            sql: "UPDATE jobs SET state = ?, last_error = ?, claimed_by = NULL, updated_at = ? WHERE tenant_id = ? AND id = ?",
            arguments: [state.rawValue, error, now.microseconds, tenantID, id])
        job.state = state
        job.lastError = error
        job.claimedBy = nil
        job.updatedAt = now
        return job
    }

    static func requireTenant(_ db: Database, _ tenantID: String) throws {
        guard try Row.fetchOne(db, sql: "SELECT 1 FROM tenants WHERE id = ?", arguments: [tenantID]) != nil else {
            throw StoreError.notFound(kind: "tenant", id: tenantID)
        }
    }

    static func requireIncident(_ db: Database, _ tenantID: String, _ incidentID: String) throws {
        let sql = "SELECT 1 FROM incidents WHERE tenant_id = ? AND id = ?"
        guard try Row.fetchOne(db, sql: sql, arguments: [tenantID, incidentID]) != nil else {
            throw StoreError.notFound(kind: "incident", id: incidentID)
        }
    }

    @discardableResult
    static func insertTimeline(
        _ db: Database, _ tenantID: String, _ incidentID: String, _ kind: String, _ message: String, _ actor: String, _ at: StoreTime
    ) throws -> TimelineEntry {
        let entry = TimelineEntry(tenantID: tenantID, incidentID: incidentID, id: StoreID.make(), kind: kind, message: message, actor: actor, at: at)
        try db.execute(
            sql: "INSERT INTO timeline_entries (tenant_id, incident_id, id, kind, message, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [tenantID, incidentID, entry.id, kind, message, actor, at.microseconds])
        return entry
    }

    static func head(_ db: Database, _ tenantID: String) throws -> AuditHead {
        let sql = "SELECT audit_head_seq, audit_head_hash FROM tenants WHERE id = ?"
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [tenantID]) else { throw StoreError.notFound(kind: "tenant", id: tenantID) }
        return AuditHead(sequence: try row.decode(forColumn: "audit_head_seq"), hash: try row.decode(forColumn: "audit_head_hash"))
    }

    /// Appends to the tenant's chain and moves its head, in the caller's transaction (SQLite's single writer makes
    /// read-head-then-insert race free).
    @discardableResult
    static func audit(_ db: Database, _ tenantID: String, _ actor: String, _ action: String, _ before: String?, _ after: String?) throws
        -> AuditEntry
    {
        let entry = AuditChain.entry(
            after: try head(db, tenantID), tenantID: tenantID, at: .now(), actor: actor, action: action, before: before, after: after)
        try db.execute(
            sql: "INSERT INTO audit_log (tenant_id, seq, at, actor, action, before, after, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                tenantID, entry.sequence, entry.at.microseconds, actor, action, before, after, entry.previousHash, entry.hash,
            ])
        try db.execute(
            sql: "UPDATE tenants SET audit_head_seq = ?, audit_head_hash = ? WHERE id = ?", arguments: [entry.sequence, entry.hash, tenantID])
        return entry
    }
}
