/// Who the audit log records for changes made from the command line: `cli:$USER`, or `cli` when USER is unset.
enum AdminActor {
    static func current(environment: [String: String]) -> String {
        guard let user = environment["USER"], !user.isEmpty else { return "cli" }
        return "cli:" + user
    }
}
