/// The in-memory engine: an actor holding every table as arrays. For tests, demos and `serve --database memory:`;
/// nothing survives the process. Follows every rule of `Store` (the conformance suite runs against it too).
public actor MemoryStore: Store {
    var tenants: [Tenant] = []
    var auditHeads: [String: AuditHead] = [:]
    var tokens: [APIToken] = []
    var incidents: [IncidentRecord] = []
    var analyses: [AnalysisRecord] = []
    var timelines: [TimelineEntry] = []
    var decisionRows: [RemediationDecision] = []
    var jobs: [JobRecord] = []
    var audit: [AuditEntry] = []

    /// An empty store.
    public init() {}

    // MARK: Tenants

    /// See `Store.createTenant`.
    public func createTenant(name: String, actor: String) throws -> Tenant {
        guard !tenants.contains(where: { $0.name == name }) else { throw StoreError.duplicate(kind: "tenant", id: name) }
        let tenant = Tenant(id: StoreID.make(), name: name, createdAt: .now())
        tenants.append(tenant)
        auditHeads[tenant.id] = .empty
        record(tenant.id, actor, "tenant.create", nil, AuditText.object(["id": tenant.id, "name": name]))
        return tenant
    }

    /// See `Store.tenant(id:)`.
    public func tenant(id: String) -> Tenant? { tenants.first { $0.id == id } }

    /// See `Store.tenant(named:)`.
    public func tenant(named name: String) -> Tenant? { tenants.first { $0.name == name } }

    /// See `Store.listTenants`.
    public func listTenants() -> [Tenant] { tenants.sorted { $0.name < $1.name } }

    // MARK: Tokens

    /// See `Store.createToken`.
    public func createToken(tenantID: String, name: String, role: TokenRole, secretHash: String, actor: String) throws -> APIToken {
        try requireTenant(tenantID)
        guard !tokens.contains(where: { $0.secretHash == secretHash }) else { throw StoreError.duplicate(kind: "token", id: name) }
        let token = APIToken(
            id: StoreID.make(), tenantID: tenantID, name: name, role: role, secretHash: secretHash, createdAt: .now(), revokedAt: nil)
        tokens.append(token)
        record(tenantID, actor, "token.create", nil, AuditText.token(token))
        return token
    }

    /// See `Store.token(secretHash:)`.
    public func token(secretHash: String) -> APIToken? { tokens.first { $0.secretHash == secretHash } }

    /// See `Store.listTokens`.
    public func listTokens(tenantID: String) -> [APIToken] { tokens.filter { $0.tenantID == tenantID } }

    /// See `Store.revokeToken`.
    public func revokeToken(tenantID: String, tokenID: String, actor: String) throws -> APIToken {
        guard let index = tokens.firstIndex(where: { $0.tenantID == tenantID && $0.id == tokenID }) else {
            throw StoreError.notFound(kind: "token", id: tokenID)
        }
        let before = tokens[index]
        guard before.revokedAt == nil else { return before }
        tokens[index].revokedAt = .now()
        record(tenantID, actor, "token.revoke", AuditText.token(before), AuditText.token(tokens[index]))
        return tokens[index]
    }

    // MARK: Incidents

    /// See `Store.createIncident`.
    public func createIncident(tenantID: String, service: String, incidentJSON: [UInt8], actor: String) throws -> IncidentRecord {
        try requireTenant(tenantID)
        let now = StoreTime.now()
        let incident = IncidentRecord.triggered(tenantID: tenantID, service: service, incidentJSON: incidentJSON, at: now)
        incidents.append(incident)
        timelines.append(
            TimelineEntry(
                tenantID: tenantID, incidentID: incident.id, id: StoreID.make(), kind: "status", message: "incident triggered",
                actor: actor, at: now))
        record(tenantID, actor, "incident.create", nil, AuditText.object(["id": incident.id, "service": service, "status": "triggered"]))
        return incident
    }

    /// See `Store.createIncident(…queueing:)`. The actor runs both steps without interleaving.
    public func createIncident(tenantID: String, service: String, incidentJSON: [UInt8], actor: String, queueing job: JobRequest) throws
        -> (incident: IncidentRecord, job: JobRecord)
    {
        let incident = try createIncident(tenantID: tenantID, service: service, incidentJSON: incidentJSON, actor: actor)
        return (incident, try enqueueJob(tenantID: tenantID, kind: job.kind, payload: job.payload(incident.id)))
    }

    /// See `Store.incident`.
    public func incident(tenantID: String, id: String) -> IncidentRecord? {
        incidents.first { $0.tenantID == tenantID && $0.id == id }
    }

    /// See `Store.listIncidents`.
    public func listIncidents(tenantID: String, query: IncidentQuery) -> IncidentPage {
        let limit = query.clampedLimit
        let matching = incidents.filter { incident in
            incident.tenantID == tenantID && (query.status.map { incident.status == $0 } ?? true)
                && (query.service.map { incident.service == $0 } ?? true) && (query.cursor.map { $0.precedes(incident.summary) } ?? true)
        }
        let sorted = matching.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        return IncidentPage(fetched: sorted.prefix(limit + 1).map(\.summary), limit: limit)
    }

    /// See `Store.transitionIncident`.
    public func transitionIncident(tenantID: String, id: String, to status: IncidentStatus, actor: String) throws -> IncidentRecord {
        guard let index = incidents.firstIndex(where: { $0.tenantID == tenantID && $0.id == id }) else {
            throw StoreError.notFound(kind: "incident", id: id)
        }
        let from = incidents[index].status
        try IncidentLifecycle.check(from: from, to: status)
        let now = StoreTime.now()
        incidents[index].status = status
        incidents[index].updatedAt = now
        timelines.append(
            TimelineEntry(
                tenantID: tenantID, incidentID: id, id: StoreID.make(), kind: "status",
                message: "status \(from.rawValue) → \(status.rawValue)", actor: actor, at: now))
        record(
            tenantID, actor, "incident.transition", AuditText.object(["id": id, "status": from.rawValue]),
            AuditText.object(["id": id, "status": status.rawValue]))
        return incidents[index]
    }

    // MARK: Analyses

    /// See `Store.saveAnalysis`.
    public func saveAnalysis(tenantID: String, incidentID: String, reportJSON: [UInt8]) throws -> AnalysisRecord {
        try requireIncident(tenantID, incidentID)
        let analysis = AnalysisRecord(tenantID: tenantID, incidentID: incidentID, reportJSON: reportJSON, createdAt: .now())
        analyses.removeAll { $0.tenantID == tenantID && $0.incidentID == incidentID }
        analyses.append(analysis)
        return analysis
    }

    /// See `Store.analysis`.
    public func analysis(tenantID: String, incidentID: String) -> AnalysisRecord? {
        analyses.first { $0.tenantID == tenantID && $0.incidentID == incidentID }
    }

    /// See `Store.incidentSummary`.
    public func incidentSummary(tenantID: String, id: String) -> (incident: IncidentSummary, analyzedAt: StoreTime?)? {
        incident(tenantID: tenantID, id: id).map { ($0.summary, analysis(tenantID: tenantID, incidentID: id)?.createdAt) }
    }

    // MARK: Timeline

    /// See `Store.appendTimeline`.
    public func appendTimeline(tenantID: String, incidentID: String, kind: String, message: String, actor: String) throws -> TimelineEntry {
        try requireIncident(tenantID, incidentID)
        let entry = TimelineEntry(
            tenantID: tenantID, incidentID: incidentID, id: StoreID.make(), kind: kind, message: message, actor: actor, at: .now())
        timelines.append(entry)
        return entry
    }

    /// See `Store.timeline`.
    public func timeline(tenantID: String, incidentID: String) -> [TimelineEntry] {
        timelines.filter { $0.tenantID == tenantID && $0.incidentID == incidentID }
    }

    // MARK: Decisions

    /// See `Store.recordDecision`.
    public func recordDecision(
        tenantID: String, incidentID: String, remediationID: String, verdict: RemediationDecision.Verdict, reason: String, actor: String
    ) throws -> RemediationDecision {
        try requireIncident(tenantID, incidentID)
        let decision = RemediationDecision(
            tenantID: tenantID, incidentID: incidentID, id: StoreID.make(), remediationID: remediationID, verdict: verdict, actor: actor,
            reason: reason, at: .now())
        decisionRows.append(decision)
        timelines.append(
            TimelineEntry(
                tenantID: tenantID, incidentID: incidentID, id: StoreID.make(), kind: "decision",
                message: "remediation \(remediationID) \(verdict.rawValue)", actor: actor, at: decision.at))
        record(
            tenantID, actor, verdict == .approved ? "remediation.approve" : "remediation.reject", nil,
            AuditText.object(["incident": incidentID, "remediation": remediationID, "verdict": verdict.rawValue, "reason": reason]))
        return decision
    }

    /// See `Store.decisions`.
    public func decisions(tenantID: String, incidentID: String) -> [RemediationDecision] {
        decisionRows.filter { $0.tenantID == tenantID && $0.incidentID == incidentID }
    }

    // MARK: Jobs

    /// See `Store.enqueueJob`.
    public func enqueueJob(tenantID: String, kind: String, payload: [UInt8]) throws -> JobRecord {
        try requireTenant(tenantID)
        let now = StoreTime.now()
        let job = JobRecord(
            tenantID: tenantID, id: StoreID.make(), kind: kind, payload: payload, state: .queued, attempts: 0, claimedBy: nil,
            claimedAt: nil, lastError: nil, createdAt: now, updatedAt: now)
        jobs.append(job)
        return job
    }

    /// See `Store.claimJob`. The actor serialises claims, which makes them atomic.
    public func claimJob(workerID: String) -> JobRecord? {
        guard let index = jobs.indices.filter({ jobs[$0].state == .queued }).min(by: { jobs[$0].createdAt < jobs[$1].createdAt }) else {
            return nil
        }
        let now = StoreTime.now()
        jobs[index].state = .running
        jobs[index].attempts += 1
        jobs[index].claimedBy = workerID
        jobs[index].claimedAt = now
        jobs[index].updatedAt = now
        return jobs[index]
    }

    /// See `Store.completeJob`.
    public func completeJob(tenantID: String, id: String) throws -> JobRecord {
        try finish(tenantID, id, .succeeded, error: nil)
    }

    /// See `Store.failJob`.
    public func failJob(tenantID: String, id: String, error: String) throws -> JobRecord {
        try finish(tenantID, id, .failed, error: error)
    }

    /// See `Store.requeueStaleJobs`.
    public func requeueStaleJobs(claimedBefore: StoreTime) -> Int {
        var count = 0
        for index in jobs.indices where jobs[index].state == .running && (jobs[index].claimedAt.map { $0 < claimedBefore } ?? true) {
            jobs[index].state = .queued
            jobs[index].claimedBy = nil
            jobs[index].updatedAt = .now()
            count += 1
        }
        return count
    }

    /// See `Store.job`.
    public func job(tenantID: String, id: String) -> JobRecord? { jobs.first { $0.tenantID == tenantID && $0.id == id } }

    // MARK: Audit

    /// See `Store.appendAudit`.
    public func appendAudit(tenantID: String, actor: String, action: String, before: String?, after: String?) throws -> AuditEntry {
        try requireTenant(tenantID)
        return record(tenantID, actor, action, before, after)
    }

    /// See `Store.auditLog`.
    public func auditLog(tenantID: String) -> [AuditEntry] { audit.filter { $0.tenantID == tenantID } }

    /// See `Store.verifyAudit`.
    public func verifyAudit(tenantID: String) throws -> AuditVerification {
        try requireTenant(tenantID)
        return AuditChain.verify(tenantID: tenantID, entries: auditLog(tenantID: tenantID), head: auditHeads[tenantID] ?? .empty)
    }

    /// Test hook: rewrites the stored audit entry `sequence` of a tenant without fixing the chain (tamper simulation).
    package func tamperAuditEntry(tenantID: String, sequence: Int64, _ edit: (inout AuditEntry) -> Void) {
        guard let index = audit.firstIndex(where: { $0.tenantID == tenantID && $0.sequence == sequence }) else { return }
        edit(&audit[index])
    }

    /// Test hook: deletes the stored audit entry `sequence` of a tenant (tamper simulation).
    package func deleteAuditEntry(tenantID: String, sequence: Int64) {
        audit.removeAll { $0.tenantID == tenantID && $0.sequence == sequence }
    }

    // MARK: Helpers

    @discardableResult
    private func record(_ tenantID: String, _ actor: String, _ action: String, _ before: String?, _ after: String?) -> AuditEntry {
        let entry = AuditChain.entry(
            after: auditHeads[tenantID] ?? .empty, tenantID: tenantID, at: .now(), actor: actor, action: action, before: before, after: after)
        audit.append(entry)
        auditHeads[tenantID] = AuditHead(sequence: entry.sequence, hash: entry.hash)
        return entry
    }

    private func requireTenant(_ tenantID: String) throws {
        guard tenants.contains(where: { $0.id == tenantID }) else { throw StoreError.notFound(kind: "tenant", id: tenantID) }
    }

    private func requireIncident(_ tenantID: String, _ incidentID: String) throws {
        guard incidents.contains(where: { $0.tenantID == tenantID && $0.id == incidentID }) else {
            throw StoreError.notFound(kind: "incident", id: incidentID)
        }
    }

    private func finish(_ tenantID: String, _ id: String, _ state: JobState, error: String?) throws -> JobRecord {
        guard let index = jobs.firstIndex(where: { $0.tenantID == tenantID && $0.id == id }) else {
            throw StoreError.notFound(kind: "job", id: id)
        }
        guard jobs[index].state == .running else { throw StoreError.invalidJobState(id: id, state: jobs[index].state) }
        jobs[index].state = state
        jobs[index].lastError = error
        jobs[index].claimedBy = nil
        jobs[index].updatedAt = .now()
        return jobs[index]
    }
}
