/// The terms an analyzer has produced, each with a small integer id, so that later stages can
/// look a term up by index instead of hashing its text again.
///
/// Ids are dense from 0 and never change once given; which id a term gets depends on the order in
/// which threads first meet it, so ids are for lookups only, never for ordering results.
/// Thread-safe.
public final class TermTable: Sendable {
    private struct State {
        var ids: [String: Int32] = [:]
        var terms: [String] = []
    }

    private let state = Locked(State())

    public init() {}

    /// The id of `term`, given now when the term is new.
    public func id(of term: String) -> Int32 {
        state.withLock { Self.intern(term, in: &$0) }
    }

    /// The ids of `terms`, in order, under one lock.
    public func ids(of terms: [String]) -> [Int32] {
        state.withLock { state in terms.map { Self.intern($0, in: &state) } }
    }

    /// The terms of `ids` (each an id this table gave), in order, under one lock.
    public func terms(of ids: [Int32]) -> [String] {
        state.withLock { state in ids.map { state.terms[Int($0)] } }
    }

    /// `tokens` with their terms as ids of this table, in order, under one lock.
    public func termTokens(_ tokens: [Token]) -> [TermToken] {
        zip(tokens, ids(of: tokens.map(\.term))).map { token, id in
            TermToken(termID: id, position: token.position, start: token.start, end: token.end, origin: token.origin)
        }
    }

    /// The number of terms so far: every id given so far is below it.
    public var count: Int { state.withLock { $0.terms.count } }

    private static func intern(_ term: String, in state: inout State) -> Int32 {
        if let id = state.ids[term] { return id }
        let id = Int32(state.terms.count)
        state.ids[term] = id
        state.terms.append(term)
        return id
    }
}

/// A ``Token`` with its term as an id of the analyzer's ``TermTable``: a plain value with nothing
/// to retain or release, for the per-sentence hot path.
public struct TermToken: Hashable, Sendable {
    public var termID: Int32
    public var position: Int32
    /// UTF-16 offsets of the source word (or phrase) in the original text, as in ``Token``.
    public var start: Int32
    public var end: Int32
    public var origin: Token.Origin

    public init(termID: Int32, position: Int, start: Int, end: Int, origin: Token.Origin = .word) {
        self.termID = termID
        self.position = Int32(clamping: position)
        self.start = Int32(clamping: start)
        self.end = Int32(clamping: end)
        self.origin = origin
    }
}
