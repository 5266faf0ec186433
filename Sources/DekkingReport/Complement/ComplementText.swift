import DekkingFramework
import DekkingModel
import Foundation

/// The plan of `dekking complement` as Dutch text for the terminal: the target's gaps, the
/// sentence "De beste N samen dichten X van de Y hiaten", then each chosen candidate with the
/// competencies and indicators it adds and a passage of the candidate for each.
public enum ComplementText {
    /// The text, ending in a newline.
    /// - Parameters:
    ///   - top: how many choices the summary sentence counts.
    ///   - passages: the longest a quoted passage may be, in characters.
    public static func render(_ plan: ComplementPlan, framework: Framework, top: Int, passages: Int = 160) -> String {
        var lines: [String] = []
        lines.append("Aanvullen: \(ComplementWording.document(plan.target))")
        lines.append(ComplementWording.gapsLine(plan))
        lines.append("")
        lines.append(ComplementWording.summary(plan, top: top))
        for (index, choice) in plan.chosen.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(ComplementWording.candidate(choice.candidate))")
            lines.append("   \(ComplementWording.gain(choice)); samen met de vorige: \(choice.closedSoFar)")
            if let note = ComplementWording.levelNote(choice.candidate) { lines.append("   \(note)") }
            for (id, additions) in choice.competencies {
                let title = framework.competency(id)?.title ?? ""
                lines.append("   \(id) \(Excerpt.of(title, limit: 90)) (\(additions.count))")
                for addition in additions {
                    let text = framework.indicators.first { $0.id == addition.gap.indicatorID }?.text ?? ""
                    lines.append("     \(addition.gap.indicatorID)  \(Excerpt.of(text, limit: 90))")
                    if let evidence = addition.evidence {
                        let place = EvidencePlace.reference(to: evidence).map { " (\($0))" } ?? ""
                        lines.append("       «\(Excerpt.of(evidence.text, limit: passages))»\(place)")
                    }
                }
            }
        }
        if !plan.unused.isEmpty {
            lines.append("")
            lines.append(
                "Dichten geen hiaat dat de keuzes hierboven openlieten: "
                    + plan.unused.map(\.coverage.id).joined(separator: ", "))
        }
        if !plan.otherLevel.isEmpty {
            lines.append("")
            lines.append(ComplementWording.otherLevelHeading(plan))
            for choice in plan.otherLevel {
                lines.append("  \(ComplementWording.candidate(choice.candidate)): \(ComplementWording.gain(choice))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The sentences the terminal text, the HTML page and the CSV share.
enum ComplementWording {
    /// "id – titel (soort, niveau)".
    static func document(_ document: DocumentCoverage) -> String {
        let title = document.title.isEmpty || document.title == document.id ? "" : " – \(document.title)"
        return "\(document.id)\(title) (\(DutchLabels.kind(document.kind).lowercased()), \(document.levelsText))"
    }

    /// "id – titel (soort, niveau N)" of a candidate, with the level it is written for.
    static func candidate(_ candidate: ComplementPlan.Candidate) -> String {
        let document = candidate.coverage
        let title = document.title.isEmpty || document.title == document.id ? "" : " – \(document.title)"
        let level = candidate.ownLevel.map { "niveau \($0.rawValue)" } ?? "niveau onbekend"
        return "\(document.id)\(title) (\(DutchLabels.kind(document.kind).lowercased()), \(level))"
    }

    /// How many gaps the target has, by the status of their competency.
    static func gapsLine(_ plan: ComplementPlan) -> String {
        let count = { (status: CoverageStatus) in plan.gaps.filter { $0.competencyStatus == status }.count }
        let parts = [
            (CoverageStatus.gap, "bij ontbrekende competenties"), (.partial, "bij deels gedekte"),
            (.covered, "bij gedekte"),
        ]
        .filter { count($0.0) > 0 }.map { "\(count($0.0)) \($0.1)" }
        let tail = parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")
        return
            "Hiaten: \(plan.gaps.count) \(plan.gaps.count == 1 ? "indicator" : "indicatoren") niet gedekt (gewicht \(number(plan.totalWeight)))\(tail)."
    }

    /// "De beste 3 samen dichten N van de M hiaten." (or what is true when fewer were chosen).
    static func summary(_ plan: ComplementPlan, top: Int) -> String {
        if plan.gaps.isEmpty { return "Het doel heeft geen hiaten: er valt niets aan te vullen." }
        if plan.chosen.isEmpty { return "Geen van de kandidaten dicht een hiaat van het doel." }
        let count = min(top, plan.chosen.count)
        let closed = plan.closed(byFirst: count)
        let who = count == 1 ? "De beste kandidaat dicht" : "De beste \(count) samen dichten"
        return "\(who) \(closed) van de \(plan.gaps.count) hiaten."
    }

    /// "+N hiaten (gewicht W)".
    static func gain(_ choice: ComplementPlan.Choice) -> String {
        let count = choice.additions.count
        return "+\(count) \(count == 1 ? "hiaat" : "hiaten") (gewicht \(number(choice.weight)))"
    }

    /// A note for a candidate whose level is unknown.
    static func levelNote(_ candidate: ComplementPlan.Candidate) -> String? {
        candidate.ownLevel == nil ? "Niveau van de kandidaat niet herkend; beoordeeld op het niveau van het doel." : nil
    }

    static func otherLevelHeading(_ plan: ComplementPlan) -> String {
        let level = plan.target.level?.rawValue ?? "?"
        return
            "Op een ander niveau dan het doel (\(level)), niet meegeteld; wat elk alleen zou dichten, beoordeeld op \(level)-niveau:"
    }

    /// A weight with at most two decimals and a decimal comma: 12, 7,5, 0,25.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
