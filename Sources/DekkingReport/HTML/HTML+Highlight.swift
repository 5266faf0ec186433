import Foundation

extension HTML {
    /// `text` escaped for HTML, with each whole-word occurrence of `terms` (case-insensitive)
    /// wrapped in `<mark>`; longer terms win where terms overlap.
    static func highlight(_ text: String, terms: [String]) -> String {
        var ranges: [Range<String.Index>] = []
        let trimmed: [String] = terms.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let words: [String] = Set(trimmed).sorted { (x: String, y: String) -> Bool in
            x.count != y.count ? x.count > y.count : x < y
        }
        for word in words {
            var start = text.startIndex
            while start < text.endIndex,
                let found = text.range(of: word, options: [.caseInsensitive], range: start..<text.endIndex)
            {
                start = found.upperBound
                let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
                let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
                guard !before.isLetter, !before.isNumber, !after.isLetter, !after.isNumber else { continue }
                if ranges.contains(where: { $0.overlaps(found) }) { continue }
                ranges.append(found)
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var out = ""
        var cursor = text.startIndex
        for range in ranges {
            out += escape(String(text[cursor..<range.lowerBound]))
            out += "<mark>" + escape(String(text[range])) + "</mark>"
            cursor = range.upperBound
        }
        out += escape(String(text[cursor...]))
        return out
    }
}
