/// The one storage interface of the server. Engines: `MemoryStore` (tests, demos), `SQLiteStore`
/// (AlphaStoreSQLite, the embedded default) and `PostgresStore` (AlphaStorePostgres).
///
/// Rules every engine follows (checked by the conformance suite in Tests/AlphaStoreTests):
/// - Every tenant-owned row is read and written through its `tenantID`; an id of another tenant behaves exactly like
///   an id that does not exist (`nil` or `StoreError.notFound`).
/// - State changes that matter for security (tenant and token operations, incident creation and transitions,
///   remediation decisions) append their audit entry in the same transaction as the change.
/// - Times are taken from the engine's clock (`StoreTime.now()`), except where a parameter says otherwise.
public protocol Store: Sendable {
    // MARK: Tenants

    /// Creates a tenant with a unique name; audited as `tenant.create` in the new tenant's own log.
    func createTenant(name: String, actor: String) async throws -> Tenant
    /// The tenant with this id, if any.
    func tenant(id: String) async throws -> Tenant?
    /// The tenant with this name, if any.
    func tenant(named name: String) async throws -> Tenant?
    /// All tenants by name (an admin operation).
    func listTenants() async throws -> [Tenant]

    // MARK: API tokens

    /// Stores a token by the hash of its secret (`APITokenSecret.hash`); audited as `token.create`.
    func createToken(tenantID: String, name: String, role: TokenRole, secretHash: String, actor: String) async throws -> APIToken
    /// The token whose secret hashes to `secretHash` (revoked ones included: check `isActive`). This is how a request
    /// finds its tenant, so it is the one lookup not scoped by tenant.
    func token(secretHash: String) async throws -> APIToken?
    /// The tenant's tokens, oldest first.
    func listTokens(tenantID: String) async throws -> [APIToken]
    /// Revokes a token of this tenant (idempotent); audited as `token.revoke`.
    func revokeToken(tenantID: String, tokenID: String, actor: String) async throws -> APIToken

    // MARK: Incidents

    /// Stores a new incident in status `triggered`; audited as `incident.create` and put on its timeline.
    func createIncident(tenantID: String, service: String, incidentJSON: [UInt8], actor: String) async throws -> IncidentRecord
    /// Stores a new incident and queues its job in ONE transaction: both are committed or neither, so an accepted
    /// incident always has its job (the server answers 202 only after this returns).
    func createIncident(tenantID: String, service: String, incidentJSON: [UInt8], actor: String, queueing job: JobRequest) async throws
        -> (incident: IncidentRecord, job: JobRecord)
    /// The incident, if it exists in this tenant.
    func incident(tenantID: String, id: String) async throws -> IncidentRecord?
    /// A page of the tenant's incidents, newest first (summaries: the payloads stay in the store).
    func listIncidents(tenantID: String, query: IncidentQuery) async throws -> IncidentPage
    /// Moves an incident to `status` if `IncidentLifecycle` allows it; adds a timeline entry and an audit entry
    /// (`incident.transition`), all in one transaction.
    func transitionIncident(tenantID: String, id: String, to status: IncidentStatus, actor: String) async throws -> IncidentRecord

    // MARK: Analyses

    /// Stores (or replaces) the analysis report of an incident of this tenant.
    func saveAnalysis(tenantID: String, incidentID: String, reportJSON: [UInt8]) async throws -> AnalysisRecord
    /// The analysis of an incident, if one was saved.
    func analysis(tenantID: String, incidentID: String) async throws -> AnalysisRecord?
    /// The incident's summary and when its analysis was saved (nil before there is one), in one read that touches
    /// neither the payload nor the report; nil when the incident does not exist in this tenant. The API's hottest path:
    /// the server keeps recent reports and reads one (`analysis`) only when this time says its copy is not current.
    func incidentSummary(tenantID: String, id: String) async throws -> (incident: IncidentSummary, analyzedAt: StoreTime?)?

    /// The start of an analysis job: `triggered` → `investigating` (any other status is left alone, a person may have
    /// moved it) and an `analysis started` timeline entry. Engines do it in one transaction where they can. `moved` says
    /// whether the status changed (the server then announces the update).
    func beginAnalysis(tenantID: String, incidentID: String, actor: String) async throws -> (incident: IncidentRecord, moved: Bool)
    /// The end of a successful analysis job: the report saved, the timeline entry `message` (kind `analysis`),
    /// `investigating` → `identified` when `identified` is true, and the job completed. Engines do it in one
    /// transaction where they can.
    func finishAnalysis(
        tenantID: String, incidentID: String, jobID: String, reportJSON: [UInt8], message: String, identified: Bool, actor: String
    ) async throws -> IncidentRecord

    // MARK: Timeline

    /// Appends an entry to an incident's timeline.
    func appendTimeline(tenantID: String, incidentID: String, kind: String, message: String, actor: String) async throws
        -> TimelineEntry
    /// The incident's timeline in insertion order (empty for an unknown or foreign incident).
    func timeline(tenantID: String, incidentID: String) async throws -> [TimelineEntry]

    // MARK: Remediation decisions

    /// Records an approval or rejection of one remediation (never executes it); adds a timeline entry and an audit
    /// entry (`remediation.approve` / `remediation.reject`).
    func recordDecision(
        tenantID: String, incidentID: String, remediationID: String, verdict: RemediationDecision.Verdict, reason: String,
        actor: String
    ) async throws -> RemediationDecision
    /// The incident's decisions, oldest first.
    func decisions(tenantID: String, incidentID: String) async throws -> [RemediationDecision]

    // MARK: Background jobs

    /// Queues a job.
    func enqueueJob(tenantID: String, kind: String, payload: [UInt8]) async throws -> JobRecord
    /// Atomically claims the oldest queued job of any tenant for `workerID` (workers serve all tenants; the job carries
    /// its tenant). Two concurrent claimers never get the same job. Nil when the queue is empty.
    func claimJob(workerID: String) async throws -> JobRecord?
    /// Marks a running job succeeded.
    func completeJob(tenantID: String, id: String) async throws -> JobRecord
    /// Marks a running job failed with `error`.
    func failJob(tenantID: String, id: String, error: String) async throws -> JobRecord
    /// Puts running jobs claimed before `claimedBefore` back in the queue (their worker died); returns how many.
    func requeueStaleJobs(claimedBefore: StoreTime) async throws -> Int
    /// The job, if it exists in this tenant.
    func job(tenantID: String, id: String) async throws -> JobRecord?

    // MARK: Audit log

    /// Appends an entry to the tenant's hash chain.
    func appendAudit(tenantID: String, actor: String, action: String, before: String?, after: String?) async throws -> AuditEntry
    /// The tenant's audit log in sequence order.
    func auditLog(tenantID: String) async throws -> [AuditEntry]
    /// Recomputes the tenant's chain and reports the first edited, deleted or reordered entry.
    func verifyAudit(tenantID: String) async throws -> AuditVerification
}
