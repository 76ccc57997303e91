import Yams

/// Reads SLO definitions in any supported format (auto-detected per YAML document).
///
/// - `apiVersion: alpha-sre/v1`, `kind: SLO` — our format (docs/slo.md)
/// - `apiVersion: openslo/v1` — OpenSLO SLO, SLI, Service, AlertPolicy, AlertCondition (several documents)
/// - `version: prometheus/v1` — Sloth
/// - `apiVersion: pyrra.dev/v1alpha1`, `kind: ServiceLevelObjective` — Pyrra
public enum SLODefinitions {
    /// Parses every document in `yaml`.
    public static func parse(yaml: String) throws(SLOError) -> SLOImport {
        let documents: [Node]
        do {
            documents = try Array(Yams.compose_all(yaml: yaml))
        } catch {
            throw .invalidYAML(String(describing: error))
        }
        var slos: [SLOSpec] = []
        var warnings: [String] = []
        var formats: [String] = []
        var openSLO = OpenSLOImporter()
        for (index, document) in documents.enumerated() {
            guard let map = YAMLMap(document, path: documents.count > 1 ? "[\(index)]" : "") else {
                throw .unsupportedDocument("document \(index) is not a mapping")
            }
            let apiVersion = map.has("apiVersion") ? map.string("apiVersion") ?? "" : ""
            let version = map.has("version") ? map.string("version") ?? "" : ""
            if apiVersion == AlphaSLOFormat.apiVersion {
                slos += try AlphaSLOFormat.parse(map, warnings: &warnings)
                formats.append(AlphaSLOFormat.apiVersion)
            } else if apiVersion == "openslo/v1" {
                try openSLO.add(map, warnings: &warnings)
                formats.append("openslo/v1")
            } else if version == "prometheus/v1" {
                slos += try SlothImporter.parse(map, warnings: &warnings)
                formats.append("sloth prometheus/v1")
            } else if apiVersion.hasPrefix("pyrra.dev/") {
                slos += try PyrraImporter.parse(map, warnings: &warnings)
                formats.append("pyrra \(apiVersion)")
            } else {
                throw .unsupportedDocument("document \(index): apiVersion '\(apiVersion)' version '\(version)' is not one we read")
            }
        }
        slos += try openSLO.resolve(warnings: &warnings)
        guard !slos.isEmpty else { throw .missingField("no SLO definitions found") }
        var unique: [String] = []
        for f in formats where !unique.contains(f) { unique.append(f) }
        return SLOImport(slos: slos, warnings: warnings, format: unique.joined(separator: ", "))
    }
}
