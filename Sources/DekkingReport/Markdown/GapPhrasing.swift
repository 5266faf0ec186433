import DekkingCore
import DekkingModel

extension GapSuggestion {
    /// A concrete passage, in the document's own genre, that would make it describe the indicators
    /// `texts` (of one competency): built from the indicators' own sentences, in order, so each
    /// proposal reads differently.
    ///
    /// Framework indicators are lists of sentences that each start with a verb whose subject is
    /// left out ("Signaleert risicofactoren …. Let daarbij op …"). The first sentence gets the
    /// document's actor as subject (`De medewerker signaleert risicofactoren …`); each further one
    /// starts with a linking word and puts the actor after its verb, as Dutch word order asks
    /// (`Ook let de medewerker daarbij op …`). A sentence that starts with `Zoals` continues the
    /// one before it. In front comes the genre's heading:
    ///
    /// - functiebeschrijving, vacature: `Resultaatgebied: <cluster title>. De medewerker …`
    /// - opleidingsprofiel: `Leeruitkomst: De student …`
    /// - kwalificatiedossier: `B1-K?-W?: <competency title>. De beginnend beroepsbeoefenaar …`
    ///   (the designer fills in the numbers)
    /// - overig: `De professional …`
    /// - Parameters:
    ///   - texts: the indicators' texts from the framework.
    ///   - competency: the title of their competency (a phrase with its verb first).
    ///   - cluster: the title of their cluster (a phrase of infinitives).
    func phrasing(of texts: [String], competency: String, cluster: String) -> String {
        let body = Self.sentences(of: texts, actor: subject)
        switch kind {
        case .functiebeschrijving, .vacature:
            return cluster.isEmpty ? "Resultaatgebied: \(body)" : "Resultaatgebied: \(cluster). \(body)"
        case .opleidingsprofiel: return "Leeruitkomst: \(body)"
        case .kwalificatiedossier:
            let title = Self.withoutFullStop(competency)
            return title.isEmpty ? "B1-K?-W?: \(body)" : "B1-K?-W?: \(title). \(body)"
        case .overig: return body
        }
    }

    /// Who the proposal is about, as the subject of its sentences.
    var subject: String {
        switch kind {
        case .kwalificatiedossier: "de beginnend beroepsbeoefenaar"
        case .opleidingsprofiel: "de student"
        case .functiebeschrijving, .vacature: "de medewerker"
        case .overig: "de professional"
        }
    }

    /// Words that link a further sentence to the ones before it, in the order they are used; a
    /// word the sentence itself already holds is passed over.
    static let linkingWords = ["Ook", "Verder", "Daarnaast", "Daarbij", "Bovendien"]

    /// The sentences of `texts`, each given `actor` as its subject, ending in a full stop; after
    /// the linking words run out, `Ook` again.
    static func sentences(of texts: [String], actor: String) -> String {
        var parts: [String] = []
        var linking = linkingWords[...]
        for sentence in texts.flatMap(split) {
            if parts.isEmpty {
                parts.append(capitalised(actor) + " " + predicate(sentence) + ".")
                continue
            }
            let lowered = " \(sentence.lowercased()) "
            while let word = linking.first, lowered.contains(" \(word.lowercased()) ") { linking = linking.dropFirst() }
            let link = linking.popFirst() ?? "Ook"
            let (verbs, rest) = verbGroup(sentence)
            // "Betrekt, met medeweten …" → "betrekt de medewerker, met medeweten …"
            let after = rest.hasPrefix(",") || rest.isEmpty ? rest : " " + rest
            parts.append("\(link) \(predicate(verbs)) \(actor)\(after).")
        }
        return parts.joined(separator: " ")
    }

    /// The finite verb a sentence starts with, and the rest: `Maakt en houdt (online) contact` →
    /// (`Maakt en houdt`, `(online) contact`), since in `Maakt en houdt` both verbs go before
    /// the subject; a comma right after the verb stays at the start of the rest.
    static func verbGroup(_ sentence: String) -> (verbs: String, rest: String) {
        var words = sentence.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return ("", "") }
        var count = 1
        if words.count > 2, ["en", "en/of", "of"].contains(words[1]), !words[0].hasSuffix(",") { count = 3 }
        var verbs = words.prefix(count).joined(separator: " ")
        words.removeFirst(count)
        var rest = words.joined(separator: " ")
        if verbs.hasSuffix(",") {
            verbs.removeLast()
            rest = rest.isEmpty ? "" : ", " + rest
        }
        return (verbs, rest)
    }

    /// The sentences of an indicator text without their full stops; a sentence that starts with
    /// `Zoals` (an example, no verb of its own) is joined to the one before it.
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(Excerpt.of(text, limit: Int.max))
        for (index, character) in characters.enumerated() {
            let next = index + 2 < characters.count ? characters[index + 2] : nil
            if character == ".", index + 1 < characters.count, characters[index + 1] == " ",
                let next, next.isUppercase
            {
                sentences.append(current)
                current = ""
                continue
            }
            if character == " ", current.isEmpty { continue }
            current.append(character)
        }
        if !current.isEmpty { sentences.append(current) }
        var joined: [String] = []
        for sentence in sentences.map(withoutFullStop) {
            if sentence.hasPrefix("Zoals "), let last = joined.popLast() {
                joined.append(last + ", zoals " + sentence.dropFirst("Zoals ".count))
            } else if !sentence.isEmpty {
                joined.append(sentence)
            }
        }
        return joined
    }

    /// `text` without spaces at its ends and without a final full stop.
    static func withoutFullStop(_ text: String) -> String {
        var text = Excerpt.of(text, limit: Int.max)
        while text.hasSuffix(".") || text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    private static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
