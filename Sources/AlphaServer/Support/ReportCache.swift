import AlphaStore
import Synchronization

/// Recent reports in memory, so the hottest read (`GET /incidents/{id}`) does not pull tens of kilobytes out of the
/// database each time. An entry is used only when the store says the incident's analysis was saved at exactly the time
/// the entry was — a saved report never changes (a re-analysis saves a new one at a new time) — so a hit is never
/// stale, also with several servers on one PostgreSQL. Bounded in bytes; when full, arbitrary entries make room (the
/// dictionary's first, i.e. random eviction), which needs no bookkeeping on the read path.
final class ReportCache: Sendable {
    private struct Entry {
        var analyzedAt: StoreTime
        var report: [UInt8]
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
    }

    private let limit: Int
    private let state = Mutex(State())

    /// A cache of at most `limitBytes` of reports (0 turns it off).
    init(limitBytes: Int) {
        limit = max(0, limitBytes)
    }

    /// The report of `incidentID` if the cached one was saved at `analyzedAt`.
    func report(tenantID: String, incidentID: String, analyzedAt: StoreTime) -> [UInt8]? {
        guard limit > 0 else { return nil }
        let key = Self.key(tenantID, incidentID)
        return state.withLock { state in
            guard let entry = state.entries[key], entry.analyzedAt == analyzedAt else { return nil }
            return entry.report
        }
    }

    /// Keeps `analysis` (a report larger than the whole cache is not kept).
    func store(_ analysis: AnalysisRecord) {
        guard analysis.reportJSON.count <= limit else { return }
        let key = Self.key(analysis.tenantID, analysis.incidentID)
        let entry = Entry(analyzedAt: analysis.createdAt, report: analysis.reportJSON)
        state.withLock { state in
            if let old = state.entries.updateValue(entry, forKey: key) { state.bytes -= old.report.count }
            state.bytes += entry.report.count
            while state.bytes > limit, let victim = state.entries.first(where: { $0.key != key }) {
                state.entries.removeValue(forKey: victim.key)
                state.bytes -= victim.value.report.count
            }
        }
    }

    /// How many bytes of reports are held (tests).
    var bytes: Int { state.withLock { $0.bytes } }

    private static func key(_ tenantID: String, _ incidentID: String) -> String {
        tenantID + "\u{0}" + incidentID
    }
}
