import AlphaStore
import Foundation
import Hummingbird
import Testing

@testable import AlphaServer

@Suite("Report cache")
struct ReportCacheTests {
    static func analysis(_ id: String, at micros: Int64, size: Int, tenant: String = "t") -> AnalysisRecord {
        AnalysisRecord(
            tenantID: tenant, incidentID: id, reportJSON: Array(repeating: UInt8(ascii: "x"), count: size),
            createdAt: StoreTime(microseconds: micros))
    }

    @Test func aReportIsServedOnlyForTheAnalysisTimeItWasSavedAt() {
        let cache = ReportCache(limitBytes: 1000)
        cache.store(Self.analysis("a", at: 10, size: 100))
        #expect(cache.report(tenantID: "t", incidentID: "a", analyzedAt: StoreTime(microseconds: 10))?.count == 100)
        #expect(cache.report(tenantID: "t", incidentID: "a", analyzedAt: StoreTime(microseconds: 11)) == nil)
        #expect(cache.report(tenantID: "other", incidentID: "a", analyzedAt: StoreTime(microseconds: 10)) == nil)
        cache.store(Self.analysis("a", at: 11, size: 50))
        #expect(cache.report(tenantID: "t", incidentID: "a", analyzedAt: StoreTime(microseconds: 11))?.count == 50)
        #expect(cache.bytes == 50)
    }

    @Test func theCacheStaysWithinItsBytes() {
        let cache = ReportCache(limitBytes: 1000)
        for index in 0..<50 { cache.store(Self.analysis("i\(index)", at: 1, size: 300)) }
        #expect(cache.bytes <= 1000)
        // The newest entry is always kept.
        #expect(cache.report(tenantID: "t", incidentID: "i49", analyzedAt: StoreTime(microseconds: 1)) != nil)
        cache.store(Self.analysis("huge", at: 1, size: 5000))
        #expect(cache.report(tenantID: "t", incidentID: "huge", analyzedAt: StoreTime(microseconds: 1)) == nil)
        let off = ReportCache(limitBytes: 0)
        off.store(Self.analysis("a", at: 1, size: 0))
        #expect(off.report(tenantID: "t", incidentID: "a", analyzedAt: StoreTime(microseconds: 1)) == nil)
    }

    /// A re-analysis (a new report, saved at a new time) is what the next read returns, though the old one was cached.
    @Test func aNewAnalysisReplacesTheCachedReportInTheAPI() async throws {
        let server = try await TestServer.make()
        let incident = try await server.store.createIncident(
            tenantID: server.tenantID, service: "api", incidentJSON: try Fixtures.incident("disk_full"), actor: "test")
        _ = try await server.store.saveAnalysis(tenantID: server.tenantID, incidentID: incident.id, reportJSON: Array(#"{"v":1}"#.utf8))
        try await server.withClient { client in
            let first = try await client.call(.get, "/api/v1/incidents/\(incident.id)", token: server.token(.viewer))
            #expect((first.object["report"] as? [String: Any])?["v"] as? Int == 1)
            try await Task.sleep(for: .milliseconds(2))
            _ = try await server.store.saveAnalysis(tenantID: server.tenantID, incidentID: incident.id, reportJSON: Array(#"{"v":2}"#.utf8))
            let second = try await client.call(.get, "/api/v1/incidents/\(incident.id)", token: server.token(.viewer))
            #expect((second.object["report"] as? [String: Any])?["v"] as? Int == 2)
            let status = try await client.call(.get, "/api/v1/incidents/\(incident.id)/status", token: server.token(.viewer))
            #expect(status.object["analyzed_at"] is String)
        }
    }
}
