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
        /// The heading opens a ``DekkingCore/DocumentUnit``; the unit ends when the frame is closed.
        var opensUnit = false
        /// The heading groups the units below it (a function family, a study year).
        var grouping: UnitHeading.Grouping?
        /// The level the format gave the heading, before nesting.
        var sourceLevel = 0
    }

    /// A document's segments and its units (``DekkingCore/Document/units``).
    public struct Structure: Sendable {
        public var segments: [Segment]
        /// Empty unless the document has more than one unit.
        public var units: [DocumentUnit]
        /// Per unit, the indices of its blocks in the blocks read (to judge its level from its own text).
        public var unitBlocks: [Range<Int>]
    }

    /// The segments of `blocks`, read as a document of `kind`.
    public func segments(from blocks: [TextBlock], kind: DocumentKind) -> [Segment] {
        // An unlimited budget never runs out.
        (try? structure(from: blocks, kind: kind, within: .unlimited).segments) ?? []
    }

    /// The segments of `blocks`, read as a document of `kind`, checking `budget` once per block.
    ///
    /// - Throws: ``DekkingCore/WorkBudgetExceeded`` when the budget runs out.
    public func segments(from blocks: [TextBlock], kind: DocumentKind, within budget: WorkBudget)
        throws(WorkBudgetExceeded) -> [Segment]
    {
        try structure(from: blocks, kind: kind, within: budget).segments
    }

    /// The segments and units of `blocks`, read as a document of `kind`, checking `budget` once
    /// per block. A unit's heading opens a frame one level below the heading that groups it (a
    /// function family, a study year) and the headings inside it (`Doel van de functie`,
    /// `Resultaatgebieden`, `Leeruitkomsten`) one level below the unit, whatever level the format
    /// gave them, so every passage's heading path runs through its unit. A document of fewer than
    /// two units is read as it always was (no unit, heading paths as the format gave them).
    ///
    /// - Throws: ``DekkingCore/WorkBudgetExceeded`` when the budget runs out.
    public func structure(
        from blocks: [TextBlock], kind: DocumentKind, units choice: UnitChoice = .auto, within budget: WorkBudget
    ) throws(WorkBudgetExceeded) -> Structure {
        var meter = WorkMeter(budget)
        var segments: [Segment] = []
        var stack: [Frame] = []
        // The titles on the stack, updated whenever it changes.
        var path: [String] = []
        let items = Self.items(of: blocks).map { Self.groupingLine($0, kind: kind, choice: choice) }
        let openings = UnitTracker.openings(of: items.map(\.heading), kind: kind, choice: choice)
        // A document of one unit keeps the heading paths it always had.
        var tracker = UnitTracker(kind: kind, openings: openings.count > 1 ? openings : [:])

        func append(_ text: String, role: SegmentRole, code: String?, page: Int?, path: [String]) {
            for chunk in SentenceChunker.chunks(of: text, maxWords: maxWords, splitter: sentences) {
                segments.append(
                    Segment(index: segments.count, text: chunk, headingPath: path, page: page, code: code, role: role))
            }
        }
        func pop(block: Int) {
            if stack.removeLast().opensUnit { tracker.close(segment: segments.count, block: block) }
        }

        for (number, item) in items.enumerated() {
            try meter.tick()
            let block = item.block
            let text = block.text.collapsingWhitespace()
            guard !text.isEmpty else { continue }
            let inheritedCode = stack.last { $0.code != nil }?.code
            if case .heading(let level) = block.kind {
                var frame = headingFrame(text, level: level, kind: kind, stack: stack)
                let opening = tracker.openings[number]
                frame.grouping = opening == nil && !frame.isLabel ? UnitHeading.grouping(text, kind: kind) : nil
                frame.opensUnit = opening != nil
                frame.sourceLevel = frame.level
                let closesUnits = frame.opensUnit || frame.grouping != nil || UnitHeading.endsUnits(text)
                frame.level = UnitTracker.nestedLevel(of: frame, in: stack, closesUnits: closesUnits)
                while let top = stack.last,
                    top.level >= frame.level || (frame.isLabel && top.isLabel)
                        || (closesUnits && stack.contains { $0.opensUnit })
                {
                    pop(block: item.index)
                }
                if !frame.isLabel {
                    let code = StructuralCode.leading(in: text)
                    let role = code.map { codedRole($0.kind, kind: kind) } ?? .heading
                    let title = code.map { $0.rest.isEmpty ? text : $0.rest } ?? text
                    if let opening {
                        tracker.open(opening, segment: segments.count, block: item.index, groups: stack)
                    }
                    append(title, role: role, code: frame.code, page: block.page, path: stack.map(\.title))
                }
                stack.append(frame)
                path = stack.map(\.title)
                continue
            }
            var role = contentRole(for: block.kind, stack: stack)
            var code = inheritedCode
            var body = text
            if let cells = item.rowCells {
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
        tracker.close(segment: segments.count, block: blocks.count)
        let (units, unitBlocks) = tracker.finish(segments: segments)
        if units.isEmpty, !tracker.openings.isEmpty {
            return try structure(from: blocks, kind: kind, units: .none, within: budget)
        }
        return Structure(segments: segments, units: units, unitBlocks: unitBlocks)
    }

    /// A block, or a whole table row (its first cell's block, with every cell's text), with the
    /// index of its (first) block.
    struct Item {
        var block: TextBlock
        var rowCells: [String]?
        var index: Int

        /// The heading's text and level, for a heading.
        var heading: (text: String, level: Int)? {
            if case .heading(let level) = block.kind { return (block.text.collapsingWhitespace(), level) }
            return nil
        }
    }

    /// A short paragraph that names a function family (`Functiefamilie: Schuldhulp`) read as the
    /// heading it stands for, at level 2. (A line `Semester 1` inside a module stays a paragraph.)
    static func groupingLine(_ item: Item, kind: DocumentKind, choice: UnitChoice) -> Item {
        guard case .paragraph = item.block.kind, choice != .none, item.block.text.utf8.count <= 80,
            case .named = UnitHeading.grouping(item.block.text, kind: kind)
        else { return item }
        var heading = item
        heading.block.kind = .heading(level: 2)
        return heading
    }

    /// Groups consecutive cells of the same table row into one item.
    static func items(of blocks: [TextBlock]) -> [Item] {
        var items: [Item] = []
        for (index, block) in blocks.enumerated() {
            if case .tableCell(let table, let row, _) = block.kind, let last = items.last, last.rowCells != nil,
                case .tableCell(let lastTable, let lastRow, _) = last.block.kind, lastTable == table, lastRow == row
            {
                items[items.count - 1].rowCells?.append(block.text.collapsingWhitespace())
            } else if case .tableCell = block.kind {
                items.append(Item(block: block, rowCells: [block.text.collapsingWhitespace()], index: index))
            } else {
                items.append(Item(block: block, rowCells: nil, index: index))
            }
        }
        return items
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
