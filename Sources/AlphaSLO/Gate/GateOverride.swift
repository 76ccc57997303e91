/// A recorded decision to release despite a block: who, why, and until when.
public struct GateOverride: Sendable, Equatable, Codable {
    /// The service it applies to.
    public var service: String
    /// One SLO of the service, or all when `nil`.
    public var slo: String?
    /// Who decided.
    public var by: String
    /// Why.
    public var reason: String
    /// Epoch seconds after which the override no longer applies.
    public var until: Double

    /// An override.
    public init(service: String, slo: String? = nil, by: String, reason: String, until: Double) {
        self.service = service
        self.slo = slo
        self.by = by
        self.reason = reason
        self.until = until
    }

    /// Whether it covers `slo` of `service` at `time`.
    public func covers(service: String, slo: String, at time: Double) -> Bool {
        self.service == service && (self.slo == nil || self.slo == slo) && time < until
    }
}
