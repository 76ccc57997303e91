/// `alerts`: Alertmanager alerts, as the webhook's `alerts` array or the whole webhook payload.
extension JSONReader {
    /// Alertmanager writes this for "no end yet": `0001-01-01T00:00:00Z` (and anything before year 2 is treated alike).
    static let alertmanagerZeroTimeLimit = -62_135_596_800.0 + 366 * 86_400

    /// Reads the `alerts` section; null is an empty list.
    mutating func readAlerts() throws(InputError) -> [Alert] {
        switch try peek() {
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return []
        case UInt8(ascii: "["): return try readAlertArray()
        case UInt8(ascii: "{"):
            var alerts: [Alert] = []
            var state = try beginObject()
            while let key = try nextMember(&state) {
                if self.key(key, is: "alerts") {
                    alerts = try readAlertArray()
                } else {
                    try skipValue()
                }
            }
            return alerts
        default: throw typeError(expected: "an array of alerts or an Alertmanager webhook payload")
        }
    }

    private mutating func readAlertArray() throws(InputError) -> [Alert] {
        var alerts: [Alert] = []
        var items = try beginArray()
        while try nextElement(&items) {
            var alert = Alert()
            var state = try beginObject()
            while let key = try nextMember(&state) {
                if self.key(key, is: "status") {
                    alert.status = try readOptionalString()
                } else if self.key(key, is: "labels") {
                    if try !consumeNull() { alert.labels = try readStringMap() }
                } else if self.key(key, is: "annotations") {
                    if try !consumeNull() { alert.annotations = try readStringMap() }
                } else if self.key(key, is: "startsAt") {
                    alert.startsAt = Self.realTime(try readTimestamp())
                } else if self.key(key, is: "endsAt") {
                    alert.endsAt = Self.realTime(try readTimestamp())
                } else if self.key(key, is: "fingerprint") {
                    alert.fingerprint = try readOptionalString()
                } else {
                    try skipValue()
                }
            }
            alerts.append(alert)
        }
        return alerts
    }

    private static func realTime(_ seconds: Double?) -> Double? {
        guard let seconds, seconds > alertmanagerZeroTimeLimit else { return nil }
        return seconds
    }
}
