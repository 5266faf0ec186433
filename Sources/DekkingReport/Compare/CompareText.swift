import DekkingModel
import Foundation

/// The comparison as compact, aligned Dutch text for the terminal.
public enum CompareText {
    /// The text, ending in a newline: the two documents, counts per category, for two functions
    /// their overlap (``overlapLines(_:titleWidth:)``), then one line per competency (status and
    /// score in A and B, the difference in percentage points, the category).
    /// - Parameter width: the widest a competency title may be before it is shortened.
    public static func render(_ comparison: DocumentComparison, titleWidth width: Int = 44) -> String {
        var lines: [String] = []
        lines.append("A: \(describe(comparison.a))")
        lines.append("B: \(describe(comparison.b))")
        lines.append(comparison.levelsLine)
        if comparison.levelsDiffer {
            lines.append(
                "Let op: A en B zijn op verschillende niveaus beoordeeld; indicatoren van een niveau tellen alleen mee bij het document met dat niveau."
            )
        }
        lines.append("")
        let counts = comparison.categoryCounts
        let order: [ComparisonCategory] = [.onlyInA, .onlyInB, .strongerInA, .strongerInB, .inBoth, .inNeither]
        let labelWidth = order.map(\.label.count).max() ?? 0
        for category in order {
            let label = category.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            let ids = comparison.competencies(in: category).map(\.id).joined(separator: " ")
            let line = "  \(label)  \(pad(String(counts[category] ?? 0), 2, left: true))  \(ids)"
            lines.append(ids.isEmpty ? String(line.dropLast(2)) : line)
        }
        lines += overlapLines(comparison, titleWidth: width)
        lines.append("")
        lines.append(
            "  \(pad("", 5)) \(pad("competentie", width))  \(pad("A", 16))  \(pad("B", 16))  \(pad("B−A", 5, left: true))  categorie"
        )
        var cluster = ""
        for competency in comparison.competencies {
            if competency.clusterID != cluster {
                cluster = competency.clusterID
                lines.append("")
            }
            let title =
                competency.title.count > width ? String(competency.title.prefix(width - 1)) + "…" : competency.title
            lines.append(
                "  \(pad(competency.id, 5)) \(pad(title, width))  \(pad(side(competency.a), 16))  \(pad(side(competency.b), 16))  "
                    + "\(pad(points(competency.difference), 5, left: true))  \(competency.category.label)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ document: DocumentCoverage) -> String {
        let title = document.title.isEmpty ? "" : " – \(document.title)"
        return "\(document.id)\(title) (\(document.kind.rawValue), \(document.levelsText))"
    }

    static func side(_ side: DocumentComparison.Side) -> String {
        "\(side.status.statusSymbol) \(pad("\(Int((side.score * 100).rounded()))%", 4, left: true)) \(side.status.label)"
    }

    private static func points(_ difference: Double) -> String {
        let value = Int((difference * 100).rounded())
        return value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0"
    }

    static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let count = text.count
        guard count < width else { return text }
        let fill = String(repeating: " ", count: width - count)
        return left ? fill + text : text + fill
    }
}
