/// The templates a miner found, after its report-time merge, and which template each online cluster ended in.
public struct MiningReport: Sendable {
    /// Templates, in order of first appearance.
    public let templates: [MinedTemplate]
    /// Template index of each online cluster index.
    let templateOfCluster: [Int]

    /// Builds a report.
    init(templates: [MinedTemplate], templateOfCluster: [Int]) {
        self.templates = templates
        self.templateOfCluster = templateOfCluster
    }

    /// Index into `templates` of the cluster index `addLine`/`addMessage` returned (nil if out of range).
    public func templateIndex(ofCluster cluster: Int) -> Int? {
        templateOfCluster.indices.contains(cluster) ? templateOfCluster[cluster] : nil
    }

    /// The template a cluster index ended in.
    public func template(ofCluster cluster: Int) -> MinedTemplate? {
        templateIndex(ofCluster: cluster).map { templates[$0] }
    }
}
