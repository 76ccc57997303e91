import AlphaCore

/// The `data` objects of analysis events.
enum EventJSON {
    static func incidentOnly(_ incidentID: String) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("incident_id", incidentID)
        return writer.finish()
    }

    /// One agent's run: each agent's start offset and duration as measured by the agent runtime.
    static func agent(_ run: AgentRun, incidentID: String) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("incident_id", incidentID)
        writer.string("agent", run.name)
        writer.string("status", run.status.rawValue)
        writer.string("started_at", run.startedAt)
        writer.raw("offset_ms", Array(formatMilliseconds(run.offsetMs).utf8))
        writer.raw("duration_ms", Array(formatMilliseconds(run.durationMs).utf8))
        return writer.finish()
    }

    static func finished(_ report: AnalysisReport, incidentID: String) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("incident_id", incidentID)
        writer.raw("duration_ms", Array(formatMilliseconds(report.durationMs).utf8))
        if let top = report.hypotheses.first {
            writer.string("top_label", top.label.rawValue)
            writer.raw("top_confidence", Array(formatMilliseconds(top.confidence).utf8))
        }
        return writer.finish()
    }

    /// A finite number with up to three decimals (JSON has no NaN).
    private static func formatMilliseconds(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return String((value * 1000).rounded() / 1000)
    }
}
