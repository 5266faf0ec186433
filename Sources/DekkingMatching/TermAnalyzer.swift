import DekkingAnalysis
import DekkingCore

/// Turns text into tokens; the matching engine's only view of the analysis chain.
///
/// Implementations must be deterministic and safe to call from many threads at once.
public protocol TermAnalyzer: Sendable {
    /// The tokens of `text`, in order of position.
    func analyze(_ text: String) -> [Token]

    /// ``analyze(_:)`` with the terms as ids of `table`, which the engine owns: the engine asks
    /// once and keeps the function for every document. The default spells out ``analyze(_:)``
    /// and interns each term; an analyzer that caches ids per word answers without a string per
    /// token.
    func termAnalysis(into table: TermTable) -> TermAnalysis

    /// Where a sentence ends, for windows and for the framework's statements; the default keeps
    /// no abbreviation whole.
    var sentences: SentenceSplitter { get }
}

extension TermAnalyzer {
    public var sentences: SentenceSplitter { SentenceSplitter() }

    public func termAnalysis(into table: TermTable) -> TermAnalysis {
        TermAnalysis { [self] text in table.termTokens(analyze(text)) }
    }
}

/// The tokens of a text with their terms as ids of one ``TermTable``.
public struct TermAnalysis: Sendable {
    private let analyze: @Sendable (String) -> [TermToken]

    public init(_ analyze: @escaping @Sendable (String) -> [TermToken]) { self.analyze = analyze }

    /// The tokens of `text`, in order of position.
    public func callAsFunction(_ text: String) -> [TermToken] { analyze(text) }
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
