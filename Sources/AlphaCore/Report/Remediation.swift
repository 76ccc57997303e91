/// A suggested fix. Nothing runs it without a human's explicit approval.
public struct Remediation: Sendable, Codable, Equatable {
    public var summary: String
    /// A unified diff or config change a human may approve.
    public var patch: String?
    public var runbook: String?
    /// Always true: AlphaSRE never changes a system on its own.
    public var requiresApproval: Bool

    public init(summary: String, patch: String? = nil, runbook: String? = nil) {
        self.summary = summary
        self.patch = patch
        self.runbook = runbook
        self.requiresApproval = true
    }

    enum CodingKeys: String, CodingKey {
        case summary, patch, runbook
        case requiresApproval = "requires_approval"
    }
}
