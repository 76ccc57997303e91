/// The top level of the contract.
extension JSONReader {
    /// Reads the whole input as one incident object.
    mutating func readIncident() throws(InputError) -> Incident {
        // A UTF-8 byte order mark is tolerated.
        if byte(at: 0) == 0xEF, byte(at: 1) == 0xBB, byte(at: 2) == 0xBF { position = 3 }
        let first = try peek()
        guard first == UInt8(ascii: "{") else {
            throw InputError(location: "$", message: "an incident must be a JSON object, found \(describeValue())")
        }
        var incident = Incident(deploymentId: "")
        var deploymentId: String?
        var state = try beginObject()
        while let key = try nextMember(&state) {
            if self.key(key, is: "deployment_id") {
                deploymentId = try readIdentifier()
            } else if self.key(key, is: "incident_id") {
                incident.incidentId = try readIdentifier()
            } else if self.key(key, is: "title") {
                incident.title = try readOptionalString()
            } else if self.key(key, is: "service") {
                incident.service = try readOptionalString()
            } else if self.key(key, is: "detected_at") {
                incident.detectedAt = try readTimestamp()
            } else if self.key(key, is: "deployed_at") {
                incident.deployedAt = try readTimestamp()
            } else if self.key(key, is: "logs") {
                incident.logs = try readLogs()
            } else if self.key(key, is: "metrics") {
                incident.metrics = try readMetrics()
            } else if self.key(key, is: "recent_commits") {
                incident.commits = try readCommits()
            } else if self.key(key, is: "config_snapshot") {
                incident.config = try readConfig()
            } else if self.key(key, is: "alerts") {
                incident.alerts = try readAlerts()
            } else {
                try skipValue()
            }
        }
        skipWhitespace()
        guard isAtEnd else { throw syntaxError("unexpected \(describeValue()) after the incident object") }
        guard let deploymentId else {
            throw InputError(location: "$", message: "missing required field \"deployment_id\"")
        }
        incident.deploymentId = deploymentId
        return incident
    }

    /// An identifier: a string, or a number kept as written (`1234` → "1234"); nil for null.
    mutating func readIdentifier() throws(InputError) -> String? {
        switch try peek() {
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumberText()
        case UInt8(ascii: "\""): return try readString()
        default: throw typeError(expected: "a string or a number")
        }
    }
}
