import DekkingCore
import DekkingFramework
import DekkingModel
import Foundation

/// The profile as text: for the terminal, or as Markdown (`markdown: true`), in Dutch.
public enum WijzerProfileText {
    /// The profile of every member (counts, strengths, development points) and, for a team, the
    /// thin competencies.
    public static func render(_ profile: WijzerProfile, framework: Framework, markdown: Bool = false) -> String {
        var lines: [String] = []
        func heading(_ text: String, _ level: Int) {
            lines.append(markdown ? String(repeating: "#", count: level) + " " + text : text)
            if markdown { lines.append("") }
        }
        func item(_ text: String) { lines.append(markdown ? "- " + text : "  " + text) }
        // Names and titles are text: in Markdown, their special characters are escaped.
        func text(_ value: String) -> String { markdown ? MarkdownText.escape(value) : value }
        func title(_ id: String) -> String { "\(id) \(text(framework.competency(id)?.title ?? ""))" }
        heading(profile.members.count > 1 ? "Teamprofiel (\(profile.members.count) leden)" : "Competentieprofiel", 1)
        for member in profile.members {
            heading(
                "\(text(member.name)) (\(member.level.rawValue), \(WijzerLabels.profile(member.profile)), \(text(member.date)))",
                2)
            lines.append("Competenties: " + member.countsText)
            if markdown { lines.append("") }
            for (name, ids) in [("Sterke punten", member.strengths), ("Ontwikkelpunten", member.developmentPoints)] {
                lines.append(name + ":")
                if markdown { lines.append("") }
                if ids.isEmpty { item("geen") }
                for id in ids.prefix(WijzerProfileHTML.shown) {
                    item("\(title(id)) (\(HTML.percent(member.mastery(id)?.score ?? 0)))")
                }
                if ids.count > WijzerProfileHTML.shown { item("… en \(ids.count - WijzerProfileHTML.shown) meer") }
                if markdown { lines.append("") }
            }
        }
        if !profile.team.isEmpty {
            heading("Waar het team dun bezet is", 2)
            let thin = profile.team.filter(\.thin)
            lines.append(
                "Minder dan de helft van de \(profile.members.count) leden beheerst \(thin.count) van de \(profile.team.count) competenties:"
            )
            if markdown { lines.append("") }
            for row in thin { item("\(title(row.competency)): \(row.mastered) van \(row.members)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The ontwikkelplan as text for the terminal, in Dutch.
public enum WijzerPlanText {
    /// One sentence: how many competencies the function asks, how many are mastered, how many
    /// indicators to work on.
    public static func summary(_ plan: WijzerPlan) -> String {
        let steps = plan.items.reduce(0) { $0 + $1.steps.count }
        let asked = plan.items.count + plan.mastered.count
        return
            "De functie \(plan.function) vraagt \(asked) competenties; \(plan.name) beheerst er \(plan.mastered.count) en heeft bij \(plan.items.count) nog \(steps) indicatoren te ontwikkelen."
    }

    /// The plan: the summary, then per competency the indicators to work on.
    public static func render(_ plan: WijzerPlan) -> String {
        var lines = ["Ontwikkelplan van \(plan.name) voor \(plan.function)", summary(plan), ""]
        for (number, item) in plan.items.enumerated() {
            lines.append(
                "\(number + 1). \(item.competency) \(item.title) (functie: \(item.functionStatus.label), \(HTML.percent(item.functionScore)))"
            )
            for step in item.steps {
                lines.append(
                    "   - \(step.indicator): nu \(step.rating?.label ?? "niet ingevuld"), volgende stap \(step.target.label)"
                )
                lines.append("     \(step.text)")
            }
        }
        if plan.items.isEmpty { lines.append("U beheerst alles wat deze functie vraagt.") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The JSON of a profile or an ontwikkelplan, for scripts: its Codable encoding with sorted keys
/// and a fixed layout, so the same answers always give the same bytes.
public enum WijzerJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
