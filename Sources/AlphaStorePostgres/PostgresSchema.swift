/// The SQL migrations of the PostgreSQL engine: the same logical schema as `SQLiteSchema` (docs/store.md). Each
/// migration is a list of single statements (the extended query protocol runs one statement per query) and is
/// recorded in `schema_migrations`.
enum PostgresSchema {
    static let migrations: [(version: String, statements: [String])] = [("v1-initial", version1), ("v2-lz4-payloads", version2)]

    /// The incident and report JSON (tens of kilobytes each, stored out of line) compressed with lz4 instead of the
    /// default pglz: several times cheaper to compress on every accepted incident and to decompress on every read. A
    /// server built without lz4 (or older than PostgreSQL 14) keeps pglz; the statements run as dynamic SQL so that
    /// refusal can be caught.
    static let version2: [String] = [
        """
        DO $$
        BEGIN
            EXECUTE 'ALTER TABLE incidents ALTER COLUMN incident_json SET COMPRESSION lz4';
            EXECUTE 'ALTER TABLE analyses ALTER COLUMN report_json SET COMPRESSION lz4';
        EXCEPTION WHEN feature_not_supported OR syntax_error OR invalid_parameter_value THEN
            RAISE NOTICE 'lz4 compression not available; keeping pglz';
        END
        $$
        """
    ]

    static let version1: [String] = [
        """
        CREATE TABLE tenants (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_at BIGINT NOT NULL,
            audit_head_seq BIGINT NOT NULL DEFAULT 0,
            audit_head_hash TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE api_tokens (
            id TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL REFERENCES tenants(id),
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('viewer', 'responder', 'approver', 'admin')),
            secret_hash TEXT NOT NULL UNIQUE,
            created_at BIGINT NOT NULL,
            revoked_at BIGINT
        )
        """,
        "CREATE INDEX api_tokens_tenant ON api_tokens(tenant_id, created_at)",
        """
        CREATE TABLE incidents (
            tenant_id TEXT NOT NULL REFERENCES tenants(id),
            id TEXT NOT NULL,
            service TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('triggered', 'investigating', 'identified', 'mitigated', 'resolved')),
            incident_json BYTEA NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            PRIMARY KEY (tenant_id, id)
        )
        """,
        "CREATE INDEX incidents_page ON incidents(tenant_id, created_at DESC, id DESC)",
        "CREATE INDEX incidents_status_page ON incidents(tenant_id, status, created_at DESC, id DESC)",
        "CREATE INDEX incidents_service_page ON incidents(tenant_id, service, created_at DESC, id DESC)",
        """
        CREATE TABLE analyses (
            tenant_id TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            report_json BYTEA NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (tenant_id, incident_id),
            FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents(tenant_id, id)
        )
        """,
        """
        CREATE TABLE timeline_entries (
            seq BIGSERIAL PRIMARY KEY,
            tenant_id TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            message TEXT NOT NULL,
            actor TEXT NOT NULL,
            at BIGINT NOT NULL,
            FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents(tenant_id, id)
        )
        """,
        "CREATE INDEX timeline_entries_incident ON timeline_entries(tenant_id, incident_id, seq)",
        """
        CREATE TABLE remediation_decisions (
            seq BIGSERIAL PRIMARY KEY,
            tenant_id TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            id TEXT NOT NULL UNIQUE,
            remediation_id TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('approved', 'rejected')),
            actor TEXT NOT NULL,
            reason TEXT NOT NULL,
            at BIGINT NOT NULL,
            FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents(tenant_id, id)
        )
        """,
        "CREATE INDEX remediation_decisions_incident ON remediation_decisions(tenant_id, incident_id, seq)",
        """
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            tenant_id TEXT NOT NULL REFERENCES tenants(id),
            kind TEXT NOT NULL,
            payload BYTEA NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            claimed_by TEXT,
            claimed_at BIGINT,
            last_error TEXT,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL
        )
        """,
        "CREATE INDEX jobs_queue ON jobs(state, created_at, id)",
        """
        CREATE TABLE audit_log (
            tenant_id TEXT NOT NULL REFERENCES tenants(id),
            seq BIGINT NOT NULL,
            at BIGINT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (tenant_id, seq)
        )
        """,
        """
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$
        """,
        """
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
        """,
    ]
}
