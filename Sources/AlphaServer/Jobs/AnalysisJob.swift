import AlphaCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The payload of an `analyze` job: which incident to analyse.
struct AnalysisJob: Decodable {
    static let kind = "analyze"

    var incidentID: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
    }

    func encoded() -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("incident_id", incidentID)
        return writer.finish()
    }

    static func decode(_ payload: [UInt8]) throws -> AnalysisJob {
        try JSONDecoder().decode(AnalysisJob.self, from: Data(payload))
    }
}
