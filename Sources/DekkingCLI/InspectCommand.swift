import ArgumentParser
import DekkingCore
import DekkingIngest
import DekkingPipeline
import Foundation

/// `dekking inspect FILE...`: what ingest makes of documents — kind, level, title and segments.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Toon wat er uit documenten wordt gelezen: soort, niveau, titel en passages.",
        discussion: """
            Bestanden en mappen (doorzocht, inclusief submappen). Een manifest.csv in een map \
            (kolommen file,kind,level,title,units) legt soort, niveau, titel of eenheden per bestand vast; \
            --kind, --level en --units gaan daar nog boven. Een document met meer functies, modules, \
            kerntaken of uitstroomprofielen toont ook zijn eenheden.
            """
    )

    @Argument(help: ArgumentHelp("De documenten of mappen.", valueName: "pad"))
    var files: [String]

    @Flag(help: "Schrijf JSON in plaats van tekst.")
    var json = false

    @Option(
        help: ArgumentHelp(
            "Gebruik deze soort voor alle documenten (\(DocumentKind.userWords)).",
            valueName: "soort"))
    var kind: String?

    @Option(
        help: ArgumentHelp(
            "Eenheden in elk document: \(UnitChoice.words) (standaard auto: zoals de koppen ze tonen).",
            valueName: "eenheden"))
    var units: String?

    @Option(help: ArgumentHelp("Gebruik dit niveau voor alle documenten (hbo of mbo).", valueName: "niveau"))
    var level: String?

    @Option(help: ArgumentHelp("Toon hoogstens zoveel tekens per passage (0: alles).", valueName: "tekens"))
    var width = 100

    @Option(
        name: .customLong("mappings"),
        help: ArgumentHelp(
            "De map met kader en analysebestanden, gevonden zoals bij analyze; lange passages worden gesplitst tussen zinnen, met de afkortingen van analysis/abbreviations.tsv.",
            valueName: "map"))
    var folder: String?

    /// The mappings folder (``MappingsLocation``); inspect runs without one, splitting with the
    /// built-in rules only.
    var mappings: String { MappingsLocation.resolve(option: folder).path }

    static let knownLevels: Set<LevelID> = ["hbo", "mbo"]

    func validate() throws {
        if let kind, DocumentKind.reading(kind) == nil {
            throw ValidationError("onbekende soort '\(kind)'; kies uit: \(DocumentKind.userWords)")
        }
        if let units, UnitChoice(word: units) == nil {
            throw ValidationError("onbekende eenheden '\(units)'; kies uit: \(UnitChoice.words)")
        }
        if let level, !Self.knownLevels.contains(LevelID(level)) {
            throw ValidationError(
                "onbekend niveau '\(level)'; kies uit: \(Self.knownLevels.sorted().map(\.rawValue).joined(separator: ", "))"
            )
        }
        if width < 0 { throw ValidationError("--width moet 0 of groter zijn") }
    }

    func run() throws {
        let sentences: SentenceSplitter
        do {
            sentences = try LoadedMappings.sentenceSplitter(mappings: URL(fileURLWithPath: mappings))
        } catch {
            Terminal.report(
                Finding(
                    .warning, SourceLocation(file: "\(mappings)/analysis/abbreviations.tsv"),
                    "de afkortingen kunnen niet worden gelezen; zinnen eindigen ook na een afkorting"))
            sentences = SentenceSplitter()
        }
        let reading = kind.flatMap(DocumentKind.reading)
        let options = Ingestor.Options(
            kind: reading?.kind, level: level.map { LevelID($0) }, knownLevels: Self.knownLevels,
            sentences: sentences, units: units.flatMap(UnitChoice.init(word:)) ?? reading?.units)
        let result = Ingestor(options: options).ingest(files)
        if json {
            try Terminal.write(InspectRendering.json(result))
            Terminal.write("\n")
        } else {
            Terminal.write(InspectRendering.text(result.documents, width: width))
        }
        for finding in result.findings { Terminal.report(finding) }
        Terminal.error(
            "\(result.documents.count) document(en) gelezen, \(result.failedFiles.count) bestand(en) mislukt")
        if result.findings.containsError { throw ExitCode.failure }
    }
}

// MARK: - Rendering

/// The output of `dekking inspect`: readable Dutch text, or JSON with sorted keys.
enum InspectRendering {
    static func text(_ documents: [Document], width: Int) -> String {
        var out = ""
        for document in documents {
            out += "== \(document.path) (\(document.id))\n"
            out += "titel:     \(document.title)\n"
            out += "soort:     \(document.kind.rawValue) (zekerheid \(percent(document.kindConfidence)))\n"
            let level = document.level.map { "\($0) (zekerheid \(percent(document.levelConfidence)))" } ?? "onbekend"
            out += "niveau:    \(level)\n"
            out += "formaat:   \(document.format)\(document.encoding.map { ", tekenset \($0)" } ?? "")\n"
            out += "passages:  \(document.segments.count)\n"
            if !document.units.isEmpty {
                out += "eenheden:  \(document.units.count)\n"
                for unit in document.units { out += "  " + unitLine(unit) + "\n" }
            }
            for segment in document.segments {
                var line = String(format: "%4d  %@", segment.index, segment.role.rawValue)
                if let code = segment.code { line += "  [\(code)]" }
                if let page = segment.page { line += "  p.\(page)" }
                if !segment.headingPath.isEmpty { line += "  ‹\(segment.headingPath.joined(separator: " › "))›" }
                out += line + "\n      \(truncated(segment.text, width))\n"
            }
            out += "\n"
        }
        return out
    }

    /// `{"documents": [...], "findings": [...], "failedFiles": [...]}`, keys sorted.
    static func json(_ result: IngestResult) throws -> Data {
        struct Output: Encodable {
            var documents: [Document]
            var findings: [Finding]
            var failedFiles: [String]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(
            Output(documents: result.documents, findings: result.findings, failedFiles: result.failedFiles))
    }

    /// `functie-2  Medewerker receptie  (Klantcontact; mbo 75%; schaal 4)  passages 14–22`.
    static func unitLine(_ unit: DocumentUnit) -> String {
        let facts = unit.factsText(separator: "; ", confidence: true)
        let place = "passages \(unit.segments.lowerBound)–\(unit.segments.upperBound - 1)"
        return "\(unit.id)  \(unit.title)" + (facts.isEmpty ? "" : "  (\(facts))") + "  \(place)"
    }

    private static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    private static func truncated(_ text: String, _ width: Int) -> String {
        guard width > 0, text.count > width else { return text }
        return String(text.prefix(max(1, width - 1))) + "…"
    }
}
