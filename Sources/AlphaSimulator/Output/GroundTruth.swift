public import AlphaCore

/// What really caused a generated incident.
public struct GroundTruth: Sendable, Equatable {
    /// The injected causes, primary first.
    public var labels: [CauseLabel]
    /// The primary cause's culprit (nil when nothing on our side or outside can be named, e.g. a traffic spike).
    public var culprit: Culprit?
    /// One culprit per label, for multi-cause incidents.
    public var culprits: [(label: CauseLabel, culprit: Culprit?)]

    public init(labels: [CauseLabel], culprit: Culprit?, culprits: [(label: CauseLabel, culprit: Culprit?)]) {
        self.labels = labels
        self.culprit = culprit
        self.culprits = culprits
    }

    public static func == (lhs: GroundTruth, rhs: GroundTruth) -> Bool {
        lhs.labels == rhs.labels && lhs.culprit == rhs.culprit && lhs.culprits.map(\.label) == rhs.culprits.map(\.label)
            && lhs.culprits.map(\.culprit) == rhs.culprits.map(\.culprit)
    }

    /// `{"labels": [...], "culprit": {...}, "culprits": [{"label": ..., ...}]}` (the value side of `truth.json`).
    public var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("labels", .array(labels.map { .string($0.rawValue) }))]
        members.append(("culprit", culprit.map(Self.culpritJSON) ?? .null))
        members.append(
            (
                "culprits",
                .array(
                    culprits.map { entry in
                        var m: [(key: String, value: JSONValue)] = [("label", .string(entry.label.rawValue))]
                        if case .object(let o) = entry.culprit.map(Self.culpritJSON) ?? .null { m += o.members }
                        return .object(JSONObject(m))
                    })
            ))
        return .object(JSONObject(members))
    }

    static func culpritJSON(_ c: Culprit) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = []
        if let v = c.commit { m.append(("commit", .string(v))) }
        if let v = c.file { m.append(("file", .string(v))) }
        if let v = c.configKey { m.append(("config_key", .string(v))) }
        if let v = c.dependency { m.append(("dependency", .string(v))) }
        return .object(JSONObject(m))
    }

    /// Reads the value side of a `truth.json` entry (for `eval`).
    public init?(json: JSONValue) {
        guard let o = json.objectValue, let labels = o["labels"]?.arrayValue else { return nil }
        self.labels = labels.compactMap { $0.stringValue.flatMap(CauseLabel.init(rawValue:)) }
        self.culprit = o["culprit"].flatMap(Self.culprit(from:))
        self.culprits = (o["culprits"]?.arrayValue ?? []).compactMap { entry in
            guard let l = entry.objectValue?["label"]?.stringValue.flatMap(CauseLabel.init(rawValue:)) else { return nil }
            return (l, Self.culprit(from: entry))
        }
        if culprits.isEmpty, let first = self.labels.first { culprits = [(first, culprit)] }
    }

    static func culprit(from v: JSONValue) -> Culprit? {
        guard let o = v.objectValue else { return nil }
        let c = Culprit(
            commit: o["commit"]?.stringValue, file: o["file"]?.stringValue, configKey: o["config_key"]?.stringValue,
            dependency: o["dependency"]?.stringValue)
        return c.isEmpty ? nil : c
    }
}
