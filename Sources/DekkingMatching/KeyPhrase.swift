import DekkingCore
import Foundation
import Yams

/// A key term or phrase of a competency, analysed: one set of acceptable terms per word.
public struct KeyPhrase: Hashable, Sendable {
    /// The phrase as written, for reports.
    public var text: String
    /// Per word of the phrase, the terms that count as that word (its stem and thesaurus groups).
    public var words: [Set<String>]
    public var weight: Double
    /// Whether a person wrote it (`Mappings/keywords`) or it was derived from the indicators.
    public var curated: Bool
    /// ``words`` as ids of the run's phrase vocabulary (set when the framework is prepared).
    var wordIDs: [[Int32]] = []

    public init(text: String, words: [Set<String>], weight: Double, curated: Bool) {
        self.text = text
        self.words = words
        self.weight = weight
        self.curated = curated
    }

    /// A copy whose ``wordIDs`` come from `vocabulary` (which must hold every term of ``words``).
    func interned(_ vocabulary: [String: Int32]) -> KeyPhrase {
        var copy = self
        copy.wordIDs = words.map { alternatives in alternatives.sorted().compactMap { vocabulary[$0] } }
        return copy
    }

    /// A field term: each word is only its own stem (no thesaurus groups); `nil` when only stop words.
    public init?(literal text: String, analyzer: any TermAnalyzer) {
        let positioned = PositionedTerms(analyzer.analyze(text))
        let words = positioned.literal.enumerated().map { p, terms in
            Set(terms.filter { positioned.exact[p].contains($0) })
        }
        .filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        self.init(text: text, words: words, weight: 1, curated: true)
    }

    /// Analyses `text` into a phrase; `nil` when nothing of it survives analysis (only stop words).
    public init?(text: String, weight: Double, curated: Bool, analyzer: any TermAnalyzer) {
        let positioned = PositionedTerms(analyzer.analyze(text))
        let words = positioned.exact.map(Set.init).filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        self.init(text: text, words: words, weight: weight, curated: curated)
    }
}

/// Curated key phrases per competency, read from `Mappings/keywords/<framework>.yaml`.
public struct KeywordFile: Sendable {
    /// How many words apart a phrase's words may be; within ``proximityRange``.
    public var proximity: Int
    /// The proximities accepted from a file: a phrase's words beyond a thousand words apart do not
    /// make a phrase, and matching adds the phrase's length to it (so it must stay far from `Int.max`).
    public static let proximityRange = 1...1_000
    /// Competency id → phrases as written, with weights.
    public var phrases: [String: [(text: String, weight: Double)]]

    public init(proximity: Int = 6, phrases: [String: [(text: String, weight: Double)]] = [:]) {
        self.proximity = proximity
        self.phrases = phrases
    }

    /// Reads the file; unknown competencies, malformed entries and a proximity outside
    /// ``proximityRange`` (which keeps the default) become findings.
    public static func load(
        contentsOf url: URL, displayPath: String, competencyIDs: Set<String>
    ) -> (KeywordFile, [Finding]) {
        let reader = YAMLFileReader(file: displayPath)
        var file = KeywordFile()
        guard let root = reader.parse(contentsOf: url), let map = reader.mapping(root, "het trefwoordenbestand") else {
            return (file, reader.findings)
        }
        if let proximity = reader.number(map, "proximity") {
            if let accepted = SettingRange.integer(proximity, in: proximityRange) {
                file.proximity = accepted
            } else {
                reader.error(map["proximity"], "'proximity' moet \(SettingRange.expectation(proximityRange)) zijn")
            }
        }
        guard let byCompetency = map["competencies"].flatMap({ reader.mapping($0, "'competencies'") }) else {
            reader.error(root, "'competencies' ontbreekt")
            return (file, reader.findings)
        }
        for (key, value) in byCompetency {
            let id = key.string ?? ""
            guard competencyIDs.contains(id) else {
                reader.warning(key, "onbekende competentie '\(id)' in het trefwoordenbestand", element: id)
                continue
            }
            guard let list = value.sequence else {
                reader.error(value, "de trefwoorden van \(id) moeten een lijst zijn", element: id)
                continue
            }
            for item in list {
                if let text = item.string, item.scalar != nil {
                    file.phrases[id, default: []].append((text, 1))
                } else if let entry = reader.mapping(item, "een trefwoord", element: id),
                    let text = reader.string(entry, "phrase", in: item, element: id)
                {
                    let weight = reader.number(entry, "weight", element: id) ?? 1
                    if weight <= 0 {
                        reader.warning(item, "gewicht ≤ 0: trefwoord '\(text)' telt niet mee", element: id)
                    }
                    file.phrases[id, default: []].append((text, weight))
                }
            }
        }
        return (file, reader.findings)
    }
}
