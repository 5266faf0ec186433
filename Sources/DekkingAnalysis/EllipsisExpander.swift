/// A piece filter of the chain: expands Dutch elliptical compounds ("weglatingsstreepje").
///
/// - "wet- en regelgeving" → "wetgeving", "regelgeving";
/// - "kwaliteits- en kostenbewust" → "kwaliteitsbewust", "kostenbewust";
/// - "mens-, doel- en resultaatgerichtheid" → "mensgerichtheid", "doelgerichtheid", "resultaatgerichtheid";
/// - "risico- en beschermende factoren" → "risicofactoren", "beschermende", "factoren".
///
/// For dangling pieces A₁- … Aₖ- followed by a conjunction (en, of, tot, &) and a word B, every cut
/// B = B₁ + B₂ (B₁ ≥ 3 characters and a word, B₂ ≥ 3 characters) is tried, shortest B₁ first, and
/// the first for which the lexicon knows A₁ + B₂ is used for every Aᵢ. Without such a cut, Aᵢ + the
/// word after B is tried ("risicofactoren"); failing that, Aᵢ stays a word of its own. An
/// expansion spans the text from Aᵢ to the last word it borrowed from, so evidence quotes the whole
/// phrase. The conjunction itself is left for the stop-word filter.
public struct EllipsisExpander: PieceFilter {
    /// Words that link the parts of an elliptical compound.
    static let conjunctions: Set<String> = ["en", "of", "tot", "noch"]

    public let lexicon: any Lexicon

    public init(lexicon: any Lexicon) { self.lexicon = lexicon }

    typealias Expansion = (word: String, borrowsNext: Bool)

    public func apply(to pieces: [WordPiece], in text: NormalizedText) -> [WordPiece] {
        expand(pieces) { text.surface(of: $0) }
    }

    /// `pieces` with every dangling piece replaced by its expansion.
    /// - Parameter surface: the lower-case, diacritics-kept form of a piece, for the lexicon.
    public func expand(_ pieces: [WordPiece], surface: (WordPiece) -> String) -> [WordPiece] {
        guard pieces.contains(where: { $0.link == .dangling }) else { return pieces }
        var result = pieces
        var index = 0
        while index < result.count {
            guard result[index].link == .dangling else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < result.count, result[last + 1].link == .dangling { last += 1 }
            var conjunction = last + 1
            while conjunction < result.count, Self.conjunctions.contains(result[conjunction].text),
                result[conjunction].kind == .word
            {
                conjunction += 1
            }
            let bIndex = conjunction
            guard bIndex > last + 1, bIndex < result.count, result[bIndex].kind == .word else {
                for i in index...last { result[i].link = .none }
                index = last + 1
                continue
            }
            let heads = (index...last).map { surface(result[$0]) }
            let b = result[bIndex]
            let next = bIndex + 1 < result.count && result[bIndex].link == .none ? result[bIndex + 1] : nil
            let bSurface = surface(b)
            let nextSurface = next.map(surface)
            let expansions = expansions(heads: heads, b: bSurface, next: nextSurface)
            for (offset, i) in (index...last).enumerated() {
                guard let expansion = expansions[offset] else {
                    result[i].link = .none
                    continue
                }
                let end = expansion.borrowsNext ? (next?.end ?? b.end) : b.end
                result[i] = WordPiece(
                    text: VocabularyLexicon.fold(expansion.word), start: result[i].start, end: end, kind: .ellipsis)
            }
            index = last + 1
        }
        return result
    }

    /// For each head, its expansion and whether it borrowed the word after B.
    private func expansions(heads: [String], b: String, next: String?) -> [Expansion?] {
        let letters = Array(b)
        if letters.count >= 6, let first = heads.first {
            for cut in 3...(letters.count - 3) {
                let b1 = String(letters[..<cut])
                let b2 = String(letters[cut...])
                guard lexicon.knows(b1) || (b1.hasSuffix("s") && lexicon.knows(String(b1.dropLast()))) else { continue }
                if lexicon.knows(first + b2) { return heads.map { ($0 + b2, false) } }
            }
        }
        return heads.map { head in
            if let next, lexicon.knows(head + next) { return (head + next, true) }
            return nil
        }
    }
}
