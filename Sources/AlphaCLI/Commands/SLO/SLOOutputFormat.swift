import ArgumentParser

/// `--format table|json`.
enum SLOOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
