/// One live update, sent to the subscribers of its tenant as a Server-Sent Event.
public struct ServerEvent: Sendable, Equatable {
    /// The tenant whose subscribers see it.
    public var tenantID: String
    /// Increasing per server process: the SSE `id`.
    public var sequence: Int
    /// The SSE `event` name: `incident.created`, `incident.updated`, `analysis.started`, `analysis.agent`,
    /// `analysis.finished`, `analysis.failed`, `remediation.approved`, `remediation.rejected`.
    public var name: String
    /// The SSE `data`: one JSON object on one line.
    public var data: [UInt8]

    /// The event in the text/event-stream wire format.
    var wireFormat: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count + name.utf8.count + 32)
        bytes.append(contentsOf: "id: \(sequence)\nevent: \(name)\ndata: ".utf8)
        bytes.append(contentsOf: data)
        bytes.append(contentsOf: "\n\n".utf8)
        return bytes
    }
}
