/// Joins separable verbs split over a clause ("stelt … op" also gives "opstellen", stemmed, at the
/// verb's position and offsets); see ``SeparableVerbs`` for the rules.
public struct SeparableVerbFilter: TokenFilter {
    public let verbs: SeparableVerbs
    public let stemmer: DutchStemmer

    public init(_ verbs: SeparableVerbs, stemmer: DutchStemmer) {
        self.verbs = verbs
        self.stemmer = stemmer
    }

    public func mark(_ form: inout WordForm) {
        guard !form.isNumber else { return }
        let facts = verbs.facts(of: form.text, isStopWord: form.isStopWord)
        if facts.isParticle { form.marks.insert(.verbParticle) }
        form.verbInfinitives = facts.infinitives
    }

    public func apply(to stream: inout TokenStream) {
        let joins = verbs.joins(stream.pieces, in: stream.text) { index in
            let form = stream.forms[index]
            var facts = SeparableVerbs.Facts()
            facts.isParticle = form.marks.contains(.verbParticle)
            facts.infinitives = form.verbInfinitives
            return facts
        }
        for (index, infinitive) in joins.sorted(by: { $0.key < $1.key }) {
            guard let position = stream.positions[index] else { continue }
            let joined = stemmer.stem(infinitive)
            guard joined != stream.forms[index].stem else { continue }
            let offsets = stream.offsets[index]
            stream.append(
                joined, position: position, start: offsets.lowerBound, end: offsets.upperBound, origin: .separableVerb)
        }
    }
}

/// Adds the whole of a hyphenated word ("sociaal-financiële" → "sociaal-financieel", the parts'
/// stems joined by `-`) as a word at the first kept part's position, spanning every part. Its
/// parts stay words of their own.
public struct HyphenWholeFilter: TokenFilter {
    public init() {}

    public func apply(to stream: inout TokenStream) {
        // The position the group's whole takes, where it starts, and the stems so far.
        var group: (position: Int, start: Int, stems: [String])?
        var kept = 0
        for (index, piece) in stream.pieces.enumerated() {
            let position = stream.positions[index]
            if position != nil { kept += 1 }
            guard piece.link == .hyphen || group != nil else { continue }
            // A stop word keeps its folded text (stop words are not stemmed).
            let stem = position == nil ? piece.text : stream.forms[index].stem
            let offsets = stream.offsets[index]
            if piece.link == .hyphen {
                if group == nil { group = (position ?? kept, offsets.lowerBound, []) }
                group?.stems.append(stem)
            } else if let whole = group {
                group = nil
                if whole.position < kept {
                    stream.append(
                        (whole.stems + [stem]).joined(separator: "-"), position: whole.position, start: whole.start,
                        end: offsets.upperBound)
                }
            }
        }
    }
}

/// Adds the thesaurus group of every member found (`~schuldhulpverlening` for "hulp bij
/// schulden"): a member matches the stems of consecutive positions, and the terms the filters
/// before this one added there (a joined verb, a hyphenated whole).
public struct SynonymFilter: TokenFilter {
    public let matcher: SynonymMatcher

    public init(_ matcher: SynonymMatcher) { self.matcher = matcher }

    public func mark(_ form: inout WordForm) {
        if !form.isStopWord, matcher.startsMember(form.stem) { form.marks.insert(.startsSynonym) }
    }

    public func apply(to stream: inout TokenStream) {
        var slots = stream.slots.map { slot in
            let form = stream.forms[slot.piece]
            var matcherSlot = SynonymMatcher.Slot(term: form.stem, start: slot.start, end: slot.end)
            matcherSlot.termStartsMember = form.marks.contains(.startsSynonym)
            return matcherSlot
        }
        for token in stream.tokens[stream.wordTokenCount...] where token.origin != .compoundPart {
            slots[token.position].more.append(token.term)
            slots[token.position].end = max(slots[token.position].end, token.end)
        }
        for token in matcher.match(slots) {
            stream.append(token.term, position: token.position, start: token.start, end: token.end, origin: .synonym)
        }
    }
}
