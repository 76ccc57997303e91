/// A change of an alert's state that a notifier would act on.
public struct AlertNotification: Sendable, Equatable, Codable {
    /// What happened.
    public enum Kind: String, Sendable, Codable {
        /// The tier started firing and a notification is sent.
        case firing
        /// The tier started firing again inside the cooldown: recorded, not sent.
        case suppressed
        /// The tier stopped firing.
        case resolved
    }

    /// What happened.
    public var kind: Kind
    /// The `tier` label.
    public var tier: String
    /// The `severity` label.
    public var severity: String
    /// Minute index of the change.
    public var minute: Int
}
