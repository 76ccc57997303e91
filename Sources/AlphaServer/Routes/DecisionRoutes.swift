import AlphaCore
import AlphaStore
import Hummingbird

/// `POST /api/v1/incidents/{id}/approve|reject` with `{"remediation": LABEL, "reason": "…"}`: records a person's
/// decision on one suggested fix. A remediation is named by the cause label of the hypothesis that carries it. Nothing
/// is executed here; the decision is on the timeline, in the audit log and on the event stream.
struct DecisionRoutes {
    let deps: RouteDependencies

    func register(on api: RouterGroup<AlphaRequestContext>) {
        api.post("incidents/:id/approve") { request, context in try await decide(.approved, request, context) }
        api.post("incidents/:id/reject") { request, context in try await decide(.rejected, request, context) }
        api.get("incidents/:id/decisions") { _, context in try await list(context) }
    }

    func decide(_ verdict: RemediationDecision.Verdict, _ request: Request, _ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.approver)
        let id = try context.parameter("id")
        let body = try await deps.bodies.stringMembers(of: request)
        guard let remediation = body["remediation"], !remediation.isEmpty else {
            throw Problem.badRequest("'remediation' is required: the label of the hypothesis whose fix is decided", pointer: "$.remediation")
        }
        let (_, analyzedAt) = try await deps.requireIncident(principal, id)
        guard let analyzedAt, let report = try await deps.report(principal, id, analyzedAt: analyzedAt) else {
            throw Problem.conflict("incident '\(id)' has no analysis yet; wait for its status to be 'succeeded'", kind: "analysis-pending")
        }
        let available = Self.remediationLabels(in: report)
        guard available.contains(remediation) else {
            throw Problem.notFound(
                "the report suggests no remediation '\(remediation)'; it has: \(available.isEmpty ? "none" : available.joined(separator: ", "))")
        }
        let decision = try await deps.store.recordDecision(
            tenantID: principal.tenantID, incidentID: id, remediationID: remediation, verdict: verdict, reason: body["reason"] ?? "",
            actor: principal.actor)
        let json = RecordJSON.decision(decision)
        deps.events.publish(tenantID: principal.tenantID, name: "remediation.\(verdict.rawValue)", data: json)
        return .json(json, status: .created)
    }

    func list(_ context: AlphaRequestContext) async throws -> Response {
        let principal = try context.require(.viewer)
        let id = try context.parameter("id")
        try await deps.requireIncident(principal, id)
        let decisions = try await deps.store.decisions(tenantID: principal.tenantID, incidentID: id)
        return .json(RecordJSON.list(decisions.map(RecordJSON.decision)))
    }

    /// The labels of the report's hypotheses that carry a remediation.
    static func remediationLabels(in reportJSON: [UInt8]) -> [String] {
        guard let report = try? JSONValue.parse(reportJSON),
            let hypotheses = report.objectValue?["hypotheses"]?.arrayValue
        else { return [] }
        return hypotheses.compactMap { hypothesis in
            guard let object = hypothesis.objectValue, object["remediation"]?.objectValue != nil else { return nil }
            return object["label"]?.stringValue
        }
    }
}
