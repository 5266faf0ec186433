import ArgumentParser
import DekkingCore
import DekkingMatching
import DekkingModel
import DekkingPipeline
import DekkingReport
import Foundation

/// `dekking complement TARGET --from CATALOGUE...`: which keuzedelen, minors or courses of a
/// catalogue together close most of the target's gaps (``ComplementPlan``).
struct ComplementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complement",
        abstract:
            "Welke keuzedelen, minoren of cursussen uit een catalogus dichten samen de meeste hiaten van een doel?",
        discussion: """
            Het doel is een kwalificatiedossier, opleidingsprofiel of functiebeschrijving (een bestand, dat eerst \
            geanalyseerd wordt), of een run-map of coverage.json (met --document ID als de run meer documenten \
            heeft). De catalogus (--from) is een of meer mappen of bestanden met kandidaten, in elk formaat dat \
            analyze leest; elke kandidaat wordt beoordeeld op het niveau van het doel.
            Dekking kiest steeds de kandidaat die de meeste nog open hiaten dicht (zwaarder bij een ontbrekende \
            competentie dan bij een deels gedekte; gewichten in thresholds.yaml); wat een eerdere keuze al dichtte, \
            telt niet nog eens mee. Een kandidaat van een ander niveau (een hbo-minor bij een mbo-dossier) telt niet \
            mee en staat apart.
            Schrijft aanvulling.html en aanvulling.csv in --out (standaard Output/aanvulling-<doel>/); een bestaande, \
            niet-lege map wordt alleen met --force overschreven.
            """)

    @Argument(help: ArgumentHelp("Het doel: een bestand, een run-map of een coverage.json.", valueName: "doel"))
    var target: String

    @Option(
        name: .customLong("from"), parsing: .upToNextOption,
        help: ArgumentHelp("De catalogus: mappen of bestanden met kandidaten.", valueName: "catalogus"))
    var catalogue: [String]

    @Option(
        name: .customLong("document"),
        help: ArgumentHelp(
            "Het document van de run dat het doel is, als de run er meer heeft (zijn id).", valueName: "id"))
    var documentID: String?

    @Option(help: ArgumentHelp("Hoeveel kandidaten de samenvatting samen telt.", valueName: "N"))
    var top = 3

    @Option(
        help: ArgumentHelp(
            "De map voor aanvulling.html en aanvulling.csv (standaard: Output/aanvulling-<doel>).", valueName: "map"))
    var out: String?

    @Flag(help: "Schrijf de uitkomst als JSON naar standaarduitvoer in plaats van als tekst.")
    var json = false

    @Flag(help: "Schrijf ook in een map die al bestaat en niet leeg is.")
    var force = false

    @Option(
        name: .customLong("csv-dialect"),
        help: ArgumentHelp("Spelling van aanvulling.csv: rfc4180 of excel-nl.", valueName: "dialect"))
    var csvDialect = "rfc4180"

    @OptionGroup var options: RunOptions

    /// The output folder: `--out`, or `Output/aanvulling-<stem of the target>`.
    var outputFolder: URL {
        if let out { return URL(fileURLWithPath: out) }
        let stem = URL(fileURLWithPath: target).deletingPathExtension().lastPathComponent
        return URL(fileURLWithPath: "Output").appendingPathComponent("aanvulling-\(stem)")
    }

    func validate() throws {
        guard FileManager.default.fileExists(atPath: target) else {
            throw ValidationError("\(target): bestand of map bestaat niet")
        }
        if catalogue.isEmpty { throw ValidationError("geef met --from minstens één map of bestand met kandidaten") }
        if top < 1 { throw ValidationError("--top verwacht een aantal van 1 of meer, niet \(top)") }
        if CSVDialect.named(csvDialect) == nil {
            throw ValidationError(
                "onbekend CSV-dialect '\(csvDialect)'; kies uit: \(CSVDialect.named.map(\.key).joined(separator: ", "))"
            )
        }
        let safety = OutputSafety(
            inputs: [target] + catalogue, mappings: [options.mappings.mappings, options.mappings.frameworkPath])
        do {
            for file in Self.files { try safety.checkFile(outputFolder.appendingPathComponent(file).path) }
        } catch {
            throw ValidationError(error.description)
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: outputFolder.path)) ?? []
        if !force, !existing.isEmpty {
            throw ValidationError(
                "\(outputFolder.path): de map bestaat al en is niet leeg; kies een andere --out of gebruik --force")
        }
    }

    static let files = ["aanvulling.html", "aanvulling.csv"]

    func run() async throws {
        let mappings = try options.loadMappings()
        var failed = false
        let goal = try await targetCoverage(mappings: mappings, failed: &failed)
        // The candidates at the target's level, each knowing its own.
        let catalogue = await CatalogueRun.run(
            options.runRequest(paths: self.catalogue, mappings: mappings), level: goal.level, mappings: mappings)
        for finding in catalogue.findings where finding.severity != .note || !options.quiet {
            Terminal.report(finding)
        }
        let configuration = mappings.engine.prepared.configuration
        let plan = ComplementPlan(
            target: goal, candidates: catalogue.candidates,
            weights: ComplementWeights(
                gap: configuration.complementWeightGap, partial: configuration.complementWeightPartial,
                covered: configuration.complementWeightCovered))
        if json {
            Terminal.write(ComplementJSON.render(plan, top: top) + "\n")
        } else {
            Terminal.write(ComplementText.render(plan, framework: mappings.framework, top: top))
        }
        let folder = outputFolder
        try AtomicFile.write(
            ComplementHTML.render(plan, framework: mappings.framework, top: top, toolVersion: DekkingVersion.current),
            to: folder.appendingPathComponent("aanvulling.html"))
        try AtomicFile.write(
            ComplementCSV.render(
                plan, framework: mappings.framework, dialect: CSVDialect.named(csvDialect) ?? .rfc4180),
            to: folder.appendingPathComponent("aanvulling.csv"))
        if !options.quiet { Terminal.error("Geschreven: \(folder.path)/aanvulling.html en aanvulling.csv") }
        if failed || catalogue.failed { throw ExitCode.failure }
    }

    /// The target's coverage: read from a run folder or a coverage.json, or the file analysed.
    private func targetCoverage(mappings: LoadedMappings, failed: inout Bool) async throws -> DocumentCoverage {
        let url = URL(fileURLWithPath: target)
        let json: URL? =
            RunFolderLayout.whyNotARunFolder(url) == nil
            ? url.appendingPathComponent("coverage.json") : url.pathExtension == "json" ? url : nil
        if let json {
            guard let data = FileManager.default.contents(atPath: json.path),
                let result = try? CoverageJSON.decode(data)
            else {
                Terminal.error("fout: \(json.path): het bestand kan niet worden gelezen als coverage.json")
                throw ExitCode.failure
            }
            return try only(result.documents)
        }
        let run = await CoverageRun.run(options.runRequest(paths: [target], mappings: mappings), mappings: mappings)
        for finding in run.findings where finding.severity != .note || !options.quiet { Terminal.report(finding) }
        failed = run.findings.containsError
        return try only(run.result.documents)
    }

    /// The one document of the target (the one called `--document` when given), or an error that
    /// says what the run has.
    private func only(_ documents: [DocumentCoverage]) throws -> DocumentCoverage {
        if let documentID {
            if let document = documents.first(where: { $0.id == documentID }) { return document }
            Terminal.error(
                "fout: \(target): geen document '\(documentID)'; de run heeft: \(documents.prefix(50).map(\.id).joined(separator: ", "))"
            )
            throw ExitCode.failure
        }
        guard documents.count == 1, let document = documents.first else {
            Terminal.error(
                "fout: \(target): het doel moet één document zijn, het werden er \(documents.count); kies er een met --document ID (\(documents.prefix(50).map(\.id).joined(separator: ", ")))"
            )
            throw ExitCode.failure
        }
        return document
    }
}
