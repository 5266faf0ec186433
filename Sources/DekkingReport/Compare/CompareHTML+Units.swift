import DekkingModel

extension CompareHTML {
    /// "Per eenheid" when either document has units (``UnitComparison``): B's passages with
    /// competencies no unit of A carries (`li[data-task]`), then the units paired
    /// (`tr[data-pair]`). Empty when neither has units.
    static func units(_ comparison: DocumentComparison) -> String {
        guard let units = UnitComparison(comparison), !units.tasks.isEmpty || !units.pairs.isEmpty else { return "" }
        let titles = Dictionary(
            comparison.competencies.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let named = { (ids: [String]) in
            ids.map { "\($0) \(titles[$0] ?? "")" }.joined(separator: "; ")
        }
        var html = "<section class=\"card\" id=\"units\" aria-labelledby=\"units-title\">\n"
        html += "<h2 id=\"units-title\">Per eenheid</h2>\n"
        if !units.tasks.isEmpty {
            html += "<h3>Passages van B met competenties waarop A niet voorbereidt</h3>\n"
            html +=
                "<p class=\"muted small\">Geen eenheid van A draagt deze competenties en A als geheel dekt ze niet.</p>\n"
            html += "<ul class=\"tasks\">\n"
            for (index, task) in units.tasks.enumerated() {
                html += "<li data-task=\"\(index + 1)\"><p class=\"where\">\(HTML.escape(task.place))</p>"
                html += "<blockquote class=\"passage\">\(HTML.escape(task.text))</blockquote>"
                html += "<p class=\"small\">\(HTML.escape(named(task.competencies)))</p></li>\n"
            }
            html += "</ul>\n"
        }
        if !units.pairs.isEmpty {
            html += "<h3>Eenheid voor eenheid (A → B)</h3>\n"
            html += "<table class=\"pairs\"><thead><tr><th scope=\"col\">A</th><th scope=\"col\">B</th>"
            html += "<th scope=\"col\">Draagt nu ook</th><th scope=\"col\">Draagt niet meer</th></tr></thead><tbody>\n"
            for pair in units.pairs {
                let key = pair.b?.id ?? pair.a?.id ?? ""
                html += "<tr data-pair=\"\(HTML.escape(key))\">"
                html += "<td>\(pair.a.map { HTML.escape($0.title) } ?? "<em>nieuw in B</em>")</td>"
                html += "<td>\(pair.b.map { HTML.escape($0.title) } ?? "<em>alleen in A</em>")</td>"
                html += "<td>\(HTML.escape(named(pair.gained)))</td>"
                html += "<td>\(HTML.escape(named(pair.lost)))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        return html + "</section>\n"
    }
}
