import AlphaStore
import Testing

/// The one conformance suite: every test runs against every engine in `StoreEngine.all`, each on a fresh store.
@Suite("Store conformance")
struct StoreConformanceTests {
    let json = Array(#"{"service":"checkout"}"#.utf8)

    @Test("tenants: create, look up, unique names", arguments: StoreEngine.all)
    func tenants(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let acme = try await h.store.createTenant(name: "acme", actor: "cli")
            let beta = try await h.store.createTenant(name: "beta", actor: "cli")
            #expect(try await h.store.tenant(id: acme.id) == acme)
            #expect(try await h.store.tenant(named: "beta") == beta)
            #expect(try await h.store.tenant(named: "nope") == nil)
            #expect(try await h.store.listTenants().map(\.name) == ["acme", "beta"])
            await #expect(throws: StoreError.duplicate(kind: "tenant", id: "acme")) {
                try await h.store.createTenant(name: "acme", actor: "cli")
            }
        }
    }

    @Test("tokens: stored by hash, found by hash, revoked", arguments: StoreEngine.all)
    func tokens(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let acme = try await h.store.createTenant(name: "acme", actor: "cli")
            let secret = APITokenSecret.generate()
            let hash = APITokenSecret.hash(secret)
            let token = try await h.store.createToken(tenantID: acme.id, name: "ci", role: .responder, secretHash: hash, actor: "cli")
            #expect(token.secretHash == hash && hash != secret && hash.utf8.count == 64)
            let found = try #require(try await h.store.token(secretHash: APITokenSecret.hash(secret)))
            #expect(found.id == token.id && found.tenantID == acme.id && found.role == .responder && found.isActive)
            #expect(try await h.store.token(secretHash: APITokenSecret.hash(secret + "x")) == nil)
            #expect(try await h.store.token(secretHash: secret) == nil)
            await #expect(throws: StoreError.self) {
                try await h.store.createToken(tenantID: acme.id, name: "again", role: .viewer, secretHash: hash, actor: "cli")
            }
            let revoked = try await h.store.revokeToken(tenantID: acme.id, tokenID: token.id, actor: "cli")
            #expect(!revoked.isActive)
            #expect(try await h.store.token(secretHash: hash)?.isActive == false)
            let again = try await h.store.revokeToken(tenantID: acme.id, tokenID: token.id, actor: "cli")
            #expect(again.revokedAt == revoked.revokedAt)
            #expect(try await h.store.listTokens(tenantID: acme.id).map(\.id) == [token.id])
            #expect(try await h.store.auditLog(tenantID: acme.id).map(\.action) == ["tenant.create", "token.create", "token.revoke"])
            let audit = try await h.store.auditLog(tenantID: acme.id)
            #expect(!audit.contains { ($0.after ?? "").contains(hash) }, "the audit log never stores token hashes")
        }
    }

    @Test("tenant isolation: another tenant's ids look like missing ids", arguments: StoreEngine.all)
    func tenantIsolation(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let a = try await h.store.createTenant(name: "a", actor: "cli")
            let b = try await h.store.createTenant(name: "b", actor: "cli")
            let incident = try await h.store.createIncident(tenantID: a.id, service: "checkout", incidentJSON: json, actor: "t")
            _ = try await h.store.saveAnalysis(tenantID: a.id, incidentID: incident.id, reportJSON: [1, 2])
            let token = try await h.store.createToken(
                tenantID: a.id, name: "x", role: .admin, secretHash: APITokenSecret.hash("s"), actor: "cli")
            let job = try await h.store.enqueueJob(tenantID: a.id, kind: "analyze", payload: [])
            let store = h.store

            #expect(try await store.incident(tenantID: b.id, id: incident.id) == nil)
            #expect(try await store.listIncidents(tenantID: b.id, query: IncidentQuery()).items.isEmpty)
            #expect(try await store.analysis(tenantID: b.id, incidentID: incident.id) == nil)
            #expect(try await store.timeline(tenantID: b.id, incidentID: incident.id).isEmpty)
            #expect(try await store.decisions(tenantID: b.id, incidentID: incident.id).isEmpty)
            #expect(try await store.job(tenantID: b.id, id: job.id) == nil)
            #expect(try await store.listTokens(tenantID: b.id).isEmpty)
            #expect(try await store.auditLog(tenantID: b.id).allSatisfy { $0.tenantID == b.id })
            await #expect(throws: StoreError.notFound(kind: "incident", id: incident.id)) {
                try await store.transitionIncident(tenantID: b.id, id: incident.id, to: .investigating, actor: "evil")
            }
            await #expect(throws: StoreError.notFound(kind: "incident", id: incident.id)) {
                try await store.saveAnalysis(tenantID: b.id, incidentID: incident.id, reportJSON: [9])
            }
            await #expect(throws: StoreError.notFound(kind: "incident", id: incident.id)) {
                try await store.appendTimeline(tenantID: b.id, incidentID: incident.id, kind: "note", message: "x", actor: "evil")
            }
            await #expect(throws: StoreError.notFound(kind: "incident", id: incident.id)) {
                try await store.recordDecision(
                    tenantID: b.id, incidentID: incident.id, remediationID: "r1", verdict: .approved, reason: "", actor: "evil")
            }
            await #expect(throws: StoreError.notFound(kind: "token", id: token.id)) {
                try await store.revokeToken(tenantID: b.id, tokenID: token.id, actor: "evil")
            }
            await #expect(throws: StoreError.notFound(kind: "job", id: job.id)) {
                try await store.completeJob(tenantID: b.id, id: job.id)
            }
            await #expect(throws: StoreError.notFound(kind: "tenant", id: "missing")) {
                try await store.createIncident(tenantID: "missing", service: "s", incidentJSON: json, actor: "t")
            }
            // Nothing of A changed through B's attempts.
            #expect(try await store.incident(tenantID: a.id, id: incident.id)?.status == .triggered)
            #expect(try await store.analysis(tenantID: a.id, incidentID: incident.id)?.reportJSON == [1, 2])
            #expect(try await store.token(secretHash: APITokenSecret.hash("s"))?.isActive == true)
            #expect(try await store.verifyAudit(tenantID: a.id).isValid)
        }
    }

    @Test("incident lifecycle: allowed transitions only, each on the timeline", arguments: StoreEngine.all)
    func lifecycle(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let t = try await h.store.createTenant(name: "t", actor: "cli")
            let created = try await h.store.createIncident(tenantID: t.id, service: "checkout", incidentJSON: json, actor: "alice")
            #expect(created.status == .triggered && created.incidentJSON == json)
            for status: IncidentStatus in [.investigating, .identified, .mitigated, .resolved] {
                let moved = try await h.store.transitionIncident(tenantID: t.id, id: created.id, to: status, actor: "alice")
                #expect(moved.status == status)
            }
            let stored = try #require(try await h.store.incident(tenantID: t.id, id: created.id))
            #expect(stored.status == .resolved && stored.updatedAt >= stored.createdAt && stored.incidentJSON == json)
            await #expect(throws: StoreError.forbiddenTransition(from: .resolved, to: .mitigated)) {
                try await h.store.transitionIncident(tenantID: t.id, id: created.id, to: .mitigated, actor: "alice")
            }
            await #expect(throws: StoreError.forbiddenTransition(from: .resolved, to: .resolved)) {
                try await h.store.transitionIncident(tenantID: t.id, id: created.id, to: .resolved, actor: "alice")
            }
            #expect(try await h.store.incident(tenantID: t.id, id: created.id)?.status == .resolved)
            let timeline = try await h.store.timeline(tenantID: t.id, incidentID: created.id)
            #expect(
                timeline.map(\.message) == [
                    "incident triggered", "status triggered → investigating", "status investigating → identified",
                    "status identified → mitigated", "status mitigated → resolved",
                ])
            let note = try await h.store.appendTimeline(tenantID: t.id, incidentID: created.id, kind: "note", message: "postmortem", actor: "bob")
            #expect(try await h.store.timeline(tenantID: t.id, incidentID: created.id).last == note)
            let actions = try await h.store.auditLog(tenantID: t.id).map(\.action)
            #expect(actions == ["tenant.create", "incident.create"] + Array(repeating: "incident.transition", count: 4))
        }
    }

    @Test("analyses: saved, replaced, read back byte for byte", arguments: StoreEngine.all)
    func analyses(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let t = try await h.store.createTenant(name: "t", actor: "cli")
            let incident = try await h.store.createIncident(tenantID: t.id, service: "s", incidentJSON: json, actor: "a")
            #expect(try await h.store.analysis(tenantID: t.id, incidentID: incident.id) == nil)
            let before = try #require(try await h.store.incidentSummary(tenantID: t.id, id: incident.id))
            #expect(before.incident == incident.summary && before.analyzedAt == nil)
            _ = try await h.store.saveAnalysis(tenantID: t.id, incidentID: incident.id, reportJSON: Array("{\"v\":1}".utf8))
            let report = Array("{\"v\":2,\"ü\":\"\\u0000\"}".utf8) + [0, 255]
            let saved = try await h.store.saveAnalysis(tenantID: t.id, incidentID: incident.id, reportJSON: report)
            let read = try #require(try await h.store.analysis(tenantID: t.id, incidentID: incident.id))
            #expect(read.reportJSON == report && read.createdAt == saved.createdAt)
            let both = try #require(try await h.store.incidentSummary(tenantID: t.id, id: incident.id))
            #expect(both.incident == incident.summary && both.analyzedAt == saved.createdAt)
            let other = try await h.store.createTenant(name: "other", actor: "cli")
            #expect(try await h.store.incidentSummary(tenantID: other.id, id: incident.id) == nil)
            #expect(try await h.store.incidentSummary(tenantID: t.id, id: "missing") == nil)
        }
    }

    @Test("remediation decisions: recorded with timeline and audit entries", arguments: StoreEngine.all)
    func decisions(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let t = try await h.store.createTenant(name: "t", actor: "cli")
            let incident = try await h.store.createIncident(tenantID: t.id, service: "s", incidentJSON: json, actor: "a")
            let approve = try await h.store.recordDecision(
                tenantID: t.id, incidentID: incident.id, remediationID: "rollback", verdict: .approved, reason: "safe", actor: "carol")
            let reject = try await h.store.recordDecision(
                tenantID: t.id, incidentID: incident.id, remediationID: "scale-up", verdict: .rejected, reason: "cost \"high\"", actor: "carol")
            #expect(try await h.store.decisions(tenantID: t.id, incidentID: incident.id) == [approve, reject])
            #expect(try await h.store.timeline(tenantID: t.id, incidentID: incident.id).map(\.kind) == ["status", "decision", "decision"])
            let audit = try await h.store.auditLog(tenantID: t.id)
            #expect(audit.suffix(2).map(\.action) == ["remediation.approve", "remediation.reject"])
            #expect(audit.last?.after?.contains(#""reason":"cost \"high\"""#) == true)
        }
    }

    @Test("jobs: FIFO claim, complete, fail, stale re-queue", arguments: StoreEngine.all)
    func jobs(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let t = try await h.store.createTenant(name: "t", actor: "cli")
            let first = try await h.store.enqueueJob(tenantID: t.id, kind: "analyze", payload: Array("1".utf8))
            let second = try await h.store.enqueueJob(tenantID: t.id, kind: "analyze", payload: Array("2".utf8))
            let third = try await h.store.enqueueJob(tenantID: t.id, kind: "analyze", payload: Array("3".utf8))
            let claimed = try #require(try await h.store.claimJob(workerID: "w1"))
            #expect(claimed.id == first.id && claimed.state == .running && claimed.attempts == 1 && claimed.claimedBy == "w1")
            #expect(claimed.payload == Array("1".utf8))
            await #expect(throws: StoreError.invalidJobState(id: second.id, state: .queued)) {
                try await h.store.completeJob(tenantID: t.id, id: second.id)
            }
            let done = try await h.store.completeJob(tenantID: t.id, id: first.id)
            #expect(done.state == .succeeded && done.claimedBy == nil)
            #expect(try await h.store.job(tenantID: t.id, id: first.id)?.state == .succeeded)
            let next = try #require(try await h.store.claimJob(workerID: "w2"))
            #expect(next.id == second.id)
            let failed = try await h.store.failJob(tenantID: t.id, id: second.id, error: "timeout")
            #expect(failed.state == .failed && failed.lastError == "timeout")
            #expect(try await h.store.job(tenantID: t.id, id: second.id)?.lastError == "timeout")
            // A worker claims the third job and dies: a cut-off in the past re-queues nothing, one after the claim re-queues it.
            let stale = try #require(try await h.store.claimJob(workerID: "dead"))
            #expect(stale.id == third.id)
            #expect(try await h.store.claimJob(workerID: "w3") == nil)
            #expect(try await h.store.requeueStaleJobs(claimedBefore: StoreTime.now().adding(seconds: -3600)) == 0)
            #expect(try await h.store.requeueStaleJobs(claimedBefore: StoreTime.now().adding(seconds: 1)) == 1)
            #expect(try await h.store.job(tenantID: t.id, id: third.id)?.state == .queued)
            let retried = try #require(try await h.store.claimJob(workerID: "w3"))
            #expect(retried.id == third.id && retried.attempts == 2 && retried.claimedBy == "w3")
        }
    }

    @Test("jobs: concurrent claimers never get the same job", arguments: StoreEngine.all)
    func concurrentClaims(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let t = try await h.store.createTenant(name: "t", actor: "cli")
            var enqueued = Set<String>()
            for index in 0..<40 {
                enqueued.insert(try await h.store.enqueueJob(tenantID: t.id, kind: "analyze", payload: Array("\(index)".utf8)).id)
            }
            let store = h.store
            let claims = try await withThrowingTaskGroup(of: [String].self) { group in
                for worker in 0..<4 {
                    group.addTask {
                        var mine = [String]()
                        while let job = try await store.claimJob(workerID: "w\(worker)") { mine.append(job.id) }
                        return mine
                    }
                }
                var all = [String]()
                for try await mine in group { all += mine }
                return all
            }
            #expect(claims.count == 40, "each job claimed exactly once")
            #expect(Set(claims) == enqueued)
        }
    }

    @Test("incidents: cursor paging newest first, filters by status and service", arguments: StoreEngine.all)
    func paging(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let t = try await h.store.createTenant(name: "t", actor: "cli")
            let other = try await h.store.createTenant(name: "o", actor: "cli")
            _ = try await h.store.createIncident(tenantID: other.id, service: "checkout", incidentJSON: json, actor: "a")
            var created = [IncidentRecord]()
            for index in 0..<7 {
                let service = index.isMultiple(of: 2) ? "checkout" : "search"
                created.append(try await h.store.createIncident(tenantID: t.id, service: service, incidentJSON: json, actor: "a"))
            }
            for incident in created.prefix(3) {
                _ = try await h.store.transitionIncident(tenantID: t.id, id: incident.id, to: .investigating, actor: "a")
            }
            let expected = created.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }.map(\.id)
            var seen = [String]()
            var cursor: IncidentCursor?
            var pages = 0
            repeat {
                let page = try await h.store.listIncidents(tenantID: t.id, query: IncidentQuery(cursor: cursor, limit: 3))
                #expect(page.items.count <= 3)
                seen += page.items.map(\.id)
                // Round-trip the cursor through its text form, as the API will.
                cursor = try page.nextCursor.map { try IncidentCursor(encoded: $0.encoded) }
                pages += 1
            } while cursor != nil && pages < 10
            #expect(seen == expected)
            #expect(pages == 3)
            let investigating = try await h.store.listIncidents(tenantID: t.id, query: IncidentQuery(status: .investigating))
            #expect(Set(investigating.items.map(\.id)) == Set(created.prefix(3).map(\.id)) && investigating.nextCursor == nil)
            let search = try await h.store.listIncidents(tenantID: t.id, query: IncidentQuery(service: "search", limit: 2))
            #expect(search.items.count == 2 && search.items.allSatisfy { $0.service == "search" } && search.nextCursor != nil)
            let both = try await h.store.listIncidents(tenantID: t.id, query: IncidentQuery(status: .triggered, service: "checkout"))
            #expect(
                both.items.map(\.id) == created.enumerated().filter { $0.offset >= 3 && $0.offset.isMultiple(of: 2) }.map(\.element.id).reversed())
        }
    }

    @Test("audit: a clean chain verifies; manual entries join it", arguments: StoreEngine.all)
    func auditValid(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let t = try await h.store.createTenant(name: "t", actor: "cli")
            let entry = try await h.store.appendAudit(tenantID: t.id, actor: "cli", action: "config.change", before: "{\"a\":1}", after: nil)
            #expect(entry.sequence == 2 && entry.previousHash != AuditChain.genesisHash)
            let log = try await h.store.auditLog(tenantID: t.id)
            #expect(log.map(\.sequence) == [1, 2] && log.last == entry && log[0].hash == entry.previousHash)
            let verification = try await h.store.verifyAudit(tenantID: t.id)
            #expect(verification == AuditVerification(isValid: true, checkedEntries: 2, brokenAt: nil, problem: nil))
        }
    }

    @Test("incidents with their jobs: one transaction each, concurrent creations do not deadlock", arguments: StoreEngine.all)
    func incidentsWithJobs(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let t = try await h.store.createTenant(name: "t", actor: "cli")
            let store = h.store
            let created = try await withThrowingTaskGroup(of: (IncidentRecord, JobRecord).self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        try await store.createIncident(
                            tenantID: t.id, service: "s", incidentJSON: json, actor: "a",
                            queueing: JobRequest(kind: "analyze") { Array("for \($0)".utf8) })
                    }
                }
                var all: [(IncidentRecord, JobRecord)] = []
                for try await pair in group { all.append(pair) }
                return all
            }
            #expect(created.count == 16)
            for (incident, job) in created {
                #expect(try await store.incident(tenantID: t.id, id: incident.id) == incident)
                let stored = try #require(try await store.job(tenantID: t.id, id: job.id))
                #expect(stored.payload == Array("for \(incident.id)".utf8))
                #expect(stored.state == .queued)
            }
            #expect(try await store.verifyAudit(tenantID: t.id).isValid)
            // An unknown tenant is refused.
            await #expect(throws: StoreError.self) {
                try await store.createIncident(
                    tenantID: "nope", service: "s", incidentJSON: json, actor: "a", queueing: JobRequest(kind: "analyze") { _ in [] })
            }
        }
    }

    @Test("analysis jobs: begin moves triggered to investigating, finish saves, identifies and completes", arguments: StoreEngine.all)
    func analysisJobSteps(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let t = try await h.store.createTenant(name: "t", actor: "cli")
            let (incident, _) = try await h.store.createIncident(
                tenantID: t.id, service: "s", incidentJSON: json, actor: "a", queueing: JobRequest(kind: "analyze") { _ in [] })
            let job = try #require(try await h.store.claimJob(workerID: "w"))
            let started = try await h.store.beginAnalysis(tenantID: t.id, incidentID: incident.id, actor: "system")
            #expect(started.incident.status == .investigating && started.moved)
            let finished = try await h.store.finishAnalysis(
                tenantID: t.id, incidentID: incident.id, jobID: job.id, reportJSON: Array("{}".utf8), message: "analysis finished",
                identified: true, actor: "system")
            #expect(finished.status == .identified)
            #expect(try await h.store.analysis(tenantID: t.id, incidentID: incident.id)?.reportJSON == Array("{}".utf8))
            #expect(try await h.store.job(tenantID: t.id, id: job.id)?.state == .succeeded)
            let kinds = try await h.store.timeline(tenantID: t.id, incidentID: incident.id).map { "\($0.kind):\($0.message)" }
            #expect(kinds.contains("analysis:analysis started") && kinds.contains("analysis:analysis finished"))
            #expect(try await h.store.verifyAudit(tenantID: t.id).isValid)

            // A person moved it on before the analysis finished: begin and finish leave the status alone.
            let (second, _) = try await h.store.createIncident(
                tenantID: t.id, service: "s", incidentJSON: json, actor: "a", queueing: JobRequest(kind: "analyze") { _ in [] })
            let secondJob = try #require(try await h.store.claimJob(workerID: "w"))
            _ = try await h.store.transitionIncident(tenantID: t.id, id: second.id, to: .mitigated, actor: "a")
            let leftAlone = try await h.store.beginAnalysis(tenantID: t.id, incidentID: second.id, actor: "system")
            #expect(leftAlone.incident.status == .mitigated && !leftAlone.moved)
            let kept = try await h.store.finishAnalysis(
                tenantID: t.id, incidentID: second.id, jobID: secondJob.id, reportJSON: [], message: "done", identified: true, actor: "system")
            #expect(kept.status == .mitigated)
            // Another tenant cannot begin it.
            let other = try await h.store.createTenant(name: "o", actor: "cli")
            await #expect(throws: StoreError.self) {
                try await h.store.beginAnalysis(tenantID: other.id, incidentID: second.id, actor: "system")
            }
        }
    }

    @Test("audit: concurrent appends and transitions keep one linear chain", arguments: StoreEngine.all)
    func auditConcurrent(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let t = try await h.store.createTenant(name: "t", actor: "cli")
            let incident = try await h.store.createIncident(tenantID: t.id, service: "s", incidentJSON: json, actor: "a")
            let store = h.store
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<24 {
                    group.addTask {
                        _ = try await store.appendAudit(tenantID: t.id, actor: "w\(index)", action: "note", before: nil, after: "\(index)")
                    }
                }
                group.addTask {
                    _ = try await store.transitionIncident(tenantID: t.id, id: incident.id, to: .investigating, actor: "a")
                }
                try await group.waitForAll()
            }
            let log = try await h.store.auditLog(tenantID: t.id)
            #expect(log.map(\.sequence) == Array(1...27))
            #expect(
                try await h.store.verifyAudit(tenantID: t.id) == AuditVerification(isValid: true, checkedEntries: 27, brokenAt: nil, problem: nil))
        }
    }

    @Test("audit: an edited row is detected", arguments: StoreEngine.all)
    func auditEdited(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let (t, other) = try await makeAuditedTenants(h.store)
            try await h.editAudit(t.id, 3)
            let verification = try await h.store.verifyAudit(tenantID: t.id)
            #expect(!verification.isValid && verification.brokenAt == 3 && verification.checkedEntries == 2)
            #expect(verification.problem?.contains("modified") == true)
            #expect(try await h.store.verifyAudit(tenantID: other.id).isValid, "the other tenant's chain is untouched")
        }
    }

    @Test("audit: a deleted row is detected, in the middle or at the end", arguments: StoreEngine.all)
    func auditDeleted(engine: StoreEngine) async throws {
        try await engine.withHarness { h in
            let (t, other) = try await makeAuditedTenants(h.store)
            try await h.deleteAudit(t.id, 2)
            let middle = try await h.store.verifyAudit(tenantID: t.id)
            #expect(!middle.isValid && middle.brokenAt == 2 && middle.problem?.contains("missing") == true)
            let last = try #require(try await h.store.auditLog(tenantID: other.id).last)
            try await h.deleteAudit(other.id, last.sequence)
            let end = try await h.store.verifyAudit(tenantID: other.id)
            #expect(!end.isValid && end.brokenAt == last.sequence)
        }
    }

    /// Two tenants with four audit entries each.
    private func makeAuditedTenants(_ store: any Store) async throws -> (Tenant, Tenant) {
        let t = try await store.createTenant(name: "t", actor: "cli")
        let other = try await store.createTenant(name: "other", actor: "cli")
        for tenant in [t, other] {
            let incident = try await store.createIncident(tenantID: tenant.id, service: "s", incidentJSON: json, actor: "a")
            _ = try await store.transitionIncident(tenantID: tenant.id, id: incident.id, to: .investigating, actor: "a")
            _ = try await store.appendAudit(tenantID: tenant.id, actor: "a", action: "note", before: nil, after: "x")
        }
        #expect(try await store.verifyAudit(tenantID: t.id).checkedEntries == 4)
        return (t, other)
    }
}
