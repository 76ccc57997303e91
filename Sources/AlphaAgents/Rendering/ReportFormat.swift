/// The output forms of an analysis report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table, json, markdown
}
