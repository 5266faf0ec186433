import DekkingCore
import DekkingModel

extension GapsMarkdown {
    /// The part of a document's section about its units: per unit what it carries; the
    /// competencies that rest on one unit only and those no unit carries; for a functieboek each
    /// function's level reading and, per function family, what distinguishes its functions.
    static func unitLines(_ document: DocumentCoverage, lookup: ReportLookup) -> [String] {
        guard let matrix = UnitMatrix(document, lookup: lookup) else { return [] }
        let noun = DutchLabels.unitNoun(matrix.units[0].kind, plural: true)
        let one = DutchLabels.unitNoun(matrix.units[0].kind, plural: false)
        var lines = [
            "",
            "### Per \(one)",
            "",
            "Dit document heeft \(matrix.units.count) \(noun). Elke \(one) is ook apart gemeten, op haar eigen tekst; "
                + "een \(one) draagt een competentie als die daarin gedekt is.",
            "",
        ]
        for unit in matrix.units {
            let carried = matrix.competencyIDs.filter { unit.competency($0)?.status == .covered }
            let partial = matrix.competencyIDs.filter { unit.competency($0)?.status == .partial }
            var line = "- **\(MarkdownText.escape(unit.title))** (\(MarkdownText.codeSpan(unit.id))"
            let facts = DutchLabels.unitFacts(unit)
            if !facts.isEmpty { line += "; \(MarkdownText.escape(facts))" }
            line += "): "
            line += carried.isEmpty ? "draagt geen competentie" : "draagt \(carried.joined(separator: ", "))"
            if !partial.isEmpty { line += "; deels \(partial.joined(separator: ", "))" }
            lines.append(line + ".")
        }
        let single = matrix.singleCarrier
        lines += ["", "**Rust op één \(one):** "]
        if single.isEmpty {
            lines[lines.count - 1] += "geen competentie."
        } else {
            lines[lines.count - 1] += "kwetsbaar, want valt die \(one) weg, dan is de competentie niet meer gedekt."
            lines.append("")
            for (competency, unitID) in single {
                let title = MarkdownText.escape(lookup.competencyTitle(competency))
                let unit = matrix.unit(unitID).map { MarkdownText.escape($0.title) } ?? unitID
                lines.append("- \(MarkdownText.escape(competency)) \(title) — alleen in \(unit)")
            }
        }
        let none = matrix.uncarried
        lines += ["", "**Door geen enkele \(one) gedragen:** \(none.isEmpty ? "geen." : "")"]
        if !none.isEmpty {
            lines.append("")
            for competency in none {
                var line =
                    "- \(MarkdownText.escape(competency)) \(MarkdownText.escape(lookup.competencyTitle(competency)))"
                let partly = matrix.partial[competency, default: []].compactMap { matrix.unit($0)?.title }
                if !partly.isEmpty { line += " (deels in \(partly.map(MarkdownText.escape).joined(separator: ", ")))" }
                lines.append(line)
            }
        }
        for (group, functions) in matrix.familyDistinctions {
            lines += ["", "**Verschillen binnen \(MarkdownText.escape(group)):**", ""]
            for (unit, own) in functions {
                let what = own.isEmpty ? "niets wat de andere functies niet ook vragen" : own.joined(separator: ", ")
                lines.append("- \(MarkdownText.escape(unit.title)): alleen deze functie vraagt \(what)")
            }
        }
        return lines
    }
}
