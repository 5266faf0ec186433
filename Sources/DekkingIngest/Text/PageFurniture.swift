/// Page furniture of a paged text: the running headers and footers a document repeats on its pages
/// ("Functieboek 2026 | 12", "Kwalificatiedossier Sociaal werk (fictief)   Pagina 1 van 3"),
/// recognised by their repetition across pages once every run of digits is normalised to `#`.
///
/// Rules (`docs/ingest.md`):
/// - Only the margins of a page count: its first and last ``edgeLines`` non-blank lines, and the
///   third line from the top or bottom (``innerLine``).
/// - A line is furniture when its normalised text recurs at the same place (the first, second or
///   third non-blank line from the top, or from the bottom) on enough pages: for the outer two
///   places at least half of the pages that have text and at least two, so that the odd and even
///   pages of a book may each carry their own header; for the third place more than half (all of
///   a two-page document), as a heading or label sits there more easily by chance.
/// - A line whose normalised text also occurs outside the margins of any page is content, never
///   furniture: a heading that opens many pages but also stands in the middle of one stays.
///
/// Time and memory are linear in the number of lines.
public enum PageFurniture {
    /// The outer non-blank lines at the top and at the bottom of a page that may be furniture.
    public static let edgeLines = 2
    /// The 1-based place, counted from the top or the bottom, of the one inner line that may be furniture.
    public static let innerLine = 3

    /// For each page (a list of lines), the indices of its lines that are page furniture.
    public static func furniture(in pages: [[String]]) -> [Set<Int>] {
        let zones = pages.map(zone)
        let textPages = pages.count { page in page.contains { !isBlank($0) } }
        guard textPages >= 2 else { return pages.map { _ in [] } }
        var pageCount: [String: Int] = [:]
        var lastPage: [String: Int] = [:]
        var body: Set<String> = []
        for (number, page) in pages.enumerated() {
            let inZone = Set(zones[number].map(\.index))
            for entry in zones[number] where lastPage[entry.key] != number {
                lastPage[entry.key] = number
                pageCount[entry.key, default: 0] += 1
            }
            for index in page.indices where !inZone.contains(index) && !isBlank(page[index]) {
                body.insert(normalised(page[index]))
            }
        }
        let atEdge = max(2, (textPages + 1) / 2)
        let inner = textPages == 2 ? 2 : textPages / 2 + 1
        return zones.map { entries in
            Set(
                entries.filter { entry in
                    guard !body.contains(entry.text), let count = pageCount[entry.key] else { return false }
                    return count >= (entry.isInner ? inner : atEdge)
                }.map(\.index))
        }
    }

    /// Lower-cased, whitespace collapsed, every run of digits replaced by `#`.
    public static func normalised(_ line: String) -> String {
        var result = ""
        var lastWasDigit = false
        for character in line.lowercased().collapsingWhitespace() {
            if character.isASCIIDigit {
                if !lastWasDigit { result.append("#") }
                lastWasDigit = true
            } else {
                result.append(character)
                lastWasDigit = false
            }
        }
        return result
    }

    private struct ZoneLine {
        var index: Int
        var text: String
        var key: String
        var isInner: Bool
    }

    /// The margin lines of a page with their keys: side, place and text. A line near both edges of
    /// a short page is listed once per side.
    private static func zone(_ page: [String]) -> [ZoneLine] {
        let nonBlank = page.indices.filter { !isBlank(page[$0]) }
        var lines: [ZoneLine] = []
        for (side, indices) in [("t", Array(nonBlank.prefix(innerLine))), ("b", nonBlank.suffix(innerLine).reversed())]
        {
            for (place, index) in indices.enumerated() {
                let text = normalised(page[index])
                let isInner = place >= edgeLines
                lines.append(ZoneLine(index: index, text: text, key: "\(side)\(place):" + text, isInner: isInner))
            }
        }
        return lines
    }

    private static func isBlank(_ line: String) -> Bool { line.allSatisfy(\.isWhitespace) }
}
