import DekkingCore

/// Follows the units of one document while ``StructureRecognizer`` reads its blocks: which
/// headings open a unit, where each unit begins and ends, and what groups it.
struct UnitTracker {
    let kind: DocumentKind
    /// Per item index, the unit its heading opens.
    let openings: [Int: UnitHeading.Opening]
    private var units: [DocumentUnit] = []
    private var blockStarts: [Int] = []
    private var blockRanges: [Range<Int>] = []
    private var numbers: [String?] = []
    private var open = false

    init(kind: DocumentKind, openings: [Int: UnitHeading.Opening]) {
        self.kind = kind
        self.openings = openings
    }

    /// The headings among `headings` (nil for an item that is not one) that open a unit under
    /// `choice`: by their own words or code, or, for functions, a heading whose next heading is
    /// `Doel van de functie` or `Resultaatgebieden`; with ``DekkingCore/UnitChoice/every(_:)``,
    /// every heading of the shallowest level that has two or more that are not sections.
    static func openings(
        of headings: [(text: String, level: Int)?], kind: DocumentKind, choice: UnitChoice
    ) -> [Int: UnitHeading.Opening] {
        if case .none = choice { return [:] }
        var openings: [Int: UnitHeading.Opening] = [:]
        let headingIndices = headings.indices.filter { headings[$0] != nil }
        if case .every(let unitKind) = choice {
            let candidates = headingIndices.filter {
                let text = headings[$0]!.text
                return SectionVocabulary.section(for: text, kind: kind) == nil
                    && UnitHeading.grouping(text, kind: kind) == nil && !UnitHeading.endsUnits(text)
            }
            var perLevel: [Int: Int] = [:]
            for index in candidates { perLevel[headings[index]!.level, default: 0] += 1 }
            guard let level = perLevel.filter({ $0.value > 1 }).keys.min() else { return [:] }
            for index in candidates where headings[index]!.level == level {
                let text = headings[index]!.text
                openings[index] =
                    UnitHeading.opening(text, kind: kind)
                    ?? UnitHeading.Opening(kind: unitKind, number: nil, title: text)
            }
            return openings
        }
        for (position, index) in headingIndices.enumerated() {
            let text = headings[index]!.text
            if let opening = UnitHeading.opening(text, kind: kind) {
                openings[index] = opening
                continue
            }
            // A function's title above its sections (HR21, FUWAVAZ layouts).
            guard [.functiebeschrijving, .vacature, .overig].contains(kind),
                SectionVocabulary.section(for: text, kind: kind) == nil, UnitHeading.grouping(text, kind: kind) == nil,
                !UnitHeading.statesAttribute(text)
            else { continue }
            // The next heading that is not an attribute (`Schaal 8` under the function's name).
            guard
                let next = headingIndices[(position + 1)...].lazy.map({ headings[$0]!.text })
                    .first(where: { !UnitHeading.statesAttribute($0) })
            else { continue }
            if let section = SectionVocabulary.section(for: next, kind: .functiebeschrijving),
                [.doelFunctie, .resultaatgebied].contains(section.paragraphRole)
            {
                openings[index] = UnitHeading.Opening(kind: .functie, number: nil, title: text)
            }
        }
        return openings
    }

    /// The level a heading's frame takes: a unit one below the group that holds it, a group one
    /// below a coarser group, and a heading inside a unit at the level the format gave the unit's
    /// heading (or one up to the unit's nested level) one below it.
    static func nestedLevel(
        of frame: StructureRecognizer.Frame, in stack: [StructureRecognizer.Frame], closesUnits: Bool
    )
        -> Int
    {
        if frame.isLabel { return frame.level }
        if frame.opensUnit || frame.grouping != nil {
            let rank = frame.grouping.map(Self.rank) ?? Int.max
            if let group = stack.last(where: { $0.grouping.map(Self.rank).map { $0 < rank } ?? false }),
                group.level >= frame.level
            {
                return group.level + 1
            }
            return frame.level
        }
        if !closesUnits, let unit = stack.last(where: \.opensUnit),
            (unit.sourceLevel...unit.level).contains(frame.level)
        {
            return unit.level + 1
        }
        return frame.level
    }

    /// Coarser groupings hold finer ones: a family or part, then a year, then a semester.
    private static func rank(_ grouping: UnitHeading.Grouping) -> Int {
        switch grouping {
        case .named: 0
        case .year: 1
        case .semester: 2
        }
    }

    /// Opens a unit at segment `segment` (its heading's) and block `block`, grouped by the frames of `groups`.
    mutating func open(_ opening: UnitHeading.Opening, segment: Int, block: Int, groups: [StructureRecognizer.Frame]) {
        close(segment: segment, block: block)
        var unit = DocumentUnit(
            id: "", kind: opening.kind, title: opening.title, ec: opening.ec, semester: opening.semester,
            segments: segment..<segment)
        for frame in groups {
            switch frame.grouping {
            case .named(let title): unit.group = title
            case .year(let year, let title):
                unit.year = year
                unit.group = title
            case .semester(let semester): unit.semester = unit.semester ?? semester
            case nil: break
            }
        }
        units.append(unit)
        numbers.append(opening.number)
        blockStarts.append(block)
        open = true
    }

    /// Ends the open unit, if any, before segment `segment` and block `block`.
    mutating func close(segment: Int, block: Int) {
        guard open else { return }
        open = false
        units[units.count - 1].segments = units[units.count - 1].segments.lowerBound..<segment
        blockRanges.append(blockStarts[blockStarts.count - 1]..<block)
    }

    /// The units found, with ids and the attributes their first passages state; none unless
    /// there are two or more. A unit of only its heading (a line of a table of contents) is dropped.
    func finish(segments: [Segment]) -> ([DocumentUnit], [Range<Int>]) {
        var kept: [(DocumentUnit, Range<Int>, String?)] = []
        for (index, unit) in units.enumerated() where unit.segments.count > 1 {
            kept.append((unit, blockRanges[index], numbers[index]))
        }
        guard kept.count > 1 else { return ([], []) }
        var taken: Set<String> = []
        var ordinal: [UnitKind: Int] = [:]
        var result: [DocumentUnit] = []
        for (unit, _, number) in kept {
            var unit = unit
            ordinal[unit.kind, default: 0] += 1
            let base =
                unit.kind == .kerntaak
                ? number ?? "kerntaak-\(ordinal[unit.kind]!)"
                : "\(unit.kind.rawValue)-\(number.map(Self.slug) ?? String(ordinal[unit.kind]!))"
            var id = base
            var suffix = 2
            while taken.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            taken.insert(id)
            unit.id = id
            UnitAttributes.fill(&unit, from: segments[unit.segments].lazy.map(\.text))
            result.append(unit)
        }
        return (result, kept.map(\.1))
    }

    /// Lower case, letters, digits, `.` and `-` only.
    private static func slug(_ number: String) -> String {
        String(number.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
    }
}
