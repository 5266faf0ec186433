import DekkingAnalysis

/// Turns text into tokens; the matching engine's only view of the analysis chain.
///
/// Implementations must be deterministic and safe to call from many threads at once.
public protocol TermAnalyzer: Sendable {
    /// The tokens of `text`, in order of position.
    func analyze(_ text: String) -> [Token]

    /// The ids of the terms the analyzer produces.
    var termTable: TermTable { get }

    /// ``analyze(_:)`` with the terms as ``termTable`` ids. The default spells out ``analyze(_:)``;
    /// an analyzer that keeps ids itself answers without a string per token.
    func analyzeTerms(_ text: String) -> [TermToken]
}

extension TermAnalyzer {
    public func analyzeTerms(_ text: String) -> [TermToken] { termTable.termTokens(analyze(text)) }
}

/// Tokens grouped by the position of the word they came from; used to turn a key phrase or a
/// field term into its words.
struct PositionedTerms {
    /// For each word position, the terms a phrase word may match: the word, its synonyms, a joined verb.
    var exact: [[String]] = []
    /// Per position, the terms of the text itself: words and compound parts, no thesaurus groups.
    var literal: [[String]] = []

    init(_ tokens: [Token]) {
        var index: [Int: Int] = [:]
        for token in tokens {
            let slot: Int
            if let existing = index[token.position] {
                slot = existing
            } else {
                slot = exact.count
                index[token.position] = slot
                exact.append([])
                literal.append([])
            }
            if token.origin != .compoundPart, !exact[slot].contains(token.term) { exact[slot].append(token.term) }
            if token.origin != .synonym, !literal[slot].contains(token.term) { literal[slot].append(token.term) }
        }
    }
}
