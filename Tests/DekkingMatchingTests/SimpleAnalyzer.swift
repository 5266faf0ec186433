import DekkingAnalysis
import DekkingMatching
import Foundation

/// A deliberately simple analyzer for engine tests: lower-cased words, a few stop words dropped,
/// plural "-en"/"-s" cut, and one synonym group, so tests control exactly which terms exist.
struct SimpleAnalyzer: TermAnalyzer {
    static let stopWords: Set<String> = [
        "de", "het", "een", "en", "van", "in", "op", "met", "voor", "bij", "te", "die", "is",
    ]
    static let synonyms: [String: String] = ["client": "~client", "burger": "~client", "klant": "~client"]

    func analyze(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        let ns = text as NSString
        let regex = try? NSRegularExpression(pattern: "[\\p{L}\\p{N}]+")
        for match in regex?.matches(in: text, range: NSRange(location: 0, length: ns.length)) ?? [] {
            let word = ns.substring(with: match.range).lowercased().folding(options: .diacriticInsensitive, locale: nil)
            guard !Self.stopWords.contains(word) else { continue }
            var stem = word
            for suffix in ["en", "s"] where stem.hasSuffix(suffix) && stem.count > suffix.count + 3 {
                stem = String(stem.dropLast(suffix.count))
                break
            }
            let range = (match.range.location, match.range.location + match.range.length)
            tokens.append(Token(term: stem, position: position, start: range.0, end: range.1))
            if let group = Self.synonyms[stem] {
                tokens.append(Token(term: group, position: position, start: range.0, end: range.1, origin: .synonym))
            }
            position += 1
        }
        return tokens
    }
}
