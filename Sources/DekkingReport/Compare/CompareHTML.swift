import DekkingCore
import DekkingModel
import Foundation

/// `compare.html`: two documents side by side, self-contained like report.html (inline style and
/// a small script, no network), in Dutch.
///
/// One foldable row per competency (`details.comp[data-competency][data-category]`) shows the
/// status in A and B, the difference and the category; unfolded, every indicator shows both
/// documents' status, score, override and evidence passages with the matched words marked.
public enum CompareHTML {
    /// Renders the page. The same comparison and tool version always give the same text.
    /// - Parameters:
    ///   - comparison: the comparison, with both documents' evidence.
    ///   - toolVersion: the Dekking version, shown in the footer.
    public static func render(_ comparison: DocumentComparison, toolVersion: String) -> String {
        var html = header(comparison)
        html += "<main>\n"
        html += summary(comparison)
        html += overlap(comparison)
        html += units(comparison)
        html += "<section id=\"comparison\" aria-label=\"Vergelijking per competentie\">\n"
        html +=
            "<div class=\"comp-head\" aria-hidden=\"true\"><span>Competentie</span><span>A</span><span>B</span><span>B − A</span><span>Categorie</span></div>\n"
        var cluster = ""
        for competency in comparison.competencies {
            if competency.clusterID != cluster {
                cluster = competency.clusterID
                html +=
                    "<h2 class=\"cluster-title\" data-cluster=\"\(HTML.escape(cluster))\">Cluster \(HTML.escape(cluster)) · \(HTML.escape(competency.clusterTitle))</h2>\n"
            }
            html += row(competency, comparison: comparison)
        }
        html += "</section>\n</main>\n"
        html += """
            <footer>Gemaakt met Dekking \(HTML.escape(toolVersion)), kader \(HTML.escape(comparison.framework.id)) \
            versie \(HTML.escape(comparison.framework.version)). Alles is op uw eigen computer berekend; dit bestand haalt \
            niets van internet op.</footer>
            <script>\(script)</script>

            """
        return HTML.page(
            title: "Vergelijking – \(name(comparison.a)) en \(name(comparison.b))", toolVersion: toolVersion,
            styles: HTMLReport.baseStyles + styles, body: html)
    }

    private static func name(_ document: DocumentCoverage) -> String {
        document.title.isEmpty ? document.id : document.title
    }

    private static func header(_ comparison: DocumentComparison) -> String {
        var html = "<header class=\"page-head\">\n<p class=\"eyebrow\">Vergelijking</p>\n"
        html +=
            "<h1>\(HTML.escape(name(comparison.a))) <span class=\"muted\">en</span> \(HTML.escape(name(comparison.b)))</h1>\n"
        html +=
            "<p class=\"sub\">\(HTML.escape(comparison.framework.title)), versie \(HTML.escape(comparison.framework.version))</p>\n"
        html += "<div class=\"pair\">\n"
        for (letter, document) in [("A", comparison.a), ("B", comparison.b)] {
            let covered = document.competencies.filter { $0.status == .covered }.count
            let partial = document.competencies.filter { $0.status == .partial }.count
            let gaps = document.competencies.count - covered - partial
            html += "<article class=\"doc-card\" data-side=\"\(letter)\"><span class=\"letter\">\(letter)</span><div>"
            html += "<h2>\(HTML.escape(name(document)))</h2>"
            html +=
                "<p class=\"meta\">\(DutchLabels.kind(document.kind)) · \(HTML.escape(document.levelsText)) · <code>\(HTML.escape(document.path))</code></p>"
            html +=
                "<p class=\"meta\">● \(covered) gedekt · ◐ \(partial) deels · ○ \(gaps) ontbreekt</p></div></article>\n"
        }
        html += "</div>\n"
        html += "<p class=\"levels\">\(HTML.escape(comparison.levelsLine))</p>\n"
        if comparison.levelsDiffer {
            html +=
                "<p class=\"warn\">Let op: A en B zijn op verschillende niveaus beoordeeld. Competenties zijn goed te vergelijken, "
            html +=
                "maar een indicator telt alleen mee bij het document met dat niveau. Kies één niveau met <code>--level</code> voor een vergelijking per indicator.</p>\n"
        }
        html += "</header>\n"
        return html
    }

    private static let explanations: [ComparisonCategory: String] = [
        .onlyInA: "A beschrijft het (gedekt of deels), B niet.",
        .onlyInB:
            "B beschrijft het, A niet. Bij opleiding (A) en functie (B): wat de functie vraagt en de opleiding niet dekt.",
        .strongerInA: "Beide beschrijven het, A duidelijker.",
        .strongerInB: "Beide beschrijven het, B duidelijker.",
        .inBoth: "Beide beschrijven het even duidelijk.",
        .inNeither: "Geen van beide beschrijft het.",
    ]

