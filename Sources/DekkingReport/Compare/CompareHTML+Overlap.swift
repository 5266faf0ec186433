import DekkingCore
import DekkingModel

extension CompareHTML {
    /// "Overlap tussen de functies" for two functions (``FunctionOverlap``), right after the
    /// summary: how much each shares with the other, and per direction the competencies to learn
    /// (`li[data-competency]`) with their indicators to learn (`li[data-indicator]`, with text).
    /// Empty unless both documents describe a function.
    static func overlap(_ comparison: DocumentComparison) -> String {
        guard let overlap = FunctionOverlap(comparison) else { return "" }
        var html =
            "<section class=\"card\" id=\"overlap\" aria-labelledby=\"overlap-title\">\n<h2 id=\"overlap-title\">Overlap tussen de functies</h2>\n"
        html +=
            "<p>\(HTML.escape(overlap.sharing("A")))<br>\(HTML.escape(overlap.sharing("B")))</p>\n"
        html +=
            "<p class=\"muted small\">Voor personele mobiliteit: gedekt betekent dat de functie de competentie duidelijk beschrijft. "
        html += "Hieronder per richting wat de ene functie vraagt en de andere niet (helemaal) dekt.</p>\n"
        for (from, to, learning) in [("A", "B", overlap.fromAToB), ("B", "A", overlap.fromBToA)] {
            html +=
                "<h3 data-direction=\"\(from)\(to)\">\(HTML.escape(FunctionOverlap.heading(from: from, to: to)))</h3>\n"
            if learning.isEmpty {
                html += "<p>\(HTML.escape(FunctionOverlap.nothingToLearn(from: from, to: to)))</p>\n"
                continue
            }
            html += "<ul class=\"learn\" data-direction=\"\(from)\(to)\">\n"
            for item in learning {
                let competency = item.competency
                let (target, origin) = to == "B" ? (competency.b, competency.a) : (competency.a, competency.b)
                html +=
                    "<li data-competency=\"\(HTML.escape(competency.id))\"><span class=\"cid\">\(HTML.escape(competency.id))</span> "
                html += "<strong>\(HTML.escape(competency.title))</strong> "
                html += "<span class=\"muted small\">\(to): \(sideText(target)), \(from): \(sideText(origin))</span>"
                if !item.indicators.isEmpty {
                    html += "<ul>"
                    for indicator in item.indicators {
                        html +=
                            "<li data-indicator=\"\(HTML.escape(indicator.id))\"><code>\(HTML.escape(indicator.id))</code> \(HTML.escape(indicator.text))</li>"
                    }
                    html += "</ul>"
                }
                html += "</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }

    /// `gedekt 78%`.
    private static func sideText(_ side: DocumentComparison.Side) -> String {
        "\(side.status.statusSymbol) \(side.status.label) \(HTML.percent(side.score))"
    }
}
