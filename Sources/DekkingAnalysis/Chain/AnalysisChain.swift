/// The steps of an analysis after the tokeniser, in their order: piece filters, then word
/// filters, then token filters (see ``DutchAnalysis/chain(_:)`` for the Dutch one).
///
/// Word filters and the token filters' marks run once per distinct word and are cached
/// (``WordCache``); piece and token filters run on every text.
public struct AnalysisChain: Sendable {
    /// One step of the chain.
    public enum Step: Sendable {
        case pieces(any PieceFilter)
        case word(any WordFilter)
        case tokens(any TokenFilter)

        var rank: Int {
            switch self {
            case .pieces: 0
            case .word: 1
            case .tokens: 2
            }
        }
    }

    /// The steps, in order.
    public let steps: [Step]
    let pieceFilters: [any PieceFilter]
    let wordFilters: [any WordFilter]
    let tokenFilters: [any TokenFilter]

    /// - Precondition: piece filters come first and token filters last (a word filter after a
    ///   token filter would change words the token filter has already seen).
    public init(_ steps: [Step]) {
        precondition(
            zip(steps, steps.dropFirst()).allSatisfy { $0.rank <= $1.rank },
            "analysis chain: piece filters, then word filters, then token filters")
        self.steps = steps
        pieceFilters = steps.compactMap { if case .pieces(let filter) = $0 { filter } else { nil } }
        wordFilters = steps.compactMap { if case .word(let filter) = $0 { filter } else { nil } }
        tokenFilters = steps.compactMap { if case .tokens(let filter) = $0 { filter } else { nil } }
    }

    /// The form of a word after the word filters and the token filters' marks.
    func form(of text: String, surface: String, isNumber: Bool) -> WordForm {
        var form = WordForm(text: text, surface: surface, isNumber: isNumber)
        for filter in wordFilters {
            filter.apply(to: &form)
            if form.isStopWord { break }
        }
        for filter in tokenFilters { filter.mark(&form) }
        return form
    }
}
