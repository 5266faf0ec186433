import DekkingCore

/// Turns a reader's blocks into passage-sized ``DekkingCore/Segment``s with heading path, page,
/// structural code and role. The same for every format; the document kind selects vocabulary.
///
/// How segments are formed:
/// - Every heading becomes a segment of role `heading`, or of the role of its code (`kerntaak`,
///   `werkproces`, `keuzedeel`, `resultaatgebied`, `beroepstaak`, `competentie`, …) with the code
///   in ``DekkingCore/Segment/code`` and the title (without code) as text. Labels such as
///   `Resultaat` and `Gedrag` give no segment of their own.
/// - Paragraphs and list items become one segment each, table rows one segment (cells joined with
///   ` | `), and inherit the code of the nearest coded heading above them, so a werkproces is a run
///   of consecutive segments sharing its code: its omschrijving (`werkproces`), then `resultaat`
///   and `gedrag`. A row whose first cell is a label (`Resultaat`) takes the label's role.
/// - The role of a passage comes from the nearest heading with a meaning (``SectionVocabulary``);
///   a passage that opens with its own code (`K0125 …`, `LU2.1 …`) takes that code and its role,
///   one that opens with a label (`Gedrag: …`) the label's role.
/// - Paragraphs longer than ``maxWords`` are split at sentence boundaries (``SentenceChunker``).
public struct StructureRecognizer: Sendable {
    /// Longest passage in words before it is split at sentence boundaries.
    public var maxWords: Int
    /// Where a sentence ends (the abbreviations of the mappings).
    public var sentences: SentenceSplitter

    public init(maxWords: Int = 80, sentences: SentenceSplitter = SentenceSplitter()) {
        self.maxWords = maxWords
        self.sentences = sentences
    }

    /// One heading on the path above the current block.
    struct Frame {
        var level: Int
        var title: String
        var code: String?
        var paragraphRole: SegmentRole?
        var listRole: SegmentRole?
        var isLabel: Bool
    }

    /// The segments of `blocks`, read as a document of `kind`.
    public func segments(from blocks: [TextBlock], kind: DocumentKind) -> [Segment] {
        // An unlimited budget never runs out.
        (try? segments(from: blocks, kind: kind, within: .unlimited)) ?? []
    }

    /// The segments of `blocks`, read as a document of `kind`, checking `budget` once per block.
    ///
    /// - Throws: ``DekkingCore/WorkBudgetExceeded`` when the budget runs out.
    public func segments(from blocks: [TextBlock], kind: DocumentKind, within budget: WorkBudget)
        throws(WorkBudgetExceeded) -> [Segment]
    {
        var meter = WorkMeter(budget)
        var segments: [Segment] = []
        var stack: [Frame] = []
        // The titles on the stack, updated whenever it changes.
        var path: [String] = []

        func append(_ text: String, role: SegmentRole, code: String?, page: Int?, path: [String]) {
            for chunk in SentenceChunker.chunks(of: text, maxWords: maxWords, splitter: sentences) {
                segments.append(
                    Segment(index: segments.count, text: chunk, headingPath: path, page: page, code: code, role: role))
            }
        }

        for unit in Self.units(of: blocks) {
            try meter.tick()
            let block = unit.block
            let text = block.text.collapsingWhitespace()
            guard !text.isEmpty else { continue }
            let inheritedCode = stack.last { $0.code != nil }?.code
            if case .heading(let level) = block.kind {
                let frame = headingFrame(text, level: level, kind: kind, stack: stack)
                while let top = stack.last, top.level >= frame.level || (frame.isLabel && top.isLabel) {
                    stack.removeLast()
                }
                if !frame.isLabel {
                    let code = StructuralCode.leading(in: text)
                    let role = code.map { codedRole($0.kind, kind: kind) } ?? .heading
                    let title = code.map { $0.rest.isEmpty ? text : $0.rest } ?? text
                    append(title, role: role, code: frame.code, page: block.page, path: stack.map(\.title))
                }
                stack.append(frame)
                path = stack.map(\.title)
                continue
            }
            var role = contentRole(for: block.kind, stack: stack)
            var code = inheritedCode
            var body = text
            if let cells = unit.rowCells {
                // A table row: a label in its first cell (`Resultaat | …`) gives the role of the rest.
                if cells.count > 1, let label = SectionVocabulary.section(for: cells[0], kind: kind), label.isLabel,
                    let labelRole = label.paragraphRole
                {
                    role = labelRole
                    body = cells.dropFirst().joined(separator: " ")
                } else {
                    body = cells.joined(separator: " | ")
                }
            }
            if let leading = StructuralCode.leading(in: body) {
                code = leading.code
                role = codedRole(leading.kind, kind: kind)
            } else if let label = SectionVocabulary.inlineLabel(body, kind: kind) {
                role = label.role
                body = label.rest
            }
            append(body, role: role, code: code, page: block.page, path: path)
        }
        return segments
    }

