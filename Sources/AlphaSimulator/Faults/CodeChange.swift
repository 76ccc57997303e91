/// A change to one file of the service's repository, as a unified-diff hunk.
public struct CodeChange: Sendable, Equatable {
    public var path: String
    /// The commit message's subject line.
    public var message: String
    /// Hunks as `git diff` prints them after the file header (`@@ -a,b +c,d @@` and the lines).
    public var patch: String
    /// True when the file is new (`new file mode`, `--- /dev/null`).
    public var isNewFile: Bool

    public init(path: String, message: String, patch: String, isNewFile: Bool = false) {
        self.path = path
        self.message = message
        self.patch = patch
        self.isNewFile = isNewFile
    }

    /// Added lines in the patch.
    public var additions: Int { patch.split(separator: "\n").count(where: { $0.hasPrefix("+") }) }
    /// Removed lines in the patch.
    public var deletions: Int { patch.split(separator: "\n").count(where: { $0.hasPrefix("-") }) }
}
