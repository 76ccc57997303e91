import AlphaCore
import AlphaStore
import Hummingbird

/// `/api/v1/incidents…`: submit for analysis, read state, report and timeline, list with cursor paging, and move an
/// incident through its lifecycle.
struct IncidentRoutes {
    let deps: RouteDependencies

    func register(on api: RouterGroup<AlphaRequestContext>) {
        api.post("incidents/analyze") { request, context in try await analyze(request, context) }
        api.get("incidents") { request, context in try await list(request, context) }
        api.get("incidents/:id") { _, context in try await show(context) }
        api.get("incidents/:id/status") { _, context in try await status(context) }
        api.get("incidents/:id/timeline") { _, context in try await timeline(context) }
        api.post("incidents/:id/transition") { request, context in try await transition(request, context) }
    }

    /// Stores the incident and queues its analysis; answers 202 before the analysis runs.
    func analyze(_ request: Request, _ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.responder)
        let bytes = try await deps.bodies.bytes(of: request)
        let incident = try IncidentDecoder.decode(bytes)  // 400 naming the JSON path on bad input
        let service = incident.service.flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
        // The incident and its analysis job commit together: a 202 always has a job behind it.
        let (record, job) = try await deps.store.createIncident(
            tenantID: principal.tenantID, service: service, incidentJSON: bytes, actor: principal.actor,
            queueing: JobRequest(kind: AnalysisJob.kind) { AnalysisJob(incidentID: $0).encoded() })
        deps.metrics.jobEnqueued()
        deps.waker.signal()
        deps.events.publish(tenantID: principal.tenantID, name: "incident.created", data: RecordJSON.incident(record))

        var writer = JSONObjectWriter()
        writer.string("id", record.id)
        writer.string("status", record.status.rawValue)
        writer.string("job_id", job.id)
        writer.string("status_url", "/api/v1/incidents/\(record.id)/status")
        writer.string("report_url", "/api/v1/incidents/\(record.id)")
        var headers = HTTPFields()
        headers[.location] = "/api/v1/incidents/\(record.id)/status"
        return .json(writer.finish(), status: .accepted, headers: headers)
    }

    /// `?status=&service=&cursor=&limit=`: newest first, with `next_cursor` until the last page.
    func list(_ request: Request, _ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.viewer)
        let parameters = request.uri.queryParameters
        var query = IncidentQuery()
        if let status = parameters["status"] {
            guard let parsed = IncidentStatus(rawValue: String(status)) else {
                throw Problem.badRequest(
                    "unknown status '\(status)'; one of \(IncidentStatus.allCases.map(\.rawValue).joined(separator: ", "))", pointer: "status")
            }
            query.status = parsed
        }
        if let service = parameters["service"], !service.isEmpty { query.service = String(service) }
        if let cursor = parameters["cursor"], !cursor.isEmpty { query.cursor = try IncidentCursor(encoded: String(cursor)) }
        if let limit = parameters["limit"] {
            guard let parsed = Int(limit), (1...500).contains(parsed) else {
                throw Problem.badRequest("limit must be an integer from 1 to 500", pointer: "limit")
            }
            query.limit = parsed
        }
        let page = try await deps.store.listIncidents(tenantID: principal.tenantID, query: query)
        return .json(RecordJSON.list(page.items.map(RecordJSON.incident), nextCursor: page.nextCursor?.encoded, includeCursor: true))
    }

    /// The incident and its report (`null` until the analysis is saved).
    func show(_ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.viewer)
        let id = try context.parameter("id")
        let (record, analyzedAt) = try await deps.requireIncident(principal, id)
        // The hot read path: one small read, the report from the cache when it is current, copied once into the response.
        var report: [UInt8]?
        if let analyzedAt { report = try await deps.report(principal, id, analyzedAt: analyzedAt) }
        let incident = RecordJSON.incident(record)
        var buffer = ByteBuffer()
        buffer.reserveCapacity((report?.count ?? 4) + incident.count + 24)
        buffer.writeString(#"{"incident":"#)
        buffer.writeBytes(incident)
        buffer.writeString(#","report":"#)
        buffer.writeBytes(report ?? JSONObjectWriter.null)
        buffer.writeString("}")
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: buffer))
    }

    /// Lifecycle status and where the analysis is (`queued`, `running`, `succeeded`, `failed`).
    func status(_ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.viewer)
        let id = try context.parameter("id")
        let (record, analyzedAt) = try await deps.requireIncident(principal, id)
        let entries = try await deps.store.timeline(tenantID: principal.tenantID, incidentID: id)
        var writer = JSONObjectWriter()
        writer.string("id", record.id)
        writer.string("status", record.status.rawValue)
        writer.string("analysis", Self.analysisState(hasReport: analyzedAt != nil, timeline: entries))
        writer.optionalString("analyzed_at", analyzedAt.map(RecordJSON.time))
        writer.string("updated_at", RecordJSON.time(record.updatedAt))
        return .json(writer.finish())
    }

    /// The analysis state as the timeline tells it: the last analysis entry wins.
    static func analysisState(hasReport: Bool, timeline: [TimelineEntry]) -> String {
        guard let last = timeline.last(where: { $0.kind == AnalysisTimeline.kind }) else { return "queued" }
        if last.message.hasPrefix(AnalysisTimeline.failedPrefix) { return "failed" }
        if last.message.hasPrefix(AnalysisTimeline.finishedPrefix) && hasReport { return "succeeded" }
        return "running"
    }

    func timeline(_ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.viewer)
        let id = try context.parameter("id")
        try await deps.requireIncident(principal, id)
        let entries = try await deps.store.timeline(tenantID: principal.tenantID, incidentID: id)
        return .json(RecordJSON.list(entries.map(RecordJSON.timelineEntry)))
    }

    /// `{"status": "mitigated", "note": "…"}`: one allowed lifecycle move (409 otherwise), with an optional note.
    func transition(_ request: Request, _ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.responder)
        let id = try context.parameter("id")
        let body = try await deps.bodies.stringMembers(of: request)
        guard let target = body["status"] else { throw Problem.badRequest("'status' is required", pointer: "$.status") }
        guard let status = IncidentStatus(rawValue: target) else {
            throw Problem.badRequest(
                "unknown status '\(target)'; one of \(IncidentStatus.allCases.map(\.rawValue).joined(separator: ", "))", pointer: "$.status")
        }
        let record = try await deps.store.transitionIncident(tenantID: principal.tenantID, id: id, to: status, actor: principal.actor)
        if let note = body["note"], !note.isEmpty {
            _ = try await deps.store.appendTimeline(tenantID: principal.tenantID, incidentID: id, kind: "note", message: note, actor: principal.actor)
        }
        deps.events.publish(tenantID: principal.tenantID, name: "incident.updated", data: RecordJSON.incident(record))
        return .json(RecordJSON.incident(record))
    }
}
