import DekkingCore
import Foundation

/// What the framework's field sounds like: facets of terms that a document of the field uses.
///
/// A document's field relevance is the product of its facets' presence, each
/// `1 - exp(-density / fieldDensity)` with density in hits per 100 words, so a document needs
/// every facet (money trouble *and* helping people) to count as belonging to the field.
public struct FieldProfile: Sendable {
    public struct Facet: Sendable {
        public var name: String
        public var terms: [KeyPhrase]
    }

    public var facets: [Facet]

    public init(facets: [Facet]) { self.facets = facets }

    /// Reads `Mappings/domain/<framework>.yaml`.
    public static func load(contentsOf url: URL, displayPath: String, analyzer: any TermAnalyzer) -> (FieldProfile, [Finding]) {
        let reader = YAMLFileReader(file: displayPath)
        guard let root = reader.parse(contentsOf: url), let map = reader.mapping(root, "het domeinbestand"),
            let facetsNode = map["facets"], let facetMap = reader.mapping(facetsNode, "'facets'")
        else {
            if reader.findings.isEmpty { reader.error(nil, "'facets' ontbreekt") }
            return (FieldProfile(facets: []), reader.findings)
        }
        var facets: [Facet] = []
        for (key, value) in facetMap {
            let name = key.string ?? ""
            let texts = value.sequence?.compactMap(\.string) ?? []
            if texts.isEmpty { reader.error(value, "facet '\(name)' heeft geen termen", element: name) }
            let terms = texts.compactMap { KeyPhrase(text: $0, weight: 1, curated: true, analyzer: analyzer) }
            facets.append(Facet(name: name, terms: terms))
        }
        return (FieldProfile(facets: facets), reader.findings)
    }

    /// Hits per facet in a document given as positioned terms of all its passages.
    func hits(in passages: [PositionedTerms]) -> [Int] {
        facets.map { facet in
            passages.reduce(0) { sum, passage in
                sum + facet.terms.reduce(0) { $0 + PhraseMatcher.count(of: $1, in: passage, proximity: 3) }
            }
        }
    }

    /// Field relevance from facet hits and the number of words.
    func relevance(hits: [Int], words: Int, density: Double) -> Double {
        guard !facets.isEmpty else { return 1 }
        let per100 = 100.0 / Double(max(words, 50))
        return hits.reduce(1.0) { product, count in product * (1 - exp(-Double(count) * per100 / density)) }
    }
}
