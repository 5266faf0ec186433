/// The structural codes that documents use to number their parts: kerntaken (`B1-K1`),
/// werkprocessen (`P2-K1-W3`) and keuzedelen (`K0125`) of kwalificatiedossiers, and labelled
/// numbers such as `Resultaatgebied 2`, `R2`, `Beroepstaak 1`, `BT1`, `Competentie 3` or `LU2.1`.
public struct StructuralCode: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case kerntaak, werkproces, keuzedeel
        case resultaatgebied, beroepstaak, competentie, leeruitkomst, onderwijseenheid
    }

    /// The code as it is reported in ``DekkingCore/Segment/code``, e.g. `B1-K1-W2` or `Resultaatgebied 2`.
    public var code: String
    public var kind: Kind
    /// The text after the code on the same line, without separators (the title), possibly empty.
    public var rest: String

    /// Labels that number parts of hbo and CAO documents, and the kind each stands for.
    private static let labels: [(word: String, kind: Kind)] = [
        ("resultaatgebied", .resultaatgebied), ("beroepstaak", .beroepstaak), ("competentie", .competentie),
        ("leeruitkomst", .leeruitkomst), ("onderwijseenheid", .onderwijseenheid), ("module", .onderwijseenheid),
        ("kerntaak", .kerntaak),
    ]
    /// Short prefixes for the same, such as `R2`, `BT1`, `LU2.1`, `OE3`.
    private static let shortPrefixes: [(prefix: String, kind: Kind)] = [
        ("BT", .beroepstaak), ("LU", .leeruitkomst), ("OE", .onderwijseenheid), ("RG", .resultaatgebied),
        ("R", .resultaatgebied),
    ]

    /// The code at the start of `line`, if any.
    public static func leading(in line: String) -> StructuralCode? {
        guard mayStartWithCode(line) else { return nil }
        let normalised = line.replacingDashes()
        let token = normalised.prefix { !$0.isWhitespace && $0 != ":" && $0 != "(" }
        let bare = token.hasSuffix(".") ? token.dropLast() : token[...]
        let rest = String(normalised.dropFirst(token.count)).trimmingAll(of: " \t:–—-.")
        if let kind = sbbKind(String(bare)) { return StructuralCode(code: String(bare), kind: kind, rest: rest) }
        for (prefix, kind) in shortPrefixes where bare.hasPrefix(prefix) {
            let number = bare.dropFirst(prefix.count)
            if isDottedNumber(number) { return StructuralCode(code: String(bare), kind: kind, rest: rest) }
        }
        let words = normalised.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        let label = words[0].lowercased()
        let number = words[1].trimmingAll(of: ":.–-")
        guard let kind = labels.first(where: { $0.word == label })?.kind, isDottedNumber(number[...]) else { return nil }
        let title = words.count > 2 ? String(words[2]).trimmingAll(of: " \t:–—-.") : ""
        let code = "\(words[0].prefix(1).uppercased())\(words[0].dropFirst().lowercased()) \(number)"
        return StructuralCode(code: code, kind: kind, rest: title)
    }

    /// A cheap test on the first word only: whether `line` can start with a code or a label.
    static func mayStartWithCode(_ line: String) -> Bool {
        let head = String(line.prefix(40)).replacingDashes()
        let token = head.prefix { !$0.isWhitespace && $0 != ":" && $0 != "(" }
        let bare = token.hasSuffix(".") ? token.dropLast() : token[...]
        if sbbKind(String(bare)) != nil { return true }
        if shortPrefixes.contains(where: { bare.hasPrefix($0.0) }) { return true }
        let first = token.lowercased()
        return labels.contains { $0.word == first }
    }

    /// The heading level a line starting with a code gets when it stands on its own.
    static func headingLevel(ofLine line: String) -> Int? {
        guard let code = leading(in: line) else { return nil }
        switch code.kind {
        case .werkproces: return 3
        default: return 2
        }
    }

    /// `B1-K1` → kerntaak, `P2-K1-W3` → werkproces, `K0125` → keuzedeel.
    static func sbbKind(_ token: String) -> Kind? {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        func numbered(_ part: Substring, _ letters: Set<Character>) -> Bool {
            guard let first = part.first, letters.contains(first) else { return false }
            let digits = part.dropFirst()
            return !digits.isEmpty && digits.count <= 2 && digits.allSatisfy(\.isASCIIDigit)
        }
        switch parts.count {
        case 1:
            let digits = token.dropFirst()
            return token.first == "K" && digits.count == 4 && digits.allSatisfy(\.isASCIIDigit) ? .keuzedeel : nil
        case 2:
            return numbered(parts[0], ["B", "P"]) && numbered(parts[1], ["K"]) ? .kerntaak : nil
        case 3:
            return numbered(parts[0], ["B", "P"]) && numbered(parts[1], ["K"]) && numbered(parts[2], ["W"])
                ? .werkproces : nil
        default:
            return nil
        }
    }

    private static func isDottedNumber(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCIIDigit, text.count <= 5 else { return false }
        return text.allSatisfy { $0.isASCIIDigit || $0 == "." } && !text.hasSuffix(".")
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// En and em dashes between code parts (`B1–K1`) replaced by hyphens, when they sit between letters/digits.
    func replacingDashes() -> String {
        guard unicodeScalars.contains(where: { $0 == "\u{2013}" || $0 == "\u{2011}" }) else { return String(self) }
        var result = ""
        var previous: Character = " "
        let characters = Array(self)
        for (offset, character) in characters.enumerated() {
            if character == "–" || character == "‑", previous.isLetter || previous.isNumber,
                offset + 1 < characters.count, characters[offset + 1].isLetter || characters[offset + 1].isNumber
            {
                result.append("-")
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }
}
