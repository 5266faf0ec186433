/// Joins Dutch separable verbs split over a clause: "stelt samen een plan op" also yields
/// "opstellen", "zet netwerk in" yields "inzetten", at the position of the verb.
///
/// A particle (op, in, aan, af, uit, …) that ends a clause (followed by punctuation, the end of
/// the text, or a coordinating conjunction) is joined with the nearest earlier word of the same
/// clause for which the lexicon knows the infinitive and particle + infinitive. A particle
/// followed by a preposition ("neemt contact op met") is left alone: "samen met" and the like make
/// that too often wrong. Infinitives are built from the hunspell verb stem with the spelling rules
/// of ``DutchVerb`` (stel → stellen, neem → nemen, geef → geven, schrijf → schrijven).
public struct SeparableVerbs: Sendable {
    public static let particles: Set<String> = [
        "aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "toe", "uit", "voor", "terug", "samen",
        "weg", "vast", "tegen", "achter", "onder", "voort", "rond", "bijeen", "vooruit",
    ]
    static let conjunctions: Set<String> = ["en", "of", "maar", "want", "dus", "zodat", "terwijl"]
    /// How many pieces back the verb may stand.
    static let reach = 10

    /// The dictionary; its owning wrapper remembers its answers, so nothing is memoised here.
    public let lexicon: any Lexicon

    public init(lexicon: any Lexicon) { self.lexicon = lexicon }

    /// What ``joins(_:in:facts:)`` asks about a piece's folded text, worked out once per word
    /// form (``SeparableVerbFilter`` marks it on the cached form) instead of once per occurrence.
    struct Facts: Sendable {
        /// The text is one of ``particles``.
        var isParticle = false
        /// The infinitives the lexicon knows for the text as the verb of a split separable verb,
        /// in the order they are tried; empty for a particle, a stop word, a one-letter word and
        /// a word that is no verb.
        var infinitives: [String] = []

        init() {}
    }

    /// The facts of the folded `text`; `isStopWord` tells whether it is a stop word.
    func facts(of text: String, isStopWord: Bool) -> Facts {
        var facts = Facts()
        facts.isParticle = Self.particles.contains(text)
        if text.count >= 2, !facts.isParticle, !isStopWord { facts.infinitives = knownInfinitives(of: text) }
        return facts
    }

    /// For pieces that are verbs of a split separable verb: their index and the joined infinitive.
    /// `facts(i)` must be `facts(of: pieces[i].text, isStopWord:)` for every `.word` piece; pieces
    /// of other kinds are never asked about.
    func joins(_ pieces: [WordPiece], in text: NormalizedText, facts: (Int) -> Facts) -> [Int: String] {
        var result: [Int: String] = [:]
        for (j, particle) in pieces.enumerated() where particle.kind == .word && facts(j).isParticle {
            guard endsClause(after: j, pieces, text) else { continue }
            var i = j - 1
            while i >= 0, i >= j - Self.reach, !clauseBreak(between: i, i + 1, pieces, text) {
                let candidate = pieces[i]
                if candidate.kind == .word,
                    let infinitive = facts(i).infinitives.first(where: { lexicon.knows(particle.text + $0) })
                {
                    result[i] = particle.text + infinitive
                    break
                }
                i -= 1
            }
        }
        return result
    }

    /// The spelling candidates for the infinitive of `verb` that the lexicon knows, in order. The
    /// base of a separable verb is a word of its own ("stellen" in "opstellen"), so only these are
    /// tried with a particle: the single words are asked about once per word (with its cached
    /// form), and only the few pairs per occurrence.
    private func knownInfinitives(of verb: String) -> [String] {
        let stem = lexicon.verbStem(verb) ?? verb
        // A plural form is its own infinitive ("stellen ... op").
        let candidates = (verb.hasSuffix("en") ? [verb] : []) + DutchVerb.candidateInfinitives(ofStem: stem)
        return candidates.enumerated().filter { index, candidate in
            !candidates[..<index].contains(candidate) && lexicon.knows(candidate)
        }.map(\.element)
    }

    private func endsClause(after j: Int, _ pieces: [WordPiece], _ text: NormalizedText) -> Bool {
        if j + 1 >= pieces.count { return true }
        if clauseBreak(between: j, j + 1, pieces, text) { return true }
        return Self.conjunctions.contains(pieces[j + 1].text)
    }

    /// Whether punctuation that ends a clause stands between two pieces.
    private func clauseBreak(between a: Int, _ b: Int, _ pieces: [WordPiece], _ text: NormalizedText) -> Bool {
        let from = pieces[a].end
        let to = b < pieces.count ? pieces[b].start : text.source.count
        guard from < to else { return false }
        return text.source[from..<to].contains { scalar in
            switch scalar {
            case ".", ",", ";", ":", "!", "?", "(", ")", "\n": true
            default: false
            }
        }
    }
}
