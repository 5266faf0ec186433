import DekkingCore
import Foundation
import Yams

/// Loads and validates framework files.
///
/// Loading and validation are one pass over the YAML tree, so every problem is reported with the
/// file, line, column and the id it concerns. A file with any error yields no framework.
public enum FrameworkLoader {
    /// The schema version this build reads.
    public static let schemaVersion = 1

    /// The outcome of reading one framework file.
    public struct Result: Sendable {
        /// The framework, when the file has no errors.
        public var framework: Framework?
        /// Every problem found, errors and warnings.
        public var findings: [Finding]
    }

    /// Reads the framework file at `url`; `displayPath` is how the file is named in findings.
    public static func load(contentsOf url: URL, displayPath: String? = nil) -> Result {
        let reader = YAMLFileReader(file: displayPath ?? url.path)
        guard let root = reader.parse(contentsOf: url) else { return Result(framework: nil, findings: reader.findings) }
        return build(root, reader)
    }

    /// Reads a framework from YAML text; `file` is how the text is named in findings.
    public static func load(yaml: String, file: String) -> Result {
        let reader = YAMLFileReader(file: file)
        guard let root = reader.parse(yaml) else { return Result(framework: nil, findings: reader.findings) }
        return build(root, reader)
    }

    /// Loads the file at `url` or throws ``FrameworkError/invalid(file:findings:)`` listing every error.
    public static func require(contentsOf url: URL, displayPath: String? = nil) throws -> Framework {
        let result = load(contentsOf: url, displayPath: displayPath)
        guard let framework = result.framework else {
            throw FrameworkError.invalid(
                file: displayPath ?? url.path, findings: result.findings.filter { $0.severity == .error })
        }
        return framework
    }

    private static func build(_ root: Node, _ r: YAMLFileReader) -> Result {
        var parser = Parser(reader: r)
        let framework = parser.framework(root)
        let findings = r.findings
        return Result(framework: findings.containsError ? nil : framework, findings: findings)
    }
}

/// Why a framework could not be used.
public enum FrameworkError: Error, Equatable, CustomStringConvertible {
    /// The file has errors; each finding names its place.
    case invalid(file: String, findings: [Finding])

    public var description: String {
        switch self {
        case .invalid(let file, let findings):
            (["\(file): het competentiekader is ongeldig (\(findings.count) fout(en)):"]
                + findings.map { "  \($0)" }).joined(separator: "\n")
        }
    }
}

/// Walks the YAML tree of a framework file.
private struct Parser {
    let reader: YAMLFileReader
    var seenIDs: [String: String] = [:]  // id → what it named first, for duplicate messages

    init(reader: YAMLFileReader) { self.reader = reader }

    mutating func framework(_ root: Node) -> Framework? {
        guard let map = reader.mapping(root, "het competentiekader") else { return nil }
        if let schema = reader.number(map, "schema"), Int(schema) > FrameworkLoader.schemaVersion {
            reader.error(
                map["schema"],
                "schemaversie \(Int(schema)) is nieuwer dan deze versie van dekking leest (\(FrameworkLoader.schemaVersion))"
            )
        }
        let id = reader.string(map, "id", in: root)
        let title = reader.string(map, "title", in: root)
        let version = reader.string(map, "version", in: root)
        let levels = self.levels(map, root)
        let comparison = self.comparison(map)
        var clusters: [Cluster] = []
        if let list = reader.sequence(map, "clusters", in: root) {
            if list.isEmpty {
                reader.error(map["clusters"], "'clusters' is leeg: een kader heeft minstens één cluster")
            }
            clusters = list.compactMap { cluster($0, levels: levels) }
        }
        return Framework(
            id: id ?? "", title: title ?? "", subtitle: reader.string(map, "subtitle", required: false),
            version: version ?? "", edition: reader.string(map, "edition", required: false),
            source: reader.string(map, "source", required: false), owners: reader.strings(map, "owners"),
            editors: reader.strings(map, "editors"), language: reader.string(map, "language", required: false) ?? "nl",
            levels: levels, comparison: comparison, clusters: clusters)
    }

    private mutating func levels(_ map: Node.Mapping, _ root: Node) -> [Level] {
        guard let list = reader.sequence(map, "levels", in: root) else { return [] }
        if list.isEmpty {
            reader.error(map["levels"], "'levels' is leeg: declareer minstens één niveau (bijv. hbo, mbo)")
        }
        var result: [Level] = []
        for node in list {
            guard let m = reader.mapping(node, "een niveau"), let id = reader.string(m, "id", in: node) else {
                continue
            }
            let level = LevelID(id)
            if result.contains(where: { $0.id == level }) {
                reader.error(node, "niveau '\(level)' is dubbel gedeclareerd", element: level.rawValue)
                continue
            }
            result.append(
                Level(id: level, title: reader.string(m, "title", required: false) ?? level.rawValue.uppercased()))
        }
        return result
    }

