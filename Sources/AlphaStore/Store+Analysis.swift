/// Step-by-step versions of the analysis-job calls, for engines without a cheaper combined form (the memory store, whose
/// actor already serialises them, and PostgreSQL, where each step is its own transaction). SQLite overrides both with
/// one write transaction each, since its single writer is what the server's job loop waits on.
extension Store {
    /// See `Store.beginAnalysis`.
    public func beginAnalysis(tenantID: String, incidentID: String, actor: String) async throws -> IncidentRecord {
        guard var incident = try await incident(tenantID: tenantID, id: incidentID) else {
            throw StoreError.notFound(kind: "incident", id: incidentID)
        }
        if incident.status == .triggered {
            incident = try await transitionIncident(tenantID: tenantID, id: incidentID, to: .investigating, actor: actor)
        }
        _ = try await appendTimeline(
            tenantID: tenantID, incidentID: incidentID, kind: AnalysisTimeline.kind, message: AnalysisTimeline.started, actor: actor)
        return incident
    }

    /// See `Store.finishAnalysis`.
    public func finishAnalysis(
        tenantID: String, incidentID: String, jobID: String, reportJSON: [UInt8], message: String, identified: Bool, actor: String
    ) async throws -> IncidentRecord {
        _ = try await saveAnalysis(tenantID: tenantID, incidentID: incidentID, reportJSON: reportJSON)
        _ = try await appendTimeline(tenantID: tenantID, incidentID: incidentID, kind: "analysis", message: message, actor: actor)
        guard var incident = try await incident(tenantID: tenantID, id: incidentID) else {
            throw StoreError.notFound(kind: "incident", id: incidentID)
        }
        // A person may have moved it on since the read: then the move is not made.
        if identified && incident.status == .investigating,
            let moved = try? await transitionIncident(tenantID: tenantID, id: incidentID, to: .identified, actor: actor)
        {
            incident = moved
        }
        _ = try await completeJob(tenantID: tenantID, id: jobID)
        return incident
    }
}
