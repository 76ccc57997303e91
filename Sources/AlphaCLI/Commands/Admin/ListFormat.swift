import ArgumentParser

/// `--format table|json` of the admin and audit listings.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
