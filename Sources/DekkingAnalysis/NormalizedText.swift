import Foundation

/// A text folded for matching, with a map from every folded character back to the original text.
///
/// Character `i` of ``chars`` came from the original scalars
/// `sourceStart(ofChar: i)..<sourceEnd(ofChar: i)`; ``utf16Offset(ofScalar:)`` turns a scalar
/// index into the UTF-16 offset that ``Token`` uses.
///
/// Storage is sized for the common case: while folding is one character per scalar (ASCII, and
/// Latin letters with diacritics) the map is implicit, and UTF-16 offsets are derived from the
/// list of scalars beyond U+FFFF (usually empty). Only a text that drops, splits or merges scalars
/// stores a span per character. Indices are kept as `Int32`: a text has fewer than 2³¹ scalars.
public struct NormalizedText: Sendable {
    /// The folded characters: lower case, without diacritics, typographic variants replaced.
    public var chars: [Unicode.Scalar] = []
    /// The original text as scalars.
    public var source: [Unicode.Scalar] = []

    /// The original scalars of one folded character.
    struct Span: Sendable {
        var start: Int32
        var end: Int32
    }

    /// Whether character `i` came from scalar `i` alone, for every character so far.
    private var isOneToOne = true
    /// The span of every character; empty while ``isOneToOne``.
    private var spans: [Span] = []
    /// Indices of the original scalars beyond U+FFFF (two UTF-16 units each), ascending.
    private var astral: [Int32] = []

    /// For each folded character, the index of the first original scalar it came from.
    /// - Complexity: O(n); for tests and diagnostics (use ``sourceStart(ofChar:)`` in loops).
    public var sourceStart: [Int] { chars.indices.map(sourceStart(ofChar:)) }
    /// For each folded character, one past the index of the last original scalar it came from.
    /// - Complexity: O(n); for tests and diagnostics (use ``sourceEnd(ofChar:)`` in loops).
    public var sourceEnd: [Int] { chars.indices.map(sourceEnd(ofChar:)) }
    /// The UTF-16 offset of every original scalar, plus the total length at the end.
    /// - Complexity: O(n log n); for tests and diagnostics (use ``utf16Offset(ofScalar:)`` in loops).
    public var utf16Offsets: [Int] { (0...source.count).map(utf16Offset(ofScalar:)) }

    /// The index of the first original scalar folded character `index` came from.
    @inline(__always)
    public func sourceStart(ofChar index: Int) -> Int { isOneToOne ? index : Int(spans[index].start) }

    /// One past the index of the last original scalar folded character `index` came from.
    @inline(__always)
    public func sourceEnd(ofChar index: Int) -> Int { isOneToOne ? index + 1 : Int(spans[index].end) }

    /// The UTF-16 offset in the original text of original scalar `index` (`source.count` is the end).
    /// - Complexity: O(1) without scalars beyond U+FFFF, O(log a) for a of them.
    public func utf16Offset(ofScalar index: Int) -> Int {
        guard !astral.isEmpty else { return index }
        // The number of astral scalars before `index`: each adds a second UTF-16 unit.
        var low = 0
        var high = astral.count
        while low < high {
            let middle = (low + high) / 2
            if Int(astral[middle]) < index { low = middle + 1 } else { high = middle }
        }
        return index + low
    }

    /// The original text of original scalars `range`, lower-cased and in NFC, diacritics kept
    /// ("Cliënt" stays "cliënt"): the form a spelling dictionary expects.
    public func surface(_ range: Range<Int>) -> String {
        ScalarString.make(source[range].filter { $0.properties.generalCategory != .format })
            .lowercased().precomposedStringWithCanonicalMapping
    }

    // MARK: Building (for TextNormalizer)

    /// Appends folded character `char`, which came from original scalar `index` (the last one so far).
    @inline(__always)
    mutating func append(_ char: Unicode.Scalar, from index: Int) {
        if isOneToOne, chars.count == index {
            chars.append(char)
            return
        }
        storeSpans()
        spans.append(Span(start: Int32(index), end: Int32(index + 1)))
        chars.append(char)
    }

    /// Widens the last folded character to include original scalar `index` (a combining mark),
    /// when that character ends right before it.
    mutating func widenLastChar(from index: Int) {
        guard !chars.isEmpty, sourceEnd(ofChar: chars.count - 1) == index else { return }
        storeSpans()
        spans[spans.count - 1].end = Int32(index + 1)
    }

    /// Records that original scalar `index` lies beyond U+FFFF.
    mutating func noteAstral(at index: Int) { astral.append(Int32(index)) }

    /// Leaves the implicit one-to-one map: stores the span of every character so far.
    private mutating func storeSpans() {
        guard isOneToOne else { return }
        isOneToOne = false
        spans.reserveCapacity(source.count)
        for index in chars.indices { spans.append(Span(start: Int32(index), end: Int32(index + 1))) }
    }
}

extension NormalizedText {
    /// The lower-case form with diacritics of a word or number piece, for the lexicon ("cliënt");
    /// the folded text for other pieces and wherever folding changed more than case and marks.
    public func surface(of piece: WordPiece) -> String {
        guard piece.kind == .word || piece.kind == .number,
            source[piece.start..<piece.end].contains(where: { $0.value >= 0x80 })
        else { return piece.text }
        let scalars = source[piece.start..<piece.end]
        // Fast path: already lower case and composed (ASCII plus Latin-1 lower-case letters).
        if scalars.allSatisfy({
            $0.value < 0x80
                ? !(0x41...0x5A).contains($0.value) : ($0.value >= 0xDF && $0.value <= 0xFF && $0.value != 0xF7)
        }) {
            return ScalarString.make(scalars)
        }
        let surface = surface(piece.start..<piece.end)
        return VocabularyLexicon.fold(surface) == piece.text ? surface : piece.text
    }
}
