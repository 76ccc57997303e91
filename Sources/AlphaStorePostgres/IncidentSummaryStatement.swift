import AlphaStore
import PostgresNIO

/// `Store.incidentSummary` as a prepared statement: the API's hottest query (every `GET /incidents/{id}`), so each
/// connection parses and plans it once instead of on every call.
struct IncidentSummaryStatement: PostgresPreparedStatement {
    typealias Row = (incident: IncidentSummary, analyzedAt: StoreTime?)

    static let sql = """
        SELECT i.tenant_id, i.id, i.service, i.status, i.created_at, i.updated_at, a.created_at AS analyzed_at
        FROM incidents i LEFT JOIN analyses a ON a.tenant_id = i.tenant_id AND a.incident_id = i.id
        WHERE i.tenant_id = $1 AND i.id = $2
        """

    var tenantID: String
    var id: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 2)
        bindings.append(tenantID)
        bindings.append(id)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try PostgresRows.summaryWithAnalysisTime(row)
    }
}
