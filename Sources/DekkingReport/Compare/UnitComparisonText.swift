import DekkingModel

/// The unit comparison for the terminal and for `compare-eenheden.csv`.
public enum UnitComparisonText {
    /// Dutch text, ending in a newline; empty when there is nothing to say.
    public static func render(_ comparison: UnitComparison) -> String {
        var lines: [String] = []
        if !comparison.tasks.isEmpty {
            lines += ["", "Passages van B met competenties waarop A niet voorbereidt (geen eenheid van A draagt ze):"]
            for task in comparison.tasks {
                lines.append("  \(task.competencies.joined(separator: ", ")) · \(task.place)")
                lines.append("      \(task.text.count > 110 ? String(task.text.prefix(109)) + "…" : task.text)")
            }
        }
        if !comparison.pairs.isEmpty {
            lines += ["", "Per eenheid (A → B):"]
            for pair in comparison.pairs {
                let name = pair.b.map { "\($0.title) (\($0.id))" } ?? pair.a.map { "\($0.title) (\($0.id))" } ?? ""
                let state =
                    pair.a == nil ? "nieuw in B" : pair.b == nil ? "alleen in A" : changes(pair)
                lines.append("  \(name): \(state)")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private static func changes(_ pair: UnitComparison.Pair) -> String {
        var parts: [String] = []
        if !pair.gained.isEmpty { parts.append("draagt nu ook \(pair.gained.joined(separator: ", "))") }
        if !pair.lost.isEmpty { parts.append("draagt niet meer \(pair.lost.joined(separator: ", "))") }
        return parts.isEmpty ? "draagt dezelfde competenties" : parts.joined(separator: "; ")
    }

    /// The header of `compare-eenheden.csv`.
    public static let columns = [
        "row_type", "a_unit", "a_title", "b_unit", "b_title", "competencies", "place", "text",
    ]

    /// `compare-eenheden.csv`: a `task` row per passage of B that A does not prepare for, then a
    /// `gained`/`lost`/`new`/`gone`/`same` row per unit pair; RFC 4180, formulas neutralised.
    public static func csv(_ comparison: UnitComparison) -> String {
        let text = SpreadsheetText.neutralised
        var rows: [[String]] = [columns]
        for task in comparison.tasks {
            rows.append([
                "task", "", "", text(task.unit ?? ""), "", task.competencies.joined(separator: " "), text(task.place),
                text(task.text),
            ])
        }
        for pair in comparison.pairs {
            let sides = [
                text(pair.a?.id ?? ""), text(pair.a?.title ?? ""), text(pair.b?.id ?? ""), text(pair.b?.title ?? ""),
            ]
            if pair.a == nil {
                rows.append(["new"] + sides + [pair.gained.joined(separator: " "), "", ""])
            } else if pair.b == nil {
                rows.append(["gone"] + sides + [pair.lost.joined(separator: " "), "", ""])
            } else if pair.gained.isEmpty && pair.lost.isEmpty {
                rows.append(["same"] + sides + ["", "", ""])
            } else {
                if !pair.gained.isEmpty {
                    rows.append(["gained"] + sides + [pair.gained.joined(separator: " "), "", ""])
                }
                if !pair.lost.isEmpty { rows.append(["lost"] + sides + [pair.lost.joined(separator: " "), "", ""]) }
            }
        }
        return rows.map { $0.map(CompareCSV.field).joined(separator: ",") }.map { $0 + "\r\n" }.joined()
    }
}
