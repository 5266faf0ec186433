import DekkingCore
import Foundation

/// The engine's weights and thresholds, read from `Mappings/thresholds.yaml`.
///
/// Every field has a default that equals the shipped file, so a missing key is not an error; an
/// unknown key is reported as a warning (it is probably a typo).
public struct MatchingConfiguration: Hashable, Sendable {
    public var covered = 0.65
    public var partial = 0.49
    public var indicatorCovered = 0.5
    public var indicatorPartial = 0.35
    public var windowSentences = 2
    public var bm25K1 = 1.2
    public var bm25B = 0.5
    public var averageWindowLength = 22.0
    public var compoundPartWeight = 0.5
    public var synonymWeight = 0.6
    public var headingWeight = 0.5
    public var similarityExponent = 0.5
    public var titleWeight = 1.0
    public var keywordSaturation = 2.5
    public var derivedKeywordWeight = 0.5
    public var similarityWeight = 0.4
    public var keywordWeight = 0.9
    public var windowsCombined = 1
    public var fieldDensity = 1.0
    public var fieldFloor = 0.1
    public var fieldSingleFacet = 0.7
    public var evidencePerIndicator = 3
    public var evidenceMinimum = 0.15

    public init() {}

    /// The status of a competency score.
    public func competencyStatus(_ score: Double) -> CoverageStatus {
        score >= covered ? .covered : score >= partial ? .partial : .gap
    }

    /// The status of an indicator score.
    public func indicatorStatus(_ score: Double) -> CoverageStatus {
        score >= indicatorCovered ? .covered : score >= indicatorPartial ? .partial : .gap
    }

    /// The names of all settings, as in thresholds.yaml.
    public static let names: [String] = ["averageWindowLength", "bm25B", "bm25K1", "compoundPartWeight", "covered", "derivedKeywordWeight", "evidenceMinimum", "evidencePerIndicator", "fieldDensity", "fieldFloor", "fieldSingleFacet", "headingWeight", "indicatorCovered", "indicatorPartial", "keywordSaturation", "keywordWeight", "partial", "similarityExponent", "similarityWeight", "synonymWeight", "titleWeight", "windowSentences", "windowsCombined"]

    /// Sets the value named `name` (a key of thresholds.yaml); returns false for an unknown name.
    public mutating func set(_ name: String, to value: Double) -> Bool {
        switch name {
        case "covered": covered = value
        case "partial": partial = value
        case "indicatorCovered": indicatorCovered = value
        case "indicatorPartial": indicatorPartial = value
        case "windowSentences": windowSentences = Int(value.rounded())
        case "bm25K1": bm25K1 = value
        case "bm25B": bm25B = value
        case "averageWindowLength": averageWindowLength = value
        case "compoundPartWeight": compoundPartWeight = value
        case "synonymWeight": synonymWeight = value
        case "headingWeight": headingWeight = value
        case "similarityExponent": similarityExponent = value
        case "titleWeight": titleWeight = value
        case "keywordSaturation": keywordSaturation = value
        case "derivedKeywordWeight": derivedKeywordWeight = value
        case "similarityWeight": similarityWeight = value
        case "keywordWeight": keywordWeight = value
        case "windowsCombined": windowsCombined = Int(value.rounded())
        case "fieldDensity": fieldDensity = value
        case "fieldFloor": fieldFloor = value
        case "fieldSingleFacet": fieldSingleFacet = value
        case "evidencePerIndicator": evidencePerIndicator = Int(value.rounded())
        case "evidenceMinimum": evidenceMinimum = value
        default: return false
        }
        return true
    }

    /// The value named `name`, for messages and the run manifest.
    public func value(_ name: String) -> Double? {
        switch name {
        case "covered": covered
        case "partial": partial
        case "indicatorCovered": indicatorCovered
        case "indicatorPartial": indicatorPartial
        case "windowSentences": Double(windowSentences)
        case "bm25K1": bm25K1
        case "bm25B": bm25B
        case "averageWindowLength": averageWindowLength
        case "compoundPartWeight": compoundPartWeight
        case "synonymWeight": synonymWeight
        case "headingWeight": headingWeight
        case "similarityExponent": similarityExponent
        case "titleWeight": titleWeight
        case "keywordSaturation": keywordSaturation
        case "derivedKeywordWeight": derivedKeywordWeight
        case "similarityWeight": similarityWeight
        case "keywordWeight": keywordWeight
        case "windowsCombined": Double(windowsCombined)
        case "fieldDensity": fieldDensity
        case "fieldFloor": fieldFloor
        case "fieldSingleFacet": fieldSingleFacet
        case "evidencePerIndicator": Double(evidencePerIndicator)
        case "evidenceMinimum": evidenceMinimum
        default: nil
        }
    }

    /// Every setting by name, sorted, for run manifests.
    public var settings: [(name: String, value: Double)] {
        Self.names.compactMap { name in value(name).map { (name, $0) } }
    }

    /// Reads `url`; problems are findings, and the configuration keeps defaults where values are bad.
    public static func load(contentsOf url: URL, displayPath: String) -> (MatchingConfiguration, [Finding]) {
        let reader = YAMLFileReader(file: displayPath)
        var configuration = MatchingConfiguration()
        guard let root = reader.parse(contentsOf: url), let map = reader.mapping(root, "het drempelbestand") else {
            return (configuration, reader.findings)
        }
        for (keyNode, valueNode) in map {
            guard let name = keyNode.string, name != "schema" else { continue }
            guard names.contains(name) else {
                reader.warning(keyNode, "onbekende instelling '\(name)' wordt genegeerd")
                continue
            }
            guard let value = valueNode.float ?? valueNode.int.map(Double.init) else {
                reader.error(valueNode, "'\(name)' moet een getal zijn")
                continue
            }
            _ = configuration.set(name, to: value)
        }
        for problem in configuration.problems { reader.error(nil, problem) }
        return (configuration, reader.findings)
    }

    /// Contradictions between values, such as a partial threshold above the covered one.
    public var problems: [String] {
        var list: [String] = []
        if !(0...1).contains(partial) || !(0...1).contains(covered) || partial > covered {
            list.append("drempels moeten voldoen aan 0 ≤ partial ≤ covered ≤ 1")
        }
        if indicatorPartial > indicatorCovered { list.append("indicatorPartial mag niet boven indicatorCovered liggen") }
        if windowSentences < 1 || windowsCombined < 1 || evidencePerIndicator < 0 {
            list.append("windowSentences en windowsCombined moeten minstens 1 zijn")
        }
        if !(0...1).contains(similarityWeight) || !(0...1).contains(keywordWeight) || titleWeight < 0 {
            list.append("similarityWeight en keywordWeight moeten tussen 0 en 1 liggen, titleWeight mag niet negatief zijn")
        }
        if keywordSaturation <= 0 || fieldDensity <= 0 || averageWindowLength <= 0 {
            list.append("keywordSaturation, fieldDensity en averageWindowLength moeten groter dan 0 zijn")
        }
        return list
    }
}
