/// A piece of a page from a template file under `HTML/Assets/` (`*.html`), with `{{name}}` slots.
///
/// The template's text is split into literal text and slots once. ``render(_:)`` puts a value into
/// every slot; the values are HTML already (the writer escapes what it puts in). Every slot must get
/// a value and every value must have a slot: a template and its writer that disagree are a
/// programming error, which the tests that render each page catch.
struct Template: Sendable {
    private enum Piece: Sendable {
        case text(String)
        case slot(String)
    }

    private let pieces: [Piece]
    /// The names of the template's slots.
    let slots: Set<String>
    /// The template's text without its slots, for the size of a page.
    private let textSize: Int

    /// Splits `source` at each `{{name}}` (a name of letters only).
    init(_ source: String) {
        var pieces: [Piece] = []
        var text = ""
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            text += rest[..<open.lowerBound]
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}"), !rest[..<close.lowerBound].isEmpty,
                rest[..<close.lowerBound].allSatisfy(\.isLetter)
            else {
                text += "{{"
                continue
            }
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
            pieces.append(.slot(String(rest[..<close.lowerBound])))
            rest = rest[close.upperBound...]
        }
        text += rest
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
        slots = Set(
            pieces.compactMap {
                if case .slot(let name) = $0 { name } else { nil }
            })
        textSize = pieces.reduce(0) {
            if case .text(let text) = $1 { $0 + text.utf8.count } else { $0 }
        }
    }

    /// The template with each slot replaced by its value in `values`.
    /// - Precondition: `values` names exactly the template's slots.
    func render(_ values: KeyValuePairs<String, String>) -> String {
        var byName: [String: String] = [:]
        for (name, value) in values { byName[name] = value }
        precondition(
            Set(byName.keys) == slots && byName.count == values.count,
            "template slots \(slots.sorted()) but values for \(values.map(\.key))")
        var out = ""
        out.reserveCapacity(textSize + byName.values.reduce(0) { $0 + $1.utf8.count })
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .slot(let name): out += byName[name] ?? ""
            }
        }
        return out
    }
}

/// The page templates, split once.
enum Templates {
    /// `page.html`: the frame of every page (head with the content-security policy, inline styles).
    static let page = Template(HTMLAssets.pageHTML)
    /// `report.html`: the body of report.html (skip link, header, sections, footer, scripts).
    static let report = Template(HTMLAssets.reportHTML)
    /// `explanation.html`: "Hoe lees ik dit?" of a run shown document by document.
    static let explanation = Template(HTMLAssets.explanationHTML)
    /// `overview-explanation.html`: "Hoe lees ik dit?" of a run too large to show in full.
    static let overviewExplanation = Template(HTMLAssets.overviewExplanationHTML)
    /// `workspace.html`: the filters, the heatmap and the evidence panel.
    static let workspace = Template(HTMLAssets.workspaceHTML)
    /// `gaps.html`: "Wat ontbreekt per document".
    static let gaps = Template(HTMLAssets.gapsHTML)
    /// `priorities.html`: "Eerst aanpakken" of one document, at the top of its part of the gaps.
    static let priorities = Template(HTMLAssets.prioritiesHTML)
    /// `startbekwaam.html`: the startbekwaam profile per document.
    static let startbekwaam = Template(HTMLAssets.startbekwaamHTML)
    /// `competencies.html`: "Dekking per competentie" over all documents of the run.
    static let competencies = Template(HTMLAssets.competenciesHTML)
    /// `statements.html`: the startbekwaam statements counted over the documents of the run.
    static let statements = Template(HTMLAssets.statementsHTML)
    /// `documents.html`: "Alle documenten", one row per document.
    static let documents = Template(HTMLAssets.documentsHTML)
    /// `run-info.html`: "Over deze analyse".
    static let runInfo = Template(HTMLAssets.runInfoHTML)
}
