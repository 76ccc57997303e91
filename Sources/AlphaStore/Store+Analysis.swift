/// Step-by-step versions of the analysis-job calls, for engines without a cheaper combined form (the memory store, whose
/// actor already serialises them). SQLite and PostgreSQL override both with one transaction each: the server's job loop
/// waits on SQLite's single writer, and on PostgreSQL each step alone would be its own round trips and commit.
extension Store {
    /// See `Store.beginAnalysis`.
    public func beginAnalysis(tenantID: String, incidentID: String, actor: String) async throws -> (incident: IncidentRecord, moved: Bool) {
        guard var incident = try await incident(tenantID: tenantID, id: incidentID) else {
            throw StoreError.notFound(kind: "incident", id: incidentID)
        }
        let moved = incident.status == .triggered
        if moved {
            incident = try await transitionIncident(tenantID: tenantID, id: incidentID, to: .investigating, actor: actor)
        }
        _ = try await appendTimeline(
            tenantID: tenantID, incidentID: incidentID, kind: AnalysisTimeline.kind, message: AnalysisTimeline.started, actor: actor)
        return (incident, moved)
    }

    /// See `Store.finishAnalysis`.
    public func finishAnalysis(
        tenantID: String, incidentID: String, jobID: String, reportJSON: [UInt8], message: String, identified: Bool, actor: String
    ) async throws -> IncidentRecord {
        _ = try await saveAnalysis(tenantID: tenantID, incidentID: incidentID, reportJSON: reportJSON)
        _ = try await appendTimeline(tenantID: tenantID, incidentID: incidentID, kind: AnalysisTimeline.kind, message: message, actor: actor)
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
