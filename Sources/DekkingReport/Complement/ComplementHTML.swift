import DekkingFramework
import DekkingModel
import Foundation

/// `aanvulling.html`: the plan of `dekking complement` as one self-contained page (inline style,
/// no script, no network), in Dutch, in the style of compare.html.
///
/// The fixed text is the template `complement.html`; each chosen candidate is a foldable
/// `details.choice[data-candidate]` (the best `top` unfolded) listing, per competency, the
/// indicators it adds with the candidate's passage, the matched words marked.
public enum ComplementHTML {
    /// Renders the page. The same plan, framework, `top` and version always give the same text.
    public static func render(_ plan: ComplementPlan, framework: Framework, top: Int, toolVersion: String) -> String {
        let body = template.render([
            "target": HTML.escape(name(plan.target)),
            "framework": HTML.escape("\(framework.title), versie \(framework.version)"),
            "targetMeta": meta(plan.target),
            "summary": HTML.escape(ComplementWording.summary(plan, top: top)),
            "gaps": HTML.escape(ComplementWording.gapsLine(plan)),
            "weights": HTML.escape(
                "gewicht \(ComplementWording.number(plan.weights.gap)) bij ontbreekt, \(ComplementWording.number(plan.weights.partial)) bij deels, \(ComplementWording.number(plan.weights.covered)) bij gedekt"
            ),
            "ranking": ranking(plan, top: top),
            "choices": plan.chosen.isEmpty
                ? "<p class=\"muted\">Geen van de kandidaten dicht een hiaat van het doel.</p>\n"
                : plan.chosen.enumerated().map { choice($1, rank: $0 + 1, top: top, framework: framework) }.joined(),
            "rest": rest(plan, framework: framework),
            "toolVersion": HTML.escape(toolVersion),
            "frameworkID": HTML.escape(framework.id),
            "frameworkVersion": HTML.escape(framework.version),
        ])
        return HTML.page(
            title: "Aanvullen – \(name(plan.target))", toolVersion: toolVersion,
            styles: HTMLReport.baseStyles + HTMLAssets.complementCSS, body: body)
    }

    static let template = Template(HTMLAssets.complementHTML)

    private static func name(_ document: DocumentCoverage) -> String {
        document.title.isEmpty ? document.id : document.title
    }

    private static func meta(_ document: DocumentCoverage) -> String {
        "\(DutchLabels.kind(document.kind)) · \(HTML.escape(document.levelsText)) · <code>\(HTML.escape(document.path))</code>"
    }

    /// The cover in one list: each choice, what it adds and the total so far, linked to its details.
    private static func ranking(_ plan: ComplementPlan, top: Int) -> String {
        guard !plan.chosen.isEmpty else { return "" }
        var html = "<ol class=\"ranking\">\n"
        for (index, choice) in plan.chosen.enumerated() {
            let coverage = choice.candidate.coverage
            html += "<li\(index < top ? " class=\"top\"" : "")><a href=\"#kandidaat-\(HTML.escape(coverage.id))\">"
            html += "\(HTML.escape(name(coverage)))</a> \(HTML.escape(ComplementWording.gain(choice)))"
            html += " <span class=\"muted\">samen \(choice.closedSoFar)</span></li>\n"
        }
        return html + "</ol>\n"
    }

    private static func choice(_ choice: ComplementPlan.Choice, rank: Int?, top: Int, framework: Framework) -> String {
        let coverage = choice.candidate.coverage
        let open = rank.map { $0 <= top } ?? false
        var html =
            "<details class=\"choice\(open ? " top" : "")\" id=\"kandidaat-\(HTML.escape(coverage.id))\" data-candidate=\"\(HTML.escape(coverage.id))\"\(open ? " open" : "")>\n"
        html += "<summary><span class=\"rank\">\(rank.map(String.init) ?? "–")</span>"
        html += "<span class=\"name\">\(HTML.escape(name(coverage)))"
        html +=
            "<span class=\"meta\">\(DutchLabels.kind(coverage.kind)) · niveau \(HTML.escape(choice.candidate.ownLevel?.rawValue ?? "onbekend")) · <code>\(HTML.escape(coverage.path))</code></span></span>"
        html += "<span class=\"gain\">\(HTML.escape(ComplementWording.gain(choice)))"
        if rank != nil { html += "<span class=\"meta\">samen met de vorige: \(choice.closedSoFar)</span>" }
        html += "</span></summary>\n<div class=\"additions\">\n"
        if let note = ComplementWording.levelNote(choice.candidate) {
            html += "<p class=\"note\">\(HTML.escape(note))</p>\n"
        }
        let texts = Dictionary(framework.indicators.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        for (id, additions) in choice.competencies {
            html +=
                "<h3><code>\(HTML.escape(id))</code> \(HTML.escape(framework.competency(id)?.title ?? ""))</h3>\n"
            for addition in additions {
                let gap = addition.gap
                html += "<div class=\"addition\" data-indicator=\"\(HTML.escape(gap.indicatorID))\">\n"
                html +=
                    "<p><code>\(HTML.escape(gap.indicatorID))</code> \(HTML.escape(texts[gap.indicatorID] ?? "")) "
                html +=
                    "<span class=\"badge \(gap.status.statusClass)\">in het doel: \(gap.status.statusSymbol) \(gap.status.label)</span></p>\n"
                if let evidence = addition.evidence {
                    var place = EvidencePlace(evidence).parts.map { part in
                        if case .code(let code) = part {
                            "<code>\(HTML.escape(code))</code>"
                        } else {
                            HTML.escape(part.text)
                        }
                    }
                    place.append("sterkte \(HTML.percent(evidence.score))")
                    html += "<p class=\"where\">\(place.joined(separator: " · "))</p>"
                    html += "<blockquote>\(HTML.highlight(evidence.text, terms: evidence.matchedTerms))</blockquote>\n"
                } else {
                    html += "<p class=\"muted small\">Gedekt door een beslissing van een gebruiker; geen passage.</p>\n"
                }
                html += "</div>\n"
            }
        }
        html += "</div>\n</details>\n"
        return html
    }

    private static func rest(_ plan: ComplementPlan, framework: Framework) -> String {
        var html = ""
        if !plan.unused.isEmpty {
            html += "<section class=\"card\" id=\"unused\" aria-labelledby=\"unused-title\">\n"
            html +=
                "<h2 id=\"unused-title\">Dichten geen hiaat dat de keuzes hierboven openlieten</h2>\n<ul class=\"plain-list\">\n"
            for candidate in plan.unused {
                html += "<li>\(HTML.escape(ComplementWording.candidate(candidate)))</li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        if !plan.otherLevel.isEmpty {
            html += "<section id=\"other-level\" aria-labelledby=\"other-level-title\">\n"
            html += "<h2 id=\"other-level-title\">Op een ander niveau</h2>\n"
            html += "<p class=\"muted small\">\(HTML.escape(ComplementWording.otherLevelHeading(plan)))</p>\n"
            html += plan.otherLevel.map { choice($0, rank: nil, top: 0, framework: framework) }.joined()
            html += "</section>\n"
        }
        return html
    }
}
