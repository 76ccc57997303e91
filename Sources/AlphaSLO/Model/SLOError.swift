/// Errors from parsing SLO definitions, policies and data.
public enum SLOError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A promtool series token that cannot be read.
    case invalidSeries(String)
    /// A YAML document that cannot be read at all.
    case invalidYAML(String)
    /// A required field is missing (path).
    case missingField(String)
    /// A field has a value of the wrong kind or out of range (path, detail).
    case invalidValue(String, String)
    /// A document kind or apiVersion we do not read.
    case unsupportedDocument(String)
    /// A referenced object (SLI, AlertPolicy, ...) is not defined.
    case unresolvedReference(String)
    /// Sample data that cannot be used.
    case invalidData(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .invalidSeries(let t): "invalid series notation token '\(t)'"
        case .invalidYAML(let d): "invalid YAML: \(d)"
        case .missingField(let p): "missing required field \(p)"
        case .invalidValue(let p, let d): "invalid value at \(p): \(d)"
        case .unsupportedDocument(let d): "unsupported document: \(d)"
        case .unresolvedReference(let r): "unresolved reference: \(r)"
        case .invalidData(let d): "invalid data: \(d)"
        }
    }
}
