import DekkingCore
import Foundation

extension Framework {
    /// The framework as the `framework show --json` contract:
    /// `{"id", "title", "version", "clusters": [{"id", "title", "competencies": [{"id", "title",
    /// "indicators": {"<level>": [{"id", "text"}]}}]}]}`, plus further fields. Keys are sorted, so the
    /// same framework always gives the same bytes.
    public func contractJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(ContractFramework(self))
    }

    /// The framework as readable Dutch text: clusters, competencies and their indicators per level.
    public func renderedText() -> String {
        var out: [String] = []
        var heading = title
        if !version.isEmpty { heading += " (versie \(version)\(edition.map { ", \($0)" } ?? ""))" }
        out.append(heading)
        if let subtitle { out.append(subtitle) }
        if !owners.isEmpty { out.append("Eigenaren: \(owners.joined(separator: ", "))") }
        out.append("Niveaus: " + levels.map { "\($0.id) (\($0.title))" }.joined(separator: ", "))
        let counts = levels.map { level in "\(indicators.filter { $0.level == level.id }.count) \(level.id)" }
        out.append(
            "\(clusters.count) clusters, \(competencies.count) competenties, indicatoren: \(counts.joined(separator: ", "))"
        )
        for cluster in clusters {
            out.append("")
            out.append("Cluster \(cluster.id) – \(cluster.title)")
            for competency in cluster.competencies {
                out.append("  \(competency.id) \(competency.title)")
                for level in levels {
                    let list = competency.indicators(for: level.id)
                    guard !list.isEmpty else { continue }
                    out.append("      \(level.id):")
                    for indicator in list {
                        out.append("        \(indicator.id)  \(indicator.lead ?? indicator.text)")
                        for part in indicator.parts { out.append("            – \(part)") }
                    }
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

private struct ContractFramework: Encodable {
    struct ContractLevel: Encodable {
        let id: String
        let title: String
    }
    struct ContractIndicator: Encodable {
        let id: String
        let text: String
        let lead: String?
        let parts: [String]?
    }
    struct ContractCompetency: Encodable {
        let id: String
        let title: String
        let indicators: [String: [ContractIndicator]]
    }
    struct ContractCluster: Encodable {
        let id: String
        let title: String
        let typering: String?
        let rol: String?
        let startbekwaam: [String]
        let competencies: [ContractCompetency]
    }

    let id: String
    let title: String
    let subtitle: String?
    let version: String
    let edition: String?
    let source: String?
    let owners: [String]
    let language: String
    let levels: [ContractLevel]
    let clusters: [ContractCluster]
    let comparison: [ComparisonAspect]

    init(_ f: Framework) {
        id = f.id
        title = f.title
        subtitle = f.subtitle
        version = f.version
        edition = f.edition
        source = f.source
        owners = f.owners
        language = f.language
        levels = f.levels.map { ContractLevel(id: $0.id.rawValue, title: $0.title) }
        comparison = f.comparison
        clusters = f.clusters.map { cluster in
            ContractCluster(
                id: cluster.id, title: cluster.title, typering: cluster.typering, rol: cluster.rol,
                startbekwaam: cluster.startbekwaam,
                competencies: cluster.competencies.map { competency in
                    var byLevel: [String: [ContractIndicator]] = [:]
                    for level in f.levels {
                        byLevel[level.id.rawValue] = competency.indicators(for: level.id).map {
                            ContractIndicator(
                                id: $0.id, text: $0.text, lead: $0.lead, parts: $0.parts.isEmpty ? nil : $0.parts)
                        }
                    }
                    return ContractCompetency(id: competency.id, title: competency.title, indicators: byLevel)
                })
        }
    }
}
