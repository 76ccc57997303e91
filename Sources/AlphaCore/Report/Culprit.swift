/// What a hypothesis blames, as precisely as the evidence allows.
public struct Culprit: Sendable, Codable, Equatable {
    /// A sha from `recent_commits`.
    public var commit: String?
    public var file: String?
    /// A dotted path into `config_snapshot`.
    public var configKey: String?
    /// A host or service name.
    public var dependency: String?

    public init(commit: String? = nil, file: String? = nil, configKey: String? = nil, dependency: String? = nil) {
        self.commit = commit
        self.file = file
        self.configKey = configKey
        self.dependency = dependency
    }

    public var isEmpty: Bool { commit == nil && file == nil && configKey == nil && dependency == nil }

    enum CodingKeys: String, CodingKey {
        case commit, file
        case configKey = "config_key"
        case dependency
    }
}
