import DekkingCore
import Foundation

/// What the framework's field sounds like: facets of terms that a document of the field uses.
///
/// A document's field relevance rests on its facets' presence, each `1 - exp(-density /
/// fieldDensity)` with density in hits per 100 words: a document needs every facet (money trouble
/// *and* helping people) to count fully as belonging to the field; one facet alone counts partly.
public struct FieldProfile: Sendable {
    public struct Facet: Sendable {
        public var name: String
        public var terms: [KeyPhrase]
    }

    public var facets: [Facet]

    public init(facets: [Facet]) { self.facets = facets }

    /// Reads `Mappings/domain/<framework>.yaml`.
    public static func load(contentsOf url: URL, displayPath: String, analyzer: any TermAnalyzer) -> (
        FieldProfile, [Finding]
    ) {
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
            let terms = texts.compactMap { KeyPhrase(literal: $0, analyzer: analyzer) }
            facets.append(Facet(name: name, terms: terms))
        }
        return (FieldProfile(facets: facets), reader.findings)
    }

    /// Hits per facet in a document given as positioned terms of all its passages: the number of
    /// word positions where a facet term starts (each position counts once per facet). Facet terms
    /// match the text's own words and compound parts, not thesaurus groups: a facet is a lexicon
    /// of its own.
    /// - Parameter vocabularySize: the number of phrase-term ids of the run.
    func hits(in passages: [TermOccurrences], vocabularySize: Int, proximity: Int) -> [Int] {
        var sums = [Int](repeating: 0, count: facets.count)
        var present = PresentTerms(vocabularySize: vocabularySize)
        var positions: Set<Int32> = []
        for passage in passages {
            present.mark(passage)
            for (f, facet) in facets.enumerated() {
                positions.removeAll(keepingCapacity: true)
                for term in facet.terms {
                    if term.wordIDs.count == 1 {
                        for id in term.wordIDs[0] where present.contains(id) {
                            for occurrence in passage.occurrences(of: id)
                            where occurrence.kind & TermOccurrences.literal != 0 {
                                positions.insert(occurrence.position)
                            }
                        }
                    } else if term.wordIDs.allSatisfy({ $0.contains { present.contains($0) } }),
                        let span = PhraseMatcher.bestSpan(of: term, in: passage, proximity: proximity, mode: .literal)
                    {
                        positions.insert(Int32(span.lowerBound))
                    }
                }
                sums[f] += positions.count
            }
            present.mark(passage, false)
        }
        return sums
    }

    /// Field relevance from facet hits and the number of words: all facets present gives up to 1;
    /// a document strong in only some facets (a neighbouring field) gets `singleFacet` times its
    /// strongest facet for the part that the product leaves.
    func relevance(hits: [Int], words: Int, density: Double, singleFacet: Double, minimumWords: Double) -> Double {
        guard !facets.isEmpty else { return 1 }
        let per100 = 100.0 / max(Double(words), minimumWords)
        let presence = hits.map { 1 - exp(-Double($0) * per100 / density) }
        let all = presence.reduce(1.0, *)
        return all + singleFacet * (1 - all) * (presence.max() ?? 0)
    }
}
