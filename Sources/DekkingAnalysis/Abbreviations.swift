import Foundation

/// Abbreviations that are kept whole and expanded into their words ("t.b.v." → "ten behoeve van").
///
/// Loaded from a tab-separated data file (`Mappings/analysis/abbreviations.tsv`): one abbreviation,
/// a tab, its expansion; `#` starts a comment. Abbreviations are folded like text, so "T.B.V." and
/// "t.b.v." are the same entry.
public struct Abbreviations: Sendable {
    struct Entry: Sendable {
        var key: [Unicode.Scalar]
        var expansion: [String]
    }

    /// Entries by first character, longest first.
    private let byFirst: [Unicode.Scalar: [Entry]]
    /// `byFirst` for ASCII first characters, indexed by the scalar's value: the tokeniser asks at
    /// the start of every word, and an array index costs no hashing.
    private let byASCIIFirst: [[Entry]]

    /// The number of abbreviations.
    public let count: Int
    /// The abbreviations as the file writes them ("t.b.v."), in its order: where a sentence does
    /// not end (``DekkingCore/SentenceSplitter``).
    public let keys: [String]

    /// Builds the table from `abbreviation → expansion` pairs.
    public init(_ pairs: [(String, String)]) {
        let normalizer = TextNormalizer()
        var table: [Unicode.Scalar: [Entry]] = [:]
        for (abbreviation, expansion) in pairs {
            let key = normalizer.normalize(abbreviation.trimmingCharacters(in: .whitespaces)).chars
            guard let first = key.first else { continue }
            let words = ScalarString.make(normalizer.normalize(expansion).chars)
                .split(whereSeparator: { $0 == " " }).map(String.init)
            table[first, default: []].append(Entry(key: key, expansion: words))
        }
        byFirst = table.mapValues { $0.sorted { $0.key.count > $1.key.count } }
        byASCIIFirst = (0..<128).map { [byFirst] value in byFirst[Unicode.Scalar(UInt8(value))] ?? [] }
        count = pairs.count
        keys = pairs.map { $0.0.trimmingCharacters(in: .whitespaces) }
    }

    /// Reads a table file; see the type's documentation for the format.
    /// - Throws: ``AnalysisError/unreadable(file:)`` when the file cannot be read.
    public init(contentsOf url: URL) throws {
        let lines = try DataFile.lines(of: url)
        self.init(
            lines.compactMap { line in
                let fields = line.text.split(separator: "\t", maxSplits: 1).map(String.init)
                return fields.count == 2 ? (fields[0], fields[1]) : nil
            })
    }

    /// The abbreviation starting at `index` in `chars` and ending at a word boundary: its length and
    /// expansion.
    /// - Complexity: O(k·m) for k abbreviations starting with the same character, m their length.
    func match(in chars: [Unicode.Scalar], at index: Int) -> (length: Int, expansion: [String])? {
        let first = chars[index]
        let candidates = first.value < 128 ? byASCIIFirst[Int(first.value)] : byFirst[first] ?? []
        for entry in candidates where index + entry.key.count <= chars.count {
            var same = true
            for (offset, scalar) in entry.key.enumerated() where chars[index + offset] != scalar {
                same = false
                break
            }
            guard same else { continue }
            let after = index + entry.key.count
            if after < chars.count, Tokenizer.isWordChar(chars[after]),
                Tokenizer.isWordChar(entry.key[entry.key.count - 1])
            {
                continue
            }
            return (entry.key.count, entry.expansion)
        }
        return nil
    }
}
