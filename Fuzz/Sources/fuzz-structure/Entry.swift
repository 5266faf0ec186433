import DekkingCore
import DekkingIngest
import Foundation
import FuzzSupport

/// Structure and units: arbitrary text parsed as plain text or as Markdown, then read by the
/// structure recognizer as a kind of document with a way of finding units (headings, none, every
/// top heading a function or module), both chosen by the input's first byte. Checks what the recognizer promises: units
/// never overlap, lie inside the segments, and start at a heading.
private let parsers = [PlainTextParser(), PlainTextParser(markdown: true)]
private let recognizer = StructureRecognizer(maxWords: 40)
private let choices: [UnitChoice] = [.auto, .none, .every(.functie), .every(.module)]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    // The first byte chooses the parser, the kind and the unit choice; the rest is the text.
    guard let data = input, size > 0,
        let decoded = try? TextDecoding.decode(Data(bytes: data + 1, count: size - 1))
    else { return 0 }
    let selector = Int(data[0])
    let parser = parsers[selector & 1]
    let kind = DocumentKind.allCases[(selector >> 1) % DocumentKind.allCases.count]
    let choice = choices[(selector >> 4) % choices.count]
    let blocks = parser.parse(decoded.text)
    guard let structure = try? recognizer.structure(from: blocks, kind: kind, units: choice, within: .unlimited)
    else { return 0 }
    var end = 0
    for unit in structure.units {
        precondition(unit.segments.lowerBound >= end, "units overlap")
        precondition(unit.segments.upperBound <= structure.segments.count, "a unit outside the segments")
        precondition(structure.segments[unit.segments.lowerBound].role != .paragraph, "a unit not at a heading")
        end = unit.segments.upperBound
    }
    precondition(structure.units.count != 1, "a single unit")
    precondition(structure.units.count == structure.unitBlocks.count, "blocks per unit")
    return 0
}

@_cdecl("fuzz_structure_main")
public func start(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
