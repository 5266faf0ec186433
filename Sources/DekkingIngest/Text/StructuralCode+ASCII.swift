extension StructuralCode {
    /// ``mayStartWithCode(token:)`` of the line's ``firstToken(of:)``, read from the UTF-8 bytes
    /// without building strings; nil when the token is not plain ASCII (then the caller reads it
    /// the general way).
    ///
    /// Most lines that reach this test start with an ordinary word that merely shares its first
    /// letters with a label ("Resultaten", "Leerlingen"), so this answers the common case cheaply.
    static func asciiMayStartWithCode(_ line: String) -> Bool? {
        var line = line
        return line.withUTF8 { bytes -> Bool? in
            var end = 0
            while end < min(bytes.count, 40) {
                let byte = bytes[end]
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) || byte == UInt8(ascii: ":")
                    || byte == UInt8(ascii: "(")
                {
                    break
                }
                end += 1
            }
            // A token cut at 40 Characters by a non-ASCII 41st byte is still all ASCII.
            return mayStartWithCode(asciiToken: UnsafeBufferPointer(rebasing: bytes[0..<end]))
        }
    }

    /// ``mayStartWithCode(token:)`` for an ASCII token.
    private static func mayStartWithCode(asciiToken token: UnsafeBufferPointer<UInt8>) -> Bool {
        let bare = token.last == UInt8(ascii: ".") ? UnsafeBufferPointer(rebasing: token.dropLast()) : token
        if isSBBCode(bare) { return true }
        if asciiShortPrefixes.contains(where: { prefix in
            bare.starts(with: prefix) && isDottedNumber(UnsafeBufferPointer(rebasing: bare[prefix.count...]))
        }) {
            return true
        }
        return asciiLabels.contains { label in
            label.count == token.count && zip(label, token).allSatisfy { $0 == lowered($1) }
        }
    }

    /// ``shortPrefixes`` and the words of ``labels`` as UTF-8 bytes.
    private static let asciiShortPrefixes: [[UInt8]] = shortPrefixes.map { Array($0.prefix.utf8) }
    private static let asciiLabels: [[UInt8]] = labels.map { Array($0.word.utf8) }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `B1-K1`, `P2-K1-W3` or `K0125`, as ``sbbKind(_:)`` reads them.
    private static func isSBBCode(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let initial = token.first, [UInt8(ascii: "K"), UInt8(ascii: "B"), UInt8(ascii: "P")].contains(initial)
        else {
            return false
        }
        let parts = token.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        func numbered(_ part: Slice<UnsafeBufferPointer<UInt8>>, _ letters: String) -> Bool {
            guard let first = part.first, letters.utf8.contains(first) else { return false }
            let digits = part.dropFirst()
            return !digits.isEmpty && digits.count <= 2 && digits.allSatisfy(isDigit)
        }
        switch parts.count {
        case 1: return initial == UInt8(ascii: "K") && token.count == 5 && token.dropFirst().allSatisfy(isDigit)
        case 2: return numbered(parts[0], "BP") && numbered(parts[1], "K")
        case 3: return numbered(parts[0], "BP") && numbered(parts[1], "K") && numbered(parts[2], "W")
        default: return false
        }
    }

    /// A dotted number of up to five characters that does not end with a dot (`2`, `2.1`).
    private static func isDottedNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first, isDigit(first), text.count <= 5 else { return false }
        return text.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") } && text.last != UInt8(ascii: ".")
    }
}