    /// A block, or a whole table row (its first cell's block, with every cell's text).
    struct Unit {
        var block: TextBlock
        var rowCells: [String]?
    }

    /// Groups consecutive cells of the same table row into one unit.
    static func units(of blocks: [TextBlock]) -> [Unit] {
        var units: [Unit] = []
        for block in blocks {
            if case .tableCell(let table, let row, _) = block.kind, let last = units.last, last.rowCells != nil,
                case .tableCell(let lastTable, let lastRow, _) = last.block.kind, lastTable == table, lastRow == row
            {
                units[units.count - 1].rowCells?.append(block.text.collapsingWhitespace())
            } else if case .tableCell = block.kind {
                units.append(Unit(block: block, rowCells: [block.text.collapsingWhitespace()]))
            } else {
                units.append(Unit(block: block, rowCells: nil))
            }
        }
        return units
    }

    /// The frame a heading opens: its level in the structure, its code and the roles beneath it.
    private func headingFrame(_ text: String, level: Int, kind: DocumentKind, stack: [Frame]) -> Frame {
        let section = SectionVocabulary.section(for: text, kind: kind)
        if let section, section.isLabel {
            let parent = stack.last { !$0.isLabel }
            return Frame(
                level: (parent?.level ?? 0) + 1, title: text, code: nil, paragraphRole: section.paragraphRole,
                listRole: section.listRole, isLabel: true)
        }
        if let code = StructuralCode.leading(in: text) {
            let role = codedRole(code.kind, kind: kind)
            var structural = level
            if kind == .kwalificatiedossier {
                structural = code.kind == .werkproces ? 3 : 2
            } else if let parent = stack.last(where: { !$0.isLabel && $0.code == nil }), parent.paragraphRole == role,
                parent.level >= level
            {
                structural = parent.level + 1
            }
            let listRole: SegmentRole? =
                switch role {
                case .resultaatgebied: .activiteit
                case .competentie where kind == .opleidingsprofiel: .gedragsindicator
                default: nil
                }
            return Frame(
                level: structural, title: text, code: code.code, paragraphRole: role, listRole: listRole, isLabel: false
            )
        }
        var structural = level
        if kind == .kwalificatiedossier {
            if section?.isPart == true {
                structural = 1
            } else if section?.paragraphRole == .vakkennis || section == nil,
                let coded = stack.last(where: { $0.code != nil })
            {
                // Vakkennis and unnamed sections (`Complexiteit`) of a kerntaak belong to it.
                structural = min(coded.level + 1, 3)
            }
        }
        return Frame(
            level: structural, title: text, code: nil, paragraphRole: section?.paragraphRole,
            listRole: section?.listRole, isLabel: false)
    }

    /// The role of a content block from the innermost heading that gives one.
    private func contentRole(for blockKind: TextBlock.Kind, stack: [Frame]) -> SegmentRole {
        let isList: Bool
        let generic: SegmentRole
        switch blockKind {
        case .listItem: (isList, generic) = (true, .listItem)
        case .tableCell: (isList, generic) = (false, .tableCell)
        default: (isList, generic) = (false, .paragraph)
        }
        for frame in stack.reversed() {
            if isList, let role = frame.listRole { return role }
            if let role = frame.paragraphRole { return role }
        }
        return generic
    }

    /// The role of a passage numbered with a code of `codeKind`.
    private func codedRole(_ codeKind: StructuralCode.Kind, kind: DocumentKind) -> SegmentRole {
        switch codeKind {
        case .kerntaak: kind == .functiebeschrijving ? .resultaatgebied : .kerntaak
        case .werkproces: .werkproces
        case .keuzedeel: .keuzedeel
        case .resultaatgebied: .resultaatgebied
        case .beroepstaak: .beroepstaak
        case .competentie: .competentie
        case .leeruitkomst: .leeruitkomst
        case .onderwijseenheid: .onderwijseenheid
        }
    }
}
