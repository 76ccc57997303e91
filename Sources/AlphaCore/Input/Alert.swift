/// An alert that fired, in Prometheus Alertmanager's webhook form.
public struct Alert: Sendable, Equatable {
    public var status: String?
    public var labels: [(key: String, value: String)]
    public var annotations: [(key: String, value: String)]
    /// Epoch seconds.
    public var startsAt: Double?
    public var endsAt: Double?
    public var fingerprint: String?

    public init(
        status: String? = nil, labels: [(key: String, value: String)] = [], annotations: [(key: String, value: String)] = [],
        startsAt: Double? = nil, endsAt: Double? = nil, fingerprint: String? = nil
    ) {
        self.status = status
        self.labels = labels
        self.annotations = annotations
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.fingerprint = fingerprint
    }

    public func label(_ key: String) -> String? { labels.first(where: { $0.key == key })?.value }
    public func annotation(_ key: String) -> String? { annotations.first(where: { $0.key == key })?.value }

    public static func == (lhs: Alert, rhs: Alert) -> Bool {
        lhs.status == rhs.status && lhs.labels.map(\.key) == rhs.labels.map(\.key) && lhs.labels.map(\.value) == rhs.labels.map(\.value)
            && lhs.annotations.map(\.key) == rhs.annotations.map(\.key) && lhs.annotations.map(\.value) == rhs.annotations.map(\.value)
            && lhs.startsAt == rhs.startsAt && lhs.endsAt == rhs.endsAt && lhs.fingerprint == rhs.fingerprint
    }
}
