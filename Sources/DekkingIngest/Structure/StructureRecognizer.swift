import DekkingCore

/// Turns a reader's blocks into passage-sized ``DekkingCore/Segment``s with heading path, page,
/// structural code and role. The same for every format; the document kind selects vocabulary.
///
/// How segments are formed:
/// - Every heading becomes a segment of role `heading`, or of the role of its code (`kerntaak`,
///   `werkproces`, `keuzedeel`, `resultaatgebied`, `beroepstaak`, `competentie`, …) with the code
///   in ``DekkingCore/Segment/code`` and the title (without code) as text. Labels such as
///   `Resultaat` and `Gedrag` give no segment of their own.
/// - Paragraphs, list items and table cells become one segment each and inherit the code of the
///   nearest coded heading above them, so a werkproces is a run of consecutive segments sharing
///   its code: its omschrijving (`werkproces`), then `resultaat` and `gedrag`.
/// - The role of a passage comes from the nearest heading with a meaning (``SectionVocabulary``);
///   a paragraph that opens with its own code (`K0125 …`) or label (`Gedrag: …`) uses that instead.
/// - Paragraphs longer than ``maxWords`` are split at sentence boundaries (``SentenceChunker``).
public struct StructureRecognizer: Sendable {
    /// Longest passage in words before it is split at sentence boundaries.
    public var maxWords: Int

    public init(maxWords: Int = 80) { self.maxWords = maxWords }

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
        var segments: [Segment] = []
        var stack: [Frame] = []
        var rowLabel: (table: Int, row: Int, role: SegmentRole)?

        func append(_ text: String, role: SegmentRole, code: String?, page: Int?, path: [String]) {
            for chunk in SentenceChunker.chunks(of: text, maxWords: maxWords) {
                segments.append(Segment(index: segments.count, text: chunk, headingPath: path, page: page, code: code, role: role))
            }
        }

        for block in blocks {
            let text = block.text.collapsingWhitespace()
            guard !text.isEmpty else { continue }
            let path = stack.map(\.title)
            let inheritedCode = stack.last { $0.code != nil }?.code
            switch block.kind {
            case .heading(let level):
                let frame = headingFrame(text, level: level, kind: kind, stack: stack)
                while let top = stack.last, top.level >= frame.level || (frame.isLabel && top.isLabel) { stack.removeLast() }
                if !frame.isLabel {
                    let code = StructuralCode.leading(in: text)
                    let role = code.map { codedRole($0.kind, kind: kind) } ?? .heading
                    let title = code.map { $0.rest.isEmpty ? text : $0.rest } ?? text
                    append(title, role: role, code: frame.code, page: block.page, path: stack.map(\.title))
                }
                stack.append(frame)
                rowLabel = nil
            case .paragraph, .listItem, .tableCell:
                var role = contentRole(for: block.kind, stack: stack)
                var code = inheritedCode
                var body = text
                if case .tableCell(let table, let row, _) = block.kind {
                    if let label = SectionVocabulary.section(for: text, kind: kind), label.isLabel, let labelRole = label.paragraphRole {
                        rowLabel = (table, row, labelRole)
                        continue
                    }
                    if let current = rowLabel, current.table == table, current.row == row { role = current.role }
                }
                if let leading = StructuralCode.leading(in: text), leading.kind == .keuzedeel || leading.kind == .werkproces
                    || leading.kind == .kerntaak || code == nil
                {
                    code = leading.code
                    role = codedRole(leading.kind, kind: kind)
                } else if let label = SectionVocabulary.inlineLabel(text, kind: kind) {
                    role = label.role
                    body = label.rest
                }
                append(body, role: role, code: code, page: block.page, path: path)
            }
        }
        return segments
    }

    /// The frame a heading opens: its level in the structure, its code and the roles beneath it.
    private func headingFrame(_ text: String, level: Int, kind: DocumentKind, stack: [Frame]) -> Frame {
        let section = SectionVocabulary.section(for: text, kind: kind)
        if let section, section.isLabel {
            let parent = stack.last { !$0.isLabel }
            return Frame(level: (parent?.level ?? 0) + 1, title: text, code: nil, paragraphRole: section.paragraphRole,
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
            return Frame(level: structural, title: text, code: code.code, paragraphRole: role, listRole: listRole, isLabel: false)
        }
        var structural = level
        if kind == .kwalificatiedossier, let section {
            if section.isPart { structural = 1 }
            if section.paragraphRole == .vakkennis { structural = stack.contains { $0.code != nil } ? 3 : 2 }
        }
        return Frame(level: structural, title: text, code: nil, paragraphRole: section?.paragraphRole,
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
