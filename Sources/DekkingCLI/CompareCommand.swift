import ArgumentParser
import DekkingCore
import DekkingPipeline
import DekkingReport
import Foundation

/// `dekking compare A B`: how two documents differ in their coverage of the framework.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Vergelijk de dekking van twee documenten, per competentie en indicator.",
        discussion: """
            Bijvoorbeeld een kwalificatiedossier (A) met een functiebeschrijving uit een cao (B): 'alleen in B' is wat \
            de functie vraagt en de opleiding niet dekt. Of twee versies van één opleidingsprofiel: wat is er veranderd?
            Heeft een van beide eenheden (functies, modules, kerntaken), dan volgt per eenheid wat er verschilt en welke \
            passages van B competenties tonen waarop geen eenheid van A voorbereidt (ook in compare-eenheden.csv).
            Schrijft compare.html en compare.csv in --out (standaard Output/compare-<A>-<B>/); een bestaande, niet-lege \
            map wordt alleen met --force overschreven.
            Elk document wordt op zijn eigen niveau beoordeeld, zoals analyze het doet (herkend of uit manifest.csv); \
            met --level worden beide op dat niveau beoordeeld. De terminal en compare.html noemen \
            beide niveaus, bijv. 'niveau A: mbo, niveau B: hbo'.
            """)

    @Argument(help: "Document A.")
    var a: String

    @Argument(help: "Document B.")
    var b: String

    @OptionGroup var options: RunOptions

    @Option(
        help: ArgumentHelp(
            "De map voor compare.html en compare.csv (standaard: Output/compare-<A>-<B>).", valueName: "map"))
    var out: String?

    @Flag(help: "Schrijf ook in een map die al bestaat en niet leeg is.")
    var force = false

    /// The output folder: `--out`, or `Output/compare-<stem A>-<stem B>`.
    var outputFolder: URL {
        if let out { return URL(fileURLWithPath: out) }
        let stem = { (path: String) in URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }
        return URL(fileURLWithPath: "Output").appendingPathComponent("compare-\(stem(a))-\(stem(b))")
    }

    func validate() throws {
        for path in [a, b] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ValidationError("\(path): bestand bestaat niet")
            }
            if isFolder.boolValue { throw ValidationError("\(path): is een map; compare vergelijkt twee bestanden") }
        }
        let folder = outputFolder.path
        let safety = OutputSafety(
            inputs: [a, b], mappings: [options.mappings.mappings, options.mappings.frameworkPath])
        do {
            for file in ["compare.html", "compare.csv", "compare-eenheden.csv"] {
                try safety.checkFile(outputFolder.appendingPathComponent(file).path)
            }
        } catch {
            throw ValidationError(error.description)
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if !force, !existing.isEmpty {
            throw ValidationError(
                "\(folder): de map bestaat al en is niet leeg; kies een andere --out of gebruik --force")
        }
    }

    func run() async throws {
        let mappings = try options.loadMappings()
        // Each document at its own level (as analyze gives it), or both at --level.
        let run = await CoverageRun.run(options.runRequest(paths: [a, b], mappings: mappings), mappings: mappings)
        for finding in run.findings where finding.severity != .note || !options.quiet {
            Terminal.report(finding)
        }
        guard run.result.documents.count == 2 else {
            Terminal.error(
                "fout: er moeten twee documenten gelezen worden, het werden er \(run.result.documents.count)")
            throw ExitCode.failure
        }
        let comparison = Compare.compare(
            run.result.documents[0], run.result.documents[1], framework: mappings.framework)
        Terminal.write(CompareText.render(comparison))
        // Per function, module or kerntaak, when either document has units.
        let units = UnitComparison(comparison)
        if let units { Terminal.write(UnitComparisonText.render(units)) }
        let folder = outputFolder
        try AtomicFile.write(
            CompareHTML.render(comparison, toolVersion: DekkingVersion.current),
            to: folder.appendingPathComponent("compare.html"))
        try AtomicFile.write(CompareCSV.render(comparison), to: folder.appendingPathComponent("compare.csv"))
        if let units {
            try AtomicFile.write(
                UnitComparisonText.csv(units), to: folder.appendingPathComponent("compare-eenheden.csv"))
        }
        if !options.quiet { Terminal.error("Geschreven: \(folder.path)/compare.html en compare.csv") }
        if run.findings.containsError || !run.failedFiles.isEmpty { throw ExitCode.failure }
    }
}
