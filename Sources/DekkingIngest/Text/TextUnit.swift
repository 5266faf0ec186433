import DekkingCore

/// One unit of text as the parser sees it: a `Character`, or a `Unicode.Scalar` when the text is
/// *simple* (see `Unicode.Scalar.isSimple`).
///
/// In simple text every Character is a single simple scalar, at the same string index, and the
/// scalar answers each question below exactly as its Character does. Algorithms written once
/// against ``TextView`` therefore give the same result on a simple string's `unicodeScalars` as on
/// its Characters, and the scalar view is much cheaper to walk: no grapheme breaking, and ASCII
/// answered without looking anything up.
protocol TextUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
    var isWhitespace: Bool { get }
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    var isUppercase: Bool { get }
    var isLowercase: Bool { get }
    /// `0` to `9`.
    var isASCIIDigit: Bool { get }
    /// Whether this unit is one of the Characters of `characters`, which must all be simple scalars.
    func isOne(of characters: String) -> Bool
}

extension Character: TextUnit {
    var isASCIIDigit: Bool { isASCII && isNumber }

    func isOne(of characters: String) -> Bool { characters.contains(self) }
}

/// A string's Characters, or its scalars when it is simple. The literals that algorithms compare
/// units with must be simple scalars, so that comparing scalars means comparing Characters.
protocol TextView: BidirectionalCollection
where Element: TextUnit, Index == String.Index, SubSequence: TextView, SubSequence.Element == Element {}

extension String: TextView {}
extension Substring: TextView {}
extension String.UnicodeScalarView: TextView {}
extension Substring.UnicodeScalarView: TextView {}

/// `isWhitespace` and `isLetter` come from DekkingCore.
extension Unicode.Scalar: TextUnit {
    /// `Character.isNumber` of this scalar alone: any numeric type.
    var isNumber: Bool { value < 0x80 ? (0x30...0x39).contains(value) : properties.numericType != nil }

    /// `Character.isUppercase` of this scalar alone (which for some scalars, such as `ª`, differs
    /// from the Uppercase property).
    var isUppercase: Bool { value < 0x80 ? (0x41...0x5A).contains(value) : Character(self).isUppercase }

    /// `Character.isLowercase` of this scalar alone.
    var isLowercase: Bool { value < 0x80 ? (0x61...0x7A).contains(value) : Character(self).isLowercase }

    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }

    func isOne(of characters: String) -> Bool { characters.unicodeScalars.contains(self) }

    /// Whether this scalar is *simple*: next to any other simple scalar it forms a Character on its
    /// own, and that Character is canonically equivalent to no other single scalar.
    ///
    /// Covers ASCII except carriage return (which joins a following line feed), Latin-1, Latin
    /// Extended, spacing modifiers, general punctuation, currency signs, letterlike symbols, arrows,
    /// mathematical and technical symbols, box drawing, geometric shapes, dingbats, the ideographic
    /// space, the byte-order mark and the replacement character — leaving out joiners and the few
    /// scalars with a singleton canonical decomposition (U+2000, U+2001, Ω U+2126, K U+212A,
    /// Å U+212B, U+2329, U+232A). Combining marks, emoji, Hangul, Indic and other scripts are not
    /// simple; text containing them takes the Character path.
    var isSimple: Bool {
        switch value {
        case 0x0D: false
        case 0x00...0x2FF: true
        case 0x2002...0x200B, 0x200E...0x2064, 0x2066...0x20C0: true
        case 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x2328, 0x232B...0x27BF: true
        case 0x3000, 0xFEFF, 0xFFFD: true
        default: false
        }
    }
}
