import AlphaStore
import Foundation
import GRDB

/// Reading records from rows without trapping: a malformed row becomes `StoreError.corruptRow`.
enum SQLiteRows {
    static func tenant(_ row: Row) throws -> Tenant {
        Tenant(id: try row.decode(forColumn: "id"), name: try row.decode(forColumn: "name"), createdAt: try time(row, "created_at"))
    }

    static func token(_ row: Row) throws -> APIToken {
        APIToken(
            id: try row.decode(forColumn: "id"), tenantID: try row.decode(forColumn: "tenant_id"), name: try row.decode(forColumn: "name"),
            role: try enumValue(row, "role"), secretHash: try row.decode(forColumn: "secret_hash"),
            createdAt: try time(row, "created_at"), revokedAt: try optionalTime(row, "revoked_at"))
    }

    static func incident(_ row: Row) throws -> IncidentRecord {
        IncidentRecord(
            tenantID: try row.decode(forColumn: "tenant_id"), id: try row.decode(forColumn: "id"), service: try row.decode(forColumn: "service"),
            status: try enumValue(row, "status"), incidentJSON: try bytes(row, "incident_json"), createdAt: try time(row, "created_at"),
            updatedAt: try time(row, "updated_at"))
    }

    /// The columns `summary` reads, so queries leave the payload unread.
    static let summaryColumns = "tenant_id, id, service, status, created_at, updated_at"

    static func summary(_ row: Row) throws -> IncidentSummary {
        IncidentSummary(
            tenantID: try row.decode(forColumn: "tenant_id"), id: try row.decode(forColumn: "id"), service: try row.decode(forColumn: "service"),
            status: try enumValue(row, "status"), createdAt: try time(row, "created_at"), updatedAt: try time(row, "updated_at"))
    }

    /// A row of the summary joined with its analysis time (NULL when no analysis was saved).
    static func summaryWithAnalysisTime(_ row: Row) throws -> (incident: IncidentSummary, analyzedAt: StoreTime?) {
        (try summary(row), try optionalTime(row, "analyzed_at"))
    }

    static func analysis(_ row: Row) throws -> AnalysisRecord {
        AnalysisRecord(
            tenantID: try row.decode(forColumn: "tenant_id"), incidentID: try row.decode(forColumn: "incident_id"),
            reportJSON: try bytes(row, "report_json"), createdAt: try time(row, "created_at"))
    }

    static func timeline(_ row: Row) throws -> TimelineEntry {
        TimelineEntry(
            tenantID: try row.decode(forColumn: "tenant_id"), incidentID: try row.decode(forColumn: "incident_id"),
            id: try row.decode(forColumn: "id"), kind: try row.decode(forColumn: "kind"), message: try row.decode(forColumn: "message"),
            actor: try row.decode(forColumn: "actor"), at: try time(row, "at"))
    }

    static func decision(_ row: Row) throws -> RemediationDecision {
        RemediationDecision(
            tenantID: try row.decode(forColumn: "tenant_id"), incidentID: try row.decode(forColumn: "incident_id"),
            id: try row.decode(forColumn: "id"), remediationID: try row.decode(forColumn: "remediation_id"),
            verdict: try enumValue(row, "verdict"), actor: try row.decode(forColumn: "actor"), reason: try row.decode(forColumn: "reason"),
            at: try time(row, "at"))
    }

    static func job(_ row: Row) throws -> JobRecord {
        JobRecord(
            tenantID: try row.decode(forColumn: "tenant_id"), id: try row.decode(forColumn: "id"), kind: try row.decode(forColumn: "kind"),
            payload: try bytes(row, "payload"), state: try enumValue(row, "state"), attempts: try row.decode(forColumn: "attempts"),
            claimedBy: try row.decode(String?.self, forColumn: "claimed_by"), claimedAt: try optionalTime(row, "claimed_at"),
            lastError: try row.decode(String?.self, forColumn: "last_error"), createdAt: try time(row, "created_at"),
            updatedAt: try time(row, "updated_at"))
    }

    static func audit(_ row: Row) throws -> AuditEntry {
        AuditEntry(
            tenantID: try row.decode(forColumn: "tenant_id"), sequence: try row.decode(forColumn: "seq"), at: try time(row, "at"),
            actor: try row.decode(forColumn: "actor"), action: try row.decode(forColumn: "action"),
            before: try row.decode(String?.self, forColumn: "before"), after: try row.decode(String?.self, forColumn: "after"),
            previousHash: try row.decode(forColumn: "prev_hash"), hash: try row.decode(forColumn: "hash"))
    }

    private static func time(_ row: Row, _ column: String) throws -> StoreTime {
        StoreTime(microseconds: try row.decode(Int64.self, forColumn: column))
    }

    private static func optionalTime(_ row: Row, _ column: String) throws -> StoreTime? {
        try row.decode(Int64?.self, forColumn: column).map(StoreTime.init(microseconds:))
    }

    private static func bytes(_ row: Row, _ column: String) throws -> [UInt8] {
        [UInt8](try row.decode(Data.self, forColumn: column))
    }

    private static func enumValue<Value: RawRepresentable<String>>(_ row: Row, _ column: String) throws -> Value {
        let raw: String = try row.decode(forColumn: column)
        guard let value = Value(rawValue: raw) else { throw StoreError.corruptRow(kind: column, detail: "unknown value '\(raw)'") }
        return value
    }
}
