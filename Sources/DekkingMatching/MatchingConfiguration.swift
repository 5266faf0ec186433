import DekkingCore
import Foundation

/// The engine's weights and thresholds, read from `Mappings/thresholds.yaml`.
///
/// Every field has a default that equals the shipped file, so a missing key is not an error; an
/// unknown key is reported as a warning (it is probably a typo).
public struct MatchingConfiguration: Hashable, Sendable {
    public var covered = 0.6
    public var partial = 0.2
    public var windowSentences = 2
    public var bm25K1 = 1.2
    public var bm25B = 0.5
    public var averageWindowLength = 22.0
    public var compoundPartWeight = 0.5
    public var synonymWeight = 0.6
    public var headingWeight = 0.5
    public var similarityExponent = 0.5
    public var keywordSaturation = 2.5
    public var derivedKeywordWeight = 0.5
    public var fieldDensity = 1.0
    public var fieldSingleFacet = 0.7
    public var evidencePerIndicator = 3
    public var evidenceMinimum = 0.15
    public var semanticWindows = 12
    public var restatedShare = 0.7
    public var bm25Saturation = 1.5
    public var derivedKeywordCount = 2
    public var derivedKeywordShare = 0.6
    public var fieldProximity = 3
    public var fieldMinimumWords = 50.0
    public var fieldWarning = 0.2

    public init() {}

    /// The status of a probability: one scale for indicators, competencies, clusters and
    /// startbekwaam statements.
    public func status(_ score: Double) -> CoverageStatus {
        score >= covered ? .covered : score >= partial ? .partial : .gap
    }

    /// The names of all settings, as in thresholds.yaml.
    public static let names: [String] = [
        "averageWindowLength", "bm25B", "bm25K1", "bm25Saturation", "compoundPartWeight", "covered",
        "derivedKeywordCount", "derivedKeywordShare", "derivedKeywordWeight", "evidenceMinimum", "evidencePerIndicator",
        "fieldDensity", "fieldMinimumWords", "fieldProximity", "fieldSingleFacet", "fieldWarning", "headingWeight",
        "keywordSaturation", "partial", "restatedShare", "semanticWindows", "similarityExponent", "synonymWeight",
        "windowSentences",
    ]

    /// Sets the value named `name` (a key of thresholds.yaml); returns false for an unknown name.
    public mutating func set(_ name: String, to value: Double) -> Bool {
        switch name {
        case "covered": covered = value
        case "partial": partial = value
        case "windowSentences": windowSentences = SettingRange.integer(value, in: 0...100_000) ?? -1
        case "bm25K1": bm25K1 = value
        case "bm25B": bm25B = value
        case "averageWindowLength": averageWindowLength = value
        case "compoundPartWeight": compoundPartWeight = value
        case "synonymWeight": synonymWeight = value
        case "headingWeight": headingWeight = value
        case "similarityExponent": similarityExponent = value
        case "keywordSaturation": keywordSaturation = value
        case "derivedKeywordWeight": derivedKeywordWeight = value
        case "fieldDensity": fieldDensity = value
        case "fieldSingleFacet": fieldSingleFacet = value
        case "evidencePerIndicator": evidencePerIndicator = SettingRange.integer(value, in: 0...100_000) ?? -1
        case "evidenceMinimum": evidenceMinimum = value
        case "semanticWindows": semanticWindows = SettingRange.integer(value, in: 0...100_000) ?? -1
        case "restatedShare": restatedShare = value
        case "bm25Saturation": bm25Saturation = value
        case "derivedKeywordCount": derivedKeywordCount = SettingRange.integer(value, in: 0...100_000) ?? -1
        case "derivedKeywordShare": derivedKeywordShare = value
        case "fieldProximity": fieldProximity = SettingRange.integer(value, in: 0...100_000) ?? -1
        case "fieldMinimumWords": fieldMinimumWords = value
        case "fieldWarning": fieldWarning = value
        default: return false
        }
        return true
    }

    /// The value named `name`, for messages and the run manifest.
    public func value(_ name: String) -> Double? {
        switch name {
        case "covered": covered
        case "partial": partial
        case "windowSentences": Double(windowSentences)
        case "bm25K1": bm25K1
        case "bm25B": bm25B
        case "averageWindowLength": averageWindowLength
        case "compoundPartWeight": compoundPartWeight
        case "synonymWeight": synonymWeight
        case "headingWeight": headingWeight
        case "similarityExponent": similarityExponent
        case "keywordSaturation": keywordSaturation
        case "derivedKeywordWeight": derivedKeywordWeight
        case "fieldDensity": fieldDensity
        case "fieldSingleFacet": fieldSingleFacet
        case "evidencePerIndicator": Double(evidencePerIndicator)
        case "evidenceMinimum": evidenceMinimum
        case "semanticWindows": Double(semanticWindows)
        case "restatedShare": restatedShare
        case "bm25Saturation": bm25Saturation
        case "derivedKeywordCount": Double(derivedKeywordCount)
        case "derivedKeywordShare": derivedKeywordShare
        case "fieldProximity": Double(fieldProximity)
        case "fieldMinimumWords": fieldMinimumWords
        case "fieldWarning": fieldWarning
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
        if bm25Saturation <= 0 || fieldMinimumWords < 1 || fieldProximity < 1 || derivedKeywordCount < 1 {
            list.append(
                "bm25Saturation, fieldMinimumWords, fieldProximity en derivedKeywordCount moeten groter dan 0 zijn")
        }
        if !(0...1).contains(derivedKeywordShare) || !(0...1).contains(fieldWarning) {
            list.append("derivedKeywordShare en fieldWarning moeten tussen 0 en 1 liggen")
        }
        if !(0..<1).contains(restatedShare) { list.append("restatedShare moet tussen 0 en 1 liggen (1 niet)") }
        if windowSentences < 1 || semanticWindows < 1 || evidencePerIndicator < 0 {
            list.append("windowSentences en semanticWindows moeten minstens 1 zijn, evidencePerIndicator niet negatief")
        }
        if keywordSaturation <= 0 || fieldDensity <= 0 || averageWindowLength <= 0 {
            list.append("keywordSaturation, fieldDensity en averageWindowLength moeten groter dan 0 zijn")
        }
        return list
    }
}