    private static func summary(_ comparison: DocumentComparison) -> String {
        let counts = comparison.categoryCounts
        var html =
            "<section class=\"card\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Samenvatting</h2>\n<div class=\"cats\">\n"
        for category in [ComparisonCategory.onlyInA, .onlyInB, .strongerInA, .strongerInB, .inBoth, .inNeither] {
            html +=
                "<button type=\"button\" class=\"cat cat-\(category.rawValue)\" data-category=\"\(category.rawValue)\" aria-pressed=\"false\">"
            html +=
                "<span class=\"count\">\(counts[category] ?? 0)</span><span class=\"cat-label\">\(category.label)</span>"
            html += "<span class=\"cat-help\">\(HTML.escape(explanations[category] ?? ""))</span></button>\n"
        }
        html +=
            "</div>\n<p class=\"muted small no-print\">Kies een categorie om alleen die competenties te tonen; kies nog eens om alles te tonen. "
        html += "Klik op een competentie voor de indicatoren en de passages uit beide documenten. "
        html +=
            "Statussen: ● gedekt, ◐ deels, ○ ontbreekt; het verschil is de score van B min die van A, in procentpunten.</p>\n"
        html += "<p class=\"no-print\"><button type=\"button\" class=\"btn\" id=\"open-all\">Alles uitklappen</button> "
        html += "<button type=\"button\" class=\"btn\" id=\"close-all\">Alles inklappen</button></p>\n</section>\n"
        return html
    }

    private static func badge(_ side: DocumentComparison.Side?) -> String {
        guard let side else { return "<span class=\"badge na\">niet beoordeeld</span>" }
        return
            "<span class=\"badge \(side.status.statusClass)\">\(side.status.statusSymbol) \(side.status.label) · \(HTML.percent(side.score))</span>"
    }

    private static func points(_ difference: Double) -> String {
        let value = Int((difference * 100).rounded())
        return value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0"
    }

    private static func row(_ competency: DocumentComparison.CompetencyComparison, comparison: DocumentComparison)
        -> String
    {
        let category = competency.category
        var html =
            "<details class=\"comp\" data-competency=\"\(HTML.escape(competency.id))\" data-category=\"\(category.rawValue)\">\n"
        html +=
            "<summary><span class=\"title\"><span class=\"cid\">\(HTML.escape(competency.id))</span> \(HTML.escape(competency.title))</span>"
        html +=
            "<span class=\"side\" data-side=\"A\">\(badge(competency.a))</span><span class=\"side\" data-side=\"B\">\(badge(competency.b))</span>"
        html += "<span class=\"diff\">\(points(competency.difference))</span>"
        html += "<span class=\"chip cat-\(category.rawValue)\">\(category.label)</span></summary>\n"
        html += "<div class=\"indicators\">\n"
        let inA = comparison.a.competency(competency.id)
        let inB = comparison.b.competency(competency.id)
        for indicator in competency.indicators {
            html +=
                "<div class=\"indicator\" data-indicator=\"\(HTML.escape(indicator.id))\" data-category=\"\(indicator.category.rawValue)\">\n"
            html +=
                "<p class=\"indicator-text\"><code>\(HTML.escape(indicator.id))</code> \(HTML.escape(indicator.text)) "
            html +=
                "<span class=\"chip cat-\(indicator.category.rawValue)\">\(indicator.category.label)</span></p>\n<div class=\"sides\">\n"
            for (letter, coverage, side) in [("A", inA, indicator.a), ("B", inB, indicator.b)] {
                html +=
                    "<div class=\"side-col\" data-side=\"\(letter)\"><p><span class=\"letter small-letter\">\(letter)</span> \(badge(side))</p>"
                if let found = coverage?.indicators.first(where: { $0.id == indicator.id }) {
                    if let decision = found.override {
                        html +=
                            "<p class=\"override\">✎ Handmatig \(DutchLabels.override(decision))\(found.overrideNote.map { ": " + HTML.escape($0) } ?? "")</p>"
                    }
                    for evidence in found.evidence {
                        html += evidenceHTML(evidence)
                    }
                    if found.evidence.isEmpty { html += "<p class=\"muted small\">Geen passage gevonden.</p>" }
                }
                html += "</div>\n"
            }
            html += "</div>\n</div>\n"
        }
        html += "</div>\n</details>\n"
        return html
    }

    private static func evidenceHTML(_ evidence: Evidence) -> String {
        var place = EvidencePlace(evidence).parts.map { part in
            if case .code(let code) = part { "<code>\(HTML.escape(code))</code>" } else { HTML.escape(part.text) }
        }
        place.append("sterkte \(HTML.percent(evidence.score))")
        return
            "<p class=\"where\">\(place.joined(separator: " · "))</p><blockquote>\(HTML.highlight(evidence.text, terms: evidence.matchedTerms))</blockquote>"
    }
}
