/// Turns wanted sheet names (document titles, say) into names Excel accepts, deterministically.
///
/// Excel's rules: at most 31 characters, none of `[ ] : * ? / \`, not starting or ending with an
/// apostrophe, not empty, unique without regard to case, and not `History` (reserved).
public enum XLSXSheetName {
    /// The longest sheet name Excel accepts.
    public static let maximumLength = 31

    /// One valid name per wanted name, in order, unique among themselves and distinct from `taken`.
    ///
    /// Each forbidden character becomes `-`; runs of white space and control characters become one
    /// space; leading and trailing apostrophes and spaces are dropped; an empty result becomes
    /// `Blad`; a longer name is shortened to 31 characters (counted in UTF-16 units, as Excel
    /// does) at the end of a word (see ``shortened(_:to:)``). A name that is already in use gets
    /// ` (2)`, ` (3)`, … with the base shortened to make room.
    public static func unique(_ wanted: [String], avoiding taken: [String] = []) -> [String] {
        var used = Set(taken.map { $0.lowercased() })
        used.insert("history")
        var names: [String] = []
        for name in wanted {
            let base = sanitised(name)
            var candidate = base
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = shortened(base, to: maximumLength - suffix.utf16.count) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            names.append(candidate)
        }
        return names
    }

    /// `name` made valid on its own (without regard to other names).
    public static func sanitised(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var text = ""
        var lastWasSpace = false
        for character in name {
            if forbidden.contains(character) {
                text.append("-")
                lastWasSpace = false
            } else if character.isWhitespace
                || character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control })
            {
                if !lastWasSpace { text.append(" ") }
                lastWasSpace = true
            } else {
                text.append(character)
                lastWasSpace = false
            }
        }
        text = strip(shortened(strip(text), to: maximumLength))
        return text.isEmpty ? "Blad" : text
    }

    /// `text` without leading and trailing spaces and apostrophes.
    private static func strip(_ text: String) -> String {
        let drop: (Character) -> Bool = { $0 == " " || $0 == "'" }
        return String(text.drop(while: drop).reversed().drop(while: drop).reversed())
    }

    /// `text` within `limit` UTF-16 units: whole when it fits; else up to the end of the last word
    /// that fits (a word ends before a space, `-`, `_`, `,`, `;` or `.`, which are dropped at the
    /// end) and before a `(` left open, unless that keeps less than half the limit (one long
    /// word): then the characters that fit.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        let isBoundary: (Character) -> Bool = { " -_,;.".contains($0) }
        let prefix = Array(cut(text, to: limit))
        let whole = Array(text)
        var end = prefix.count
        if !isBoundary(whole[end]) {
            end = prefix.lastIndex(where: isBoundary) ?? 0
        }
        if let open = prefix[..<end].lastIndex(of: "("), !prefix[open..<end].contains(")") { end = open }
        while end > 0, isBoundary(prefix[end - 1]) { end -= 1 }
        guard String(prefix[..<end]).utf16.count * 2 >= limit else { return String(prefix).trimmingTrailingSpaces }
        return String(prefix[..<end])
    }

    /// The longest prefix of `text` of whole characters with at most `limit` UTF-16 units.
    private static func cut(_ text: String, to limit: Int) -> String {
        var result = ""
        var length = 0
        for character in text {
            let units = String(character).utf16.count
            guard length + units <= limit else { break }
            result.append(character)
            length += units
        }
        return result
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        String(self.reversed().drop(while: { $0 == " " }).reversed())
    }
}
