import AlphaCore
import AlphaStore

/// The API's JSON shape of each stored record (snake_case keys, RFC 3339 times). One place, so every route and the
/// OpenAPI document agree.
enum RecordJSON {
    static func time(_ time: StoreTime) -> String {
        Timestamp.format(time.seconds)
    }

    static func incident(_ record: IncidentRecord) -> [UInt8] {
        incident(record.summary)
    }

    static func incident(_ record: IncidentSummary) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("id", record.id)
        writer.string("service", record.service)
        writer.string("status", record.status.rawValue)
        writer.string("created_at", time(record.createdAt))
        writer.string("updated_at", time(record.updatedAt))
        return writer.finish()
    }

    static func timelineEntry(_ entry: TimelineEntry) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("id", entry.id)
        writer.string("kind", entry.kind)
        writer.string("message", entry.message)
        writer.string("actor", entry.actor)
        writer.string("at", time(entry.at))
        return writer.finish()
    }

    static func decision(_ decision: RemediationDecision) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("id", decision.id)
        writer.string("incident_id", decision.incidentID)
        writer.string("remediation", decision.remediationID)
        writer.string("verdict", decision.verdict.rawValue)
        writer.string("reason", decision.reason)
        writer.string("actor", decision.actor)
        writer.string("at", time(decision.at))
        writer.bool("executed", false)
        return writer.finish()
    }

    /// A token without its secret (the hash is never shown either).
    static func token(_ token: APIToken) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("id", token.id)
        writer.string("name", token.name)
        writer.string("role", token.role.rawValue)
        writer.string("created_at", time(token.createdAt))
        writer.optionalString("revoked_at", token.revokedAt.map(time))
        return writer.finish()
    }

    static func tenant(_ tenant: Tenant) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("id", tenant.id)
        writer.string("name", tenant.name)
        writer.string("created_at", time(tenant.createdAt))
        return writer.finish()
    }

    static func audit(_ entry: AuditEntry) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.integer("sequence", Int(clamping: entry.sequence))
        writer.string("at", time(entry.at))
        writer.string("actor", entry.actor)
        writer.string("action", entry.action)
        writer.optionalString("before", entry.before)
        writer.optionalString("after", entry.after)
        writer.string("previous_hash", entry.previousHash)
        writer.string("hash", entry.hash)
        return writer.finish()
    }

    static func verification(_ result: AuditVerification) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.bool("valid", result.isValid)
        writer.integer("checked_entries", result.checkedEntries)
        if let broken = result.brokenAt { writer.integer("broken_at", Int(clamping: broken)) } else { writer.raw("broken_at", JSONObjectWriter.null) }
        writer.optionalString("problem", result.problem)
        return writer.finish()
    }

    /// `{"items": [...], ...extra}`.
    static func list(_ items: [[UInt8]], nextCursor: String? = nil, includeCursor: Bool = false) -> [UInt8] {
        var writer = JSONObjectWriter(reservingCapacity: items.reduce(32) { $0 + $1.count + 1 })
        writer.array("items", items)
        if includeCursor { writer.optionalString("next_cursor", nextCursor) }
        return writer.finish()
    }
}
