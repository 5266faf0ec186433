import DekkingCore
import DekkingModel

extension CompareText {
    /// The overlap of two functions for the terminal: how much each shares with the other, then
    /// per direction the competencies to learn (status and score on both sides) with the ids of
    /// the indicators to learn. Nothing unless both documents describe a function.
    static func overlapLines(_ comparison: DocumentComparison, titleWidth width: Int) -> [String] {
        guard let overlap = FunctionOverlap(comparison) else { return [] }
        var lines = [
            "", "Overlap tussen de functies (personele mobiliteit)", "  \(overlap.sharing("A"))",
            "  \(overlap.sharing("B"))",
        ]
        for (from, to, learning) in [("A", "B", overlap.fromAToB), ("B", "A", overlap.fromBToA)] {
            lines += ["", FunctionOverlap.heading(from: from, to: to) + ":"]
            if learning.isEmpty {
                lines.append("  \(FunctionOverlap.nothingToLearn(from: from, to: to))")
                continue
            }
            for item in learning {
                let competency = item.competency
                let title =
                    competency.title.count > width ? String(competency.title.prefix(width - 1)) + "…" : competency.title
                let (target, origin) = to == "B" ? (competency.b, competency.a) : (competency.a, competency.b)
                var line =
                    "  \(pad(competency.id, 5)) \(pad(title, width))  \(to) \(pad(side(target), 16))  \(from) \(side(origin))"
                if !item.indicators.isEmpty {
                    line += "  · indicatoren: " + item.indicators.map(\.id).joined(separator: ", ")
                }
                lines.append(line)
            }
        }
        return lines
    }
}

extension FunctionOverlap {
    /// `Wat iemand moet leren die van A naar B overstapt (wat B het sterkst vraagt eerst)`.
    public static func heading(from: String, to: String) -> String {
        "Wat iemand moet leren die van \(from) naar \(to) overstapt (wat \(to) het sterkst vraagt eerst)"
    }

    /// The line for a direction with nothing to learn.
    public static func nothingToLearn(from: String, to: String) -> String {
        "Niets: elke competentie die \(to) dekt, dekt \(from) ook."
    }
}
