import AlphaStore
import PostgresNIO

/// Reading records from PostgreSQL rows without trapping: a missing column or bad value becomes
/// `StoreError.corruptRow` (PostgresNIO's name subscript would trap on a missing column).
enum PostgresRows {
    static func tenant(_ row: PostgresRow) throws -> Tenant {
        let r = row.makeRandomAccess()
        return Tenant(id: try value(r, "id"), name: try value(r, "name"), createdAt: try time(r, "created_at"))
    }

    static func token(_ row: PostgresRow) throws -> APIToken {
        let r = row.makeRandomAccess()
        return APIToken(
            id: try value(r, "id"), tenantID: try value(r, "tenant_id"), name: try value(r, "name"), role: try enumValue(r, "role"),
            secretHash: try value(r, "secret_hash"), createdAt: try time(r, "created_at"), revokedAt: try optionalTime(r, "revoked_at"))
    }

    static func incident(_ row: PostgresRow) throws -> IncidentRecord {
        let r = row.makeRandomAccess()
        return IncidentRecord(
            tenantID: try value(r, "tenant_id"), id: try value(r, "id"), service: try value(r, "service"), status: try enumValue(r, "status"),
            incidentJSON: try bytes(r, "incident_json"), createdAt: try time(r, "created_at"), updatedAt: try time(r, "updated_at"))
    }

    /// The columns `summary` reads, so queries leave the payload unread.
    static let summaryColumns = "tenant_id, id, service, status, created_at, updated_at"

    static func summary(_ row: PostgresRow) throws -> IncidentSummary {
        try summary(row.makeRandomAccess())
    }

    /// A row of the summary joined with its analysis time (NULL when no analysis was saved).
    static func summaryWithAnalysisTime(_ row: PostgresRow) throws -> (incident: IncidentSummary, analyzedAt: StoreTime?) {
        let r = row.makeRandomAccess()
        return (try summary(r), try optionalTime(r, "analyzed_at"))
    }

    private static func summary(_ r: PostgresRandomAccessRow) throws -> IncidentSummary {
        IncidentSummary(
            tenantID: try value(r, "tenant_id"), id: try value(r, "id"), service: try value(r, "service"), status: try enumValue(r, "status"),
            createdAt: try time(r, "created_at"), updatedAt: try time(r, "updated_at"))
    }

    static func analysis(_ row: PostgresRow) throws -> AnalysisRecord {
        let r = row.makeRandomAccess()
        return AnalysisRecord(
            tenantID: try value(r, "tenant_id"), incidentID: try value(r, "incident_id"), reportJSON: try bytes(r, "report_json"),
            createdAt: try time(r, "created_at"))
    }

    static func timeline(_ row: PostgresRow) throws -> TimelineEntry {
        let r = row.makeRandomAccess()
        return TimelineEntry(
            tenantID: try value(r, "tenant_id"), incidentID: try value(r, "incident_id"), id: try value(r, "id"), kind: try value(r, "kind"),
            message: try value(r, "message"), actor: try value(r, "actor"), at: try time(r, "at"))
    }

    static func decision(_ row: PostgresRow) throws -> RemediationDecision {
        let r = row.makeRandomAccess()
        return RemediationDecision(
            tenantID: try value(r, "tenant_id"), incidentID: try value(r, "incident_id"), id: try value(r, "id"),
            remediationID: try value(r, "remediation_id"), verdict: try enumValue(r, "verdict"), actor: try value(r, "actor"),
            reason: try value(r, "reason"), at: try time(r, "at"))
    }

    static func job(_ row: PostgresRow) throws -> JobRecord {
        let r = row.makeRandomAccess()
        return JobRecord(
            tenantID: try value(r, "tenant_id"), id: try value(r, "id"), kind: try value(r, "kind"), payload: try bytes(r, "payload"),
            state: try enumValue(r, "state"), attempts: try value(r, "attempts"), claimedBy: try value(r, "claimed_by"),
            claimedAt: try optionalTime(r, "claimed_at"), lastError: try value(r, "last_error"), createdAt: try time(r, "created_at"),
            updatedAt: try time(r, "updated_at"))
    }

    static func audit(_ row: PostgresRow) throws -> AuditEntry {
        let r = row.makeRandomAccess()
        return AuditEntry(
            tenantID: try value(r, "tenant_id"), sequence: try value(r, "seq"), at: try time(r, "at"), actor: try value(r, "actor"),
            action: try value(r, "action"), before: try value(r, "before"), after: try value(r, "after"),
            previousHash: try value(r, "prev_hash"), hash: try value(r, "hash"))
    }

    static func head(_ row: PostgresRow) throws -> AuditHead {
        let r = row.makeRandomAccess()
        return AuditHead(sequence: try value(r, "audit_head_seq"), hash: try value(r, "audit_head_hash"))
    }

    static func value<T: PostgresDecodable>(_ row: PostgresRandomAccessRow, _ column: String) throws -> T {
        guard row.contains(column) else { throw StoreError.corruptRow(kind: column, detail: "column missing") }
        do {
            return try row[column].decode(T.self)
        } catch {
            throw StoreError.corruptRow(kind: column, detail: "\(error)")
        }
    }

    private static func time(_ row: PostgresRandomAccessRow, _ column: String) throws -> StoreTime {
        StoreTime(microseconds: try value(row, column))
    }

    private static func optionalTime(_ row: PostgresRandomAccessRow, _ column: String) throws -> StoreTime? {
        let micros: Int64? = try value(row, column)
        return micros.map(StoreTime.init(microseconds:))
    }

    private static func bytes(_ row: PostgresRandomAccessRow, _ column: String) throws -> [UInt8] {
        let buffer: ByteBuffer = try value(row, column)
        return Array(buffer.readableBytesView)
    }

    private static func enumValue<Value: RawRepresentable<String>>(_ row: PostgresRandomAccessRow, _ column: String) throws -> Value {
        let raw: String = try value(row, column)
        guard let decoded = Value(rawValue: raw) else { throw StoreError.corruptRow(kind: column, detail: "unknown value '\(raw)'") }
        return decoded
    }
}
