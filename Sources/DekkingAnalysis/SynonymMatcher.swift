/// The matcher behind ``SynonymFilter``: finds thesaurus members in the analysed word sequence.
///
/// Members are compiled to term sequences by the analyser itself (so "hulp bij schulden" becomes
/// `hulp schuld`, as a text would); a single-term member matches one word, a longer member matches
/// consecutive positions. Each match yields the group's term (`~schuldhulpverlening`).
public struct SynonymMatcher: Sendable {
    struct Phrase: Sendable {
        var rest: [String]
        var group: String
    }

    /// One position of the analysed text: the terms a member may match there, and its offsets.
    ///
    /// The word's own term is kept apart from the rarer others, so that most slots need no array.
    struct Slot {
        /// The word's term (its stem).
        var term: String
        /// Further terms at this position, in the order they were added (a joined separable verb,
        /// the joined whole of a hyphenated word).
        var more: [String] = []
        var start: Int
        var end: Int
        /// Whether a member may start with ``term`` (false only when known not to: no lookup then).
        var termStartsMember = true

        /// Whether `candidate` is one of the slot's terms.
        func contains(_ candidate: String) -> Bool { term == candidate || more.contains(candidate) }
    }

    /// What members start with a term: single-term groups and longer phrases, in the order added.
    private struct Entry {
        var groups: [String] = []
        var phrases: [Phrase] = []
    }

    /// Members by their first term; one dictionary, so a term costs one lookup.
    private var entries: [String: Entry] = [:]

    /// The number of compiled members.
    public private(set) var memberCount = 0

    init() {}

    /// Adds a member, given as its analysed terms, to `group` (a term such as `~client`).
    mutating func add(terms: [String], group: String) {
        guard let first = terms.first else { return }
        memberCount += 1
        if terms.count == 1 {
            if !(entries[first]?.groups.contains(group) ?? false) {
                entries[first, default: Entry()].groups.append(group)
            }
        } else {
            entries[first, default: Entry()].phrases.append(Phrase(rest: Array(terms.dropFirst()), group: group))
        }
    }

    /// Whether some member starts with `term`.
    func startsMember(_ term: String) -> Bool { entries[term] != nil }

    /// Synonym tokens for `slots` (indexed by position), at most one per group and position.
    /// - Complexity: O(p·t·m) for p positions, t terms per position and m members starting with a term.
    func match(_ slots: [Slot]) -> [Token] {
        var tokens: [Token] = []
        for (position, slot) in slots.enumerated() {
            var seen: [String] = []  // groups already given at this position (a handful at most)
            if slot.termStartsMember { add(slot.term, at: position, slots, seen: &seen, to: &tokens) }
            for term in slot.more { add(term, at: position, slots, seen: &seen, to: &tokens) }
        }
        return tokens
    }

    /// The tokens of the members starting with `term` at `position`: single-term groups first,
    /// then phrases that the following slots complete; groups in `seen` are skipped.
    private func add(_ term: String, at position: Int, _ slots: [Slot], seen: inout [String], to tokens: inout [Token])
    {
        guard let entry = entries[term] else { return }
        let slot = slots[position]
        for group in entry.groups where !seen.contains(group) {
            seen.append(group)
            tokens.append(Token(term: group, position: position, start: slot.start, end: slot.end, origin: .synonym))
        }
        for phrase in entry.phrases where position + phrase.rest.count < slots.count {
            var matches = true
            for (offset, want) in phrase.rest.enumerated() where !slots[position + 1 + offset].contains(want) {
                matches = false
                break
            }
            guard matches, !seen.contains(phrase.group) else { continue }
            seen.append(phrase.group)
            let end = slots[position + phrase.rest.count].end
            tokens.append(Token(term: phrase.group, position: position, start: slot.start, end: end, origin: .synonym))
        }
    }
}
