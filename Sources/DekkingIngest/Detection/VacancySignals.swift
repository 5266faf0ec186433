/// What marks a vacancy beyond its cue phrases (``KindCues``): the working hours beside a job
/// title ("Budgetcoach (24 uur)", "(32-36 uur)") and a text that addresses its reader as `je`,
/// `jij` or `jouw`.
///
/// Study guides and the promotion of programmes address their reader too ("In deze module leer
/// je", "Ben jij geschikt voor de zorg?"), so the address only adds to a text that is a vacancy
/// by its cue phrases and working hours already: it makes the kind surer, never decides it.
enum VacancySignals {
    /// Points for working hours in brackets: once, however often they occur.
    static let hoursWeight = 2.0
    /// Points for a text that addresses its reader.
    static let addressWeight = 2.0
    /// The least share of second-person words (`je`, `jij`, `jou`, `jouw`) among all words, and
    /// the least number of them, for a text to address its reader.
    static let addressShare = 0.02
    static let addressMinimum = 3

    /// The extra score for the vacancy kind of a lower-cased UTF-8 text whose vacancy cues scored
    /// `cueScore`, where a kind needs `minimumScore` to be chosen.
    static func score(_ text: [UInt8], cueScore: Double, minimumScore: Double) -> Double {
        var score = hasBracketedHours(text) ? hoursWeight : 0
        if cueScore + score >= minimumScore, addressesReader(text) { score += addressWeight }
        return score
    }

    /// Whether the text has working hours in brackets: `(24 uur)`, `(32-36 uur)`, `(32 tot 36 uur)`.
    static func hasBracketedHours(_ text: [UInt8]) -> Bool {
        let suffix = Array(" uur)".utf8)
        var index = 0
        while index < text.count {
            guard text[index] == 0x28 else {
                index += 1
                continue
            }
            // After "(": digits, optionally a range ("-" or " tot " and digits), then " uur)".
            var cursor = index + 1
            let start = cursor
            while cursor < text.count, isDigit(text[cursor]) { cursor += 1 }
            guard cursor > start else {
                index += 1
                continue
            }
            for separator in [Array("-".utf8), Array("–".utf8), Array(" tot ".utf8)]
            where text[cursor...].starts(with: separator) {
                let afterSeparator = cursor + separator.count
                var end = afterSeparator
                while end < text.count, isDigit(text[end]) { end += 1 }
                if end > afterSeparator { cursor = end }
                break
            }
            if text[cursor...].starts(with: suffix) { return true }
            index = cursor
        }
        return false
    }

    /// Whether enough of the text's words are `je`, `jij`, `jou` or `jouw`.
    static func addressesReader(_ text: [UInt8]) -> Bool {
        var words = 0
        var secondPerson = 0
        var index = 0
        while index < text.count {
            guard isLetter(text[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < text.count, isLetter(text[index]) { index += 1 }
            words += 1
            if secondPersonWords.contains(where: { text[start..<index].elementsEqual($0) }) { secondPerson += 1 }
        }
        return secondPerson >= addressMinimum && Double(secondPerson) >= addressShare * Double(words)
    }

    private static let secondPersonWords = ["je", "jij", "jou", "jouw"].map { Array($0.utf8) }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
