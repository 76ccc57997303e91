import GRDB

/// The migration history of the SQLite engine. Same logical schema as `PostgresSchema` (docs/store.md); times are
/// integer microseconds, JSON is stored as BLOB bytes exactly as received.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-initial") { db in
            try db.execute(sql: version1)
        }
        return migrator
    }

    static let version1 = """
        CREATE TABLE tenants (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL,
            audit_head_seq INTEGER NOT NULL DEFAULT 0,
            audit_head_hash TEXT NOT NULL
        );
        CREATE TABLE api_tokens (
            id TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL REFERENCES tenants(id),
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('viewer', 'responder', 'approver', 'admin')),
            secret_hash TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER
        );
        CREATE INDEX api_tokens_tenant ON api_tokens(tenant_id, created_at);
        CREATE TABLE incidents (
            tenant_id TEXT NOT NULL REFERENCES tenants(id),
            id TEXT NOT NULL,
            service TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('triggered', 'investigating', 'identified', 'mitigated', 'resolved')),
            incident_json BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (tenant_id, id)
        );
        CREATE INDEX incidents_page ON incidents(tenant_id, created_at DESC, id DESC);
        CREATE INDEX incidents_status_page ON incidents(tenant_id, status, created_at DESC, id DESC);
        CREATE INDEX incidents_service_page ON incidents(tenant_id, service, created_at DESC, id DESC);
        CREATE TABLE analyses (
            tenant_id TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            report_json BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (tenant_id, incident_id),
            FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents(tenant_id, id)
        );
        CREATE TABLE timeline_entries (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tenant_id TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            message TEXT NOT NULL,
            actor TEXT NOT NULL,
            at INTEGER NOT NULL,
            FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents(tenant_id, id)
        );
        CREATE INDEX timeline_entries_incident ON timeline_entries(tenant_id, incident_id, seq);
        CREATE TABLE remediation_decisions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tenant_id TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            id TEXT NOT NULL UNIQUE,
            remediation_id TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('approved', 'rejected')),
            actor TEXT NOT NULL,
            reason TEXT NOT NULL,
            at INTEGER NOT NULL,
            FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents(tenant_id, id)
        );
        CREATE INDEX remediation_decisions_incident ON remediation_decisions(tenant_id, incident_id, seq);
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL REFERENCES tenants(id),
            kind TEXT NOT NULL,
            payload BLOB NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            claimed_by TEXT,
            claimed_at INTEGER,
            last_error TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX jobs_queue ON jobs(state, created_at, id);
        CREATE TABLE audit_log (
            tenant_id TEXT NOT NULL REFERENCES tenants(id),
            seq INTEGER NOT NULL,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (tenant_id, seq)
        );
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        """
}
