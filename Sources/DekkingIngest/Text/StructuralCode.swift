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
    static let labels: [(word: String, kind: Kind)] = [
        ("resultaatgebied", .resultaatgebied), ("beroepstaak", .beroepstaak), ("competentie", .competentie),
        ("leeruitkomst", .leeruitkomst), ("onderwijseenheid", .onderwijseenheid), ("module", .onderwijseenheid),
        ("kerntaak", .kerntaak),
    ]
    /// Short prefixes for the same, such as `R2`, `BT1`, `LU2.1`, `OE3`.
    static let shortPrefixes: [(prefix: String, kind: Kind)] = [
        ("BT", .beroepstaak), ("LU", .leeruitkomst), ("OE", .onderwijseenheid), ("RG", .resultaatgebied),
        ("R", .resultaatgebied),
    ]

    /// The code at the start of `line`, if any.
    public static func leading(in line: String) -> StructuralCode? {
        guard mayStartWithCode(line) else { return nil }
        guard let memo = Memo.current else { return read(line) }
        if let known = memo.codes[line] { return known }
        let code = read(line)
        memo.codes[line] = code
        return code
    }

    /// What ``leading(in:)`` found per line while one document is read: the stages that each ask
    /// about the same lines (line classification, heading joining, detection, structure) then read
    /// each line once. Only the synchronous code of the task that binds it uses it.
    final class Memo: @unchecked Sendable {
        var codes: [String: StructuralCode?] = [:]
        @TaskLocal static var current: Memo?
    }

    /// ``leading(in:)`` without the memo, for a line that passed ``mayStartWithCode(_:)``.
    private static func read(_ line: String) -> StructuralCode? {
        let normalised = line.replacingDashes()
        return normalised.isSimpleText
            ? leading(units: normalised.unicodeScalars, of: normalised) : leading(units: normalised, of: normalised)
    }

    /// The code at the start of `normalised` (a line with dashes replaced), read through `view`.
    private static func leading(units view: some TextView, of normalised: String) -> StructuralCode? {
        let token = view.prefix { !$0.isWhitespace && $0 != ":" && $0 != "(" }
        let bareEnd = token.last == "." ? token.index(before: token.endIndex) : token.endIndex
        let bare = String(normalised[token.startIndex..<bareEnd])
        // The title after a code, trimmed; read only once a code is found.
        func rest() -> String { normalised[token.endIndex...].trimmingAll(of: " \t:–—-.") }
        if let kind = sbbKind(bare) { return StructuralCode(code: bare, kind: kind, rest: rest()) }
        if let kind = shortPrefixKind(bare) { return StructuralCode(code: bare, kind: kind, rest: rest()) }
        // A label, a number and a title, separated by spaces: `Resultaatgebied 2: Intake`.
        let firstWord = view.drop { $0 == " " }.prefix { $0 != " " }
        let label = normalised[firstWord.startIndex..<firstWord.endIndex].lowercased()
        guard let kind = labels.first(where: { $0.word == label })?.kind else { return nil }
        let words = view.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map {
            normalised[$0.startIndex..<$0.endIndex]
        }
        guard words.count >= 2 else { return nil }
        let number = words[1].trimmingAll(of: ":.–-")
        guard isDottedNumber(number[...]) else { return nil }
        let title = words.count > 2 ? words[2].trimmingAll(of: " \t:–—-.") : ""
        let code = "\(words[0].prefix(1).uppercased())\(words[0].dropFirst().lowercased()) \(number)"
        return StructuralCode(code: code, kind: kind, rest: title)
    }

    /// A cheap test on the first word only: whether `line` can start with a code or a label.
    static func mayStartWithCode(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first, mayBeginCode(first), mayStartByPrefix(line) else { return false }
        return asciiMayStartWithCode(line) ?? mayStartWithCode(token: firstToken(of: line))
    }

    /// A test on the first three bytes alone, for the many lines that open with an ordinary
    /// capitalised word: false when they are ASCII and no code (`B1`, `K0125`), short prefix with
    /// a number (`R2`, `BT1`, `LU2`, `OE3`, `RG1`) or label (`res…`, `ber…`, `com…`, `lee…`,
    /// `ond…`, `mod…`, `ker…`, in any case) can start with them; true (read on) otherwise.
    static func mayStartByPrefix(_ line: String) -> Bool {
        var bytes = line.utf8.makeIterator()
        guard let b0 = bytes.next(), let b1 = bytes.next(), let b2 = bytes.next(), b0 < 0x80, b1 < 0x80, b2 < 0x80
        else { return true }
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        switch (b0, isDigit(b1)) {
        case (UInt8(ascii: "K"), true), (UInt8(ascii: "B"), true), (UInt8(ascii: "P"), true), (UInt8(ascii: "R"), true):
            return true
        default: break
        }
        if isDigit(b2) {
            switch (b0, b1) {
            case (UInt8(ascii: "B"), UInt8(ascii: "T")), (UInt8(ascii: "L"), UInt8(ascii: "U")),
                (UInt8(ascii: "O"), UInt8(ascii: "E")), (UInt8(ascii: "R"), UInt8(ascii: "G")):
                return true
            default: break
            }
        }
        func lower(_ b: UInt8) -> UInt8 { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b }
        let head = (lower(b0), lower(b1), lower(b2))
        return labelHeads.contains { $0 == head }
    }

    /// The first three letters of every label.
    private static let labelHeads: [(UInt8, UInt8, UInt8)] = labels.map { label in
        let utf8 = Array(label.word.utf8)
        return (utf8[0], utf8[1], utf8[2])
    }

    /// Whether `scalar` can be the first scalar of a line that starts with a code or a label: a
    /// line can only start with `B1-K1`, `P2-K1-W3`, `K0125` or a short prefix (`BT`, `LU`, `OE`,
    /// `R`) when its first Character is one of those capitals (the Kelvin sign counts as K), and with
    /// a label (`Kerntaak`, `module`, …) when its first scalar lowercases to a label's first letter.
    static func mayBeginCode(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "B", "b", "C", "c", "K", "k", "L", "l", "M", "m", "O", "o", "P", "R", "r", "\u{212A}": true
        default: false
        }
    }

    /// The first word of `line` as codes are read: up to whitespace, `:` or `(`, within the first
    /// 40 Characters, with dashes between letters and digits made hyphens (``replacingDashes()``).
    static func firstToken(of line: String) -> String {
        if line.isSimpleText {
            let scalars = line.unicodeScalars
            let token = scalars.prefix(40).prefix { !$0.isWhitespace && $0 != ":" && $0 != "(" }
            if !token.contains(where: { $0 == "\u{2013}" || $0 == "\u{2011}" }) { return String(token) }
        }
        let head = String(line.prefix(40)).replacingDashes()
        return String(head.prefix { !$0.isWhitespace && $0 != ":" && $0 != "(" })
    }

    /// Whether `token`, a line's ``firstToken(of:)``, is a code, starts with a short prefix, or is a label.
    static func mayStartWithCode(token: String) -> Bool {
        let bare = String(token.hasSuffix(".") ? token.dropLast() : token[...])
        if sbbKind(bare) != nil { return true }
        if shortPrefixKind(bare) != nil { return true }
        let first = token.fastLowercased()
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
        token.isSimpleText ? sbbKind(units: token.unicodeScalars) : sbbKind(units: token)
    }

    private static func sbbKind(units token: some TextView) -> Kind? {
        // Every code starts with one of these; most tokens are rejected here, before splitting.
        guard let initial = token.first, initial.isOne(of: "KBP") else { return nil }
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        func numbered(_ part: some TextView, _ letters: String) -> Bool {
            guard let first = part.first, first.isOne(of: letters) else { return false }
            let digits = part.dropFirst()
            return !digits.isEmpty && digits.count <= 2 && digits.allSatisfy { $0.isASCIIDigit }
        }
        switch parts.count {
        case 1:
            let digits = token.dropFirst()
            return token.first == "K" && digits.count == 4 && digits.allSatisfy { $0.isASCIIDigit } ? .keuzedeel : nil
        case 2:
            return numbered(parts[0], "BP") && numbered(parts[1], "K") ? .kerntaak : nil
        case 3:
            return numbered(parts[0], "BP") && numbered(parts[1], "K") && numbered(parts[2], "W") ? .werkproces : nil
        default:
            return nil
        }
    }

    /// The kind of a short-prefix code such as `R2`, `BT1` or `LU2.1`: a prefix, then a dotted number.
    private static func shortPrefixKind(_ bare: String) -> Kind? {
        shortPrefixes.first { bare.hasPrefix($0.prefix) && isDottedNumber(bare.dropFirst($0.prefix.count)) }?.kind
    }

    private static func isDottedNumber(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCIIDigit, text.count <= 5 else { return false }
        return text.allSatisfy { $0.isASCIIDigit || $0 == "." } && !text.hasSuffix(".")
    }
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
