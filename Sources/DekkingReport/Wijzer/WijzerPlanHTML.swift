import DekkingCore
import DekkingFramework
import DekkingModel

/// The ontwikkelplan page of `dekking wijzer compare`: per competency the function asks, in the
/// order of the function's emphasis, the indicators to work on with the current rating, the next
/// step and the professional's example. Self-contained like report.html.
public enum WijzerPlanHTML {
    /// Renders the page for `plan` of `framework`; the same plan always gives the same text.
    public static func render(_ plan: WijzerPlan, framework: Framework, toolVersion: String) -> String {
        var html = "<section class=\"card\" aria-labelledby=\"samenvatting-titel\">\n"
        html += "<h2 id=\"samenvatting-titel\">Samenvatting</h2>\n<p>\(HTML.escape(WijzerPlanText.summary(plan)))</p>\n"
        html +=
            "<p class=\"small muted\">De functie vraagt een competentie als Dekking die in de functiebeschrijving gedekt of deels vindt. De volgorde is die van de nadruk in de functie (haar score), de hoogste eerst. Per competentie staan de indicatoren die u lager dan 'beheers ik' beoordeelde of niet invulde.</p>\n"
        html += "</section>\n<section aria-labelledby=\"plan-titel\">\n<h2 id=\"plan-titel\">Ontwikkelplan</h2>\n"
        if plan.items.isEmpty {
            html += "<p>U beheerst alles wat deze functie vraagt.</p>\n"
        }
        for (number, item) in plan.items.enumerated() {
            html += "<article class=\"card plan-item\" data-competency=\"\(HTML.escape(item.competency))\">\n"
            html +=
                "<h3>\(number + 1). <span class=\"cid\">\(HTML.escape(item.competency))</span>\(HTML.escape(item.title))</h3>\n"
            html +=
                "<p><span class=\"badge \(item.functionStatus.statusClass)\"><span aria-hidden=\"true\">\(item.functionStatus.statusSymbol)</span> \(item.functionStatus.label) in de functie, \(HTML.percent(item.functionScore))</span></p>\n<ol>"
            for step in item.steps {
                html += "<li data-indicator=\"\(HTML.escape(step.indicator))\">\(HTML.escape(step.text))"
                html +=
                    "<span class=\"step-meta\"><code>\(HTML.escape(step.indicator))</code> · nu: \(step.rating?.label ?? "niet ingevuld") · volgende stap: \(step.target.label)</span>"
                if let example = step.example {
                    html += "<span class=\"step-meta\">Uw voorbeeld: \(HTML.escape(example))</span>"
                }
                html += "</li>"
            }
            html += "</ol>\n</article>\n"
        }
        html += "</section>\n"
        if !plan.mastered.isEmpty {
            html +=
                "<section aria-labelledby=\"al-titel\">\n<h2 id=\"al-titel\">Wat u al beheerst van deze functie</h2>\n<ul>"
            for id in plan.mastered {
                html +=
                    "<li data-competency=\"\(HTML.escape(id))\"><span class=\"cid\">\(HTML.escape(id))</span> \(HTML.escape(framework.competency(id)?.title ?? ""))</li>"
            }
            html += "</ul>\n</section>\n"
        }
        return WijzerReportPage.render(
            eyebrow: "Ontwikkelplan", title: "Ontwikkelplan van \(plan.name) voor \(plan.function)",
            subtitle: "\(framework.title), versie \(framework.version); niveau \(plan.level.rawValue)",
            sections: html, framework: framework, toolVersion: toolVersion)
    }
}
