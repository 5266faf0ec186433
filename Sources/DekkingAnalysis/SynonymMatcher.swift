/// Stage 6 of the chain: finds thesaurus members in the analysed word sequence.
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
    struct Slot {
        var terms: [String]
        var start: Int
        var end: Int
    }

    private var single: [String: [String]] = [:]
    private var phrases: [String: [Phrase]] = [:]

    /// The number of compiled members.
    public private(set) var memberCount = 0

    init() {}

    /// Adds a member, given as its analysed terms, to `group` (a term such as `~client`).
    mutating func add(terms: [String], group: String) {
        guard let first = terms.first else { return }
        memberCount += 1
        if terms.count == 1 {
            if !(single[first]?.contains(group) ?? false) { single[first, default: []].append(group) }
        } else {
            phrases[first, default: []].append(Phrase(rest: Array(terms.dropFirst()), group: group))
        }
    }

    /// Synonym tokens for `slots` (indexed by position), at most one per group and position.
    /// - Complexity: O(p·t·m) for p positions, t terms per position and m members starting with a term.
    func match(_ slots: [Slot]) -> [Token] {
        var tokens: [Token] = []
        for (position, slot) in slots.enumerated() {
            var seen: [String] = []  // groups already given at this position (a handful at most)
            for term in slot.terms {
                for group in single[term] ?? [] where !seen.contains(group) {
                    seen.append(group)
                    tokens.append(Token(term: group, position: position, start: slot.start, end: slot.end, origin: .synonym))
                }
                for phrase in phrases[term] ?? [] where position + phrase.rest.count < slots.count {
                    var matches = true
                    for (offset, want) in phrase.rest.enumerated() where !slots[position + 1 + offset].terms.contains(want) {
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
        return tokens
    }
}
