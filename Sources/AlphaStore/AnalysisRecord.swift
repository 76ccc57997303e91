/// The analysis report of an incident (`analysis.schema.json`), stored as produced.
public struct AnalysisRecord: Hashable, Sendable, Codable {
    /// The owning tenant.
    public var tenantID: String
    /// The incident analysed.
    public var incidentID: String
    /// The report JSON bytes.
    public var reportJSON: [UInt8]
    /// When it was (last) saved.
    public var createdAt: StoreTime

    /// An analysis record.
    public init(tenantID: String, incidentID: String, reportJSON: [UInt8], createdAt: StoreTime) {
        self.tenantID = tenantID
        self.incidentID = incidentID
        self.reportJSON = reportJSON
        self.createdAt = createdAt
    }
}