    private func comparison(_ map: Node.Mapping) -> [ComparisonAspect] {
        guard let list = reader.sequence(map, "comparison", required: false) else { return [] }
        return list.compactMap { node in
            guard let m = reader.mapping(node, "een vergelijkingsaspect"),
                let aspect = reader.string(m, "aspect", in: node)
            else { return nil }
            let rows = (reader.sequence(m, "rows", in: node) ?? []).compactMap { rowNode -> ComparisonAspect.Row? in
                guard let row = reader.mapping(rowNode, "een vergelijkingsrij") else { return nil }
                guard let start = reader.string(row, "startbekwaam", in: rowNode, element: aspect),
                    let vak = reader.string(row, "vakvolwassen", in: rowNode, element: aspect)
                else { return nil }
                return ComparisonAspect.Row(startbekwaam: start, vakvolwassen: vak)
            }
            return ComparisonAspect(aspect: aspect, rows: rows)
        }
    }

    private mutating func cluster(_ node: Node, levels: [Level]) -> Cluster? {
        guard let m = reader.mapping(node, "een cluster"), let id = reader.string(m, "id", in: node) else { return nil }
        guard claim(id, "cluster", node) else { return nil }
        let title = reader.string(m, "title", in: node, element: id)
        var competencies: [Competency] = []
        if let list = reader.sequence(m, "competencies", in: node, element: id) {
            if list.isEmpty { reader.error(m["competencies"], "cluster \(id) heeft geen competenties", element: id) }
            competencies = list.compactMap { competency($0, clusterID: id, levels: levels) }
        }
        return Cluster(
            id: id, title: title ?? "", typering: reader.string(m, "typering", required: false),
            rol: reader.string(m, "rol", required: false), startbekwaam: reader.strings(m, "startbekwaam", element: id),
            competencies: competencies)
    }

    private mutating func competency(_ node: Node, clusterID: String, levels: [Level]) -> Competency? {
        guard let m = reader.mapping(node, "een competentie"),
            let id = reader.string(m, "id", in: node, element: clusterID)
        else { return nil }
        guard claim(id, "competentie", node) else { return nil }
        if let prefix = id.split(separator: ".").first, String(prefix) != clusterID {
            reader.error(
                node, "competentie \(id) verwijst naar onbekend cluster \(prefix) (ze staat in cluster \(clusterID))",
                element: id)
        }
        let title = reader.string(m, "title", in: node, element: id)
        var indicators: [Indicator] = []
        guard let byLevelNode = m["indicators"] else {
            reader.error(node, "competentie \(id) heeft geen indicatoren", element: id)
            return Competency(id: id, title: title ?? "", indicators: [])
        }
        guard let byLevel = reader.mapping(byLevelNode, "'indicators' (per niveau)", element: id) else { return nil }
        for key in byLevel.keys {
            let level = LevelID(key.string ?? "")
            if !levels.contains(where: { $0.id == level }) {
                reader.error(
                    key, "competentie \(id) gebruikt niveau '\(level)', dat het kader niet declareert", element: id)
            }
        }
        for level in levels {
            let list = byLevel[level.id.rawValue]?.sequence ?? []
            if list.isEmpty {
                reader.error(
                    byLevel[level.id.rawValue] ?? byLevelNode,
                    "competentie \(id) heeft geen indicatoren voor niveau \(level.id)", element: id)
            }
            for item in list {
                if let indicator = indicator(item, competencyID: id, level: level.id) { indicators.append(indicator) }
            }
        }
        return Competency(id: id, title: title ?? "", indicators: indicators)
    }

    private mutating func indicator(_ node: Node, competencyID: String, level: LevelID) -> Indicator? {
        guard let m = reader.mapping(node, "een indicator", element: competencyID),
            let id = reader.string(m, "id", in: node, element: competencyID)
        else { return nil }
        guard claim(id, "indicator", node) else { return nil }
        if !id.hasPrefix("\(competencyID)-\(level)-") {
            reader.warning(node, "indicator \(id) volgt niet het patroon \(competencyID)-\(level)-N", element: id)
        }
        guard let text = reader.string(m, "text", in: node, element: id) else { return nil }
        let parts = reader.strings(m, "parts", element: id)
        let lead = reader.string(m, "lead", required: false, element: id)
        if !parts.isEmpty && lead == nil {
            reader.error(node, "indicator \(id) heeft 'parts' maar geen 'lead'", element: id)
        }
        return Indicator(id: id, competencyID: competencyID, level: level, text: text, lead: lead, parts: parts)
    }

    /// Records `id` as used; reports a duplicate and returns false when it was used before.
    private mutating func claim(_ id: String, _ what: String, _ node: Node) -> Bool {
        if let first = seenIDs[id] {
            reader.error(node, "dubbele id '\(id)' (\(what)); al gebruikt door een \(first)", element: id)
            return false
        }
        seenIDs[id] = what
        return true
    }
}
