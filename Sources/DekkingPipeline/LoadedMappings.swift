import DekkingAnalysis
import DekkingCore
import DekkingFramework
import DekkingMatching
import Foundation

extension Analyzer: TermAnalyzer {
    /// The engine's table with the analyzer's word cache for it (``Analyzer/interning(into:)``).
    public func termAnalysis(into table: TermTable) -> TermAnalysis {
        let interning = interning(into: table)
        return TermAnalysis { interning.analyzeTerms($0) }
    }
}

/// Everything a run needs from `Mappings/`, loaded and checked once: the framework, the analysis
/// chain, the prepared engine and the users' overrides.
public struct LoadedMappings: Sendable {
    public let framework: Framework
    public let analyzer: Analyzer
    public let engine: MatchingEngine
    public let overrides: OverrideSet
    /// Warnings and notes about the mapping files (errors stop loading; see ``MappingError``).
    public let findings: [Finding]
    /// The files read, as named for the user, in a stable order.
    public let files: [String]

    /// Where the mappings are and what to change for this run.
    public struct Request: Sendable {
        /// The `Mappings/` folder.
        public var folder: URL
        /// How the folder is named for the user.
        public var displayFolder: String
        /// The framework file; default `<folder>/frameworks/sfd-2021.yaml`.
        public var frameworkFile: URL?
        public var displayFrameworkFile: String?
        /// Settings of thresholds.yaml to override for this run only.
        public var settings: [String: Double]
        public var analysis: AnalysisOptions

        public init(
            folder: URL, displayFolder: String, frameworkFile: URL? = nil, displayFrameworkFile: String? = nil,
            settings: [String: Double] = [:], analysis: AnalysisOptions = AnalysisOptions()
        ) {
            self.folder = folder
            self.displayFolder = displayFolder
            self.frameworkFile = frameworkFile
            self.displayFrameworkFile = displayFrameworkFile
            self.settings = settings
            self.analysis = analysis
        }
    }

    /// Loads every mapping file named by `request`.
    /// - Throws: ``MappingError`` listing every finding (the errors and the warnings beside them)
    ///   when any file is unusable.
    public static func load(_ request: Request) throws(MappingError) -> LoadedMappings {
        // The dictionary loads while the framework and the other mapping files are read.
        if request.analysis.useHunspell {
            HunspellLexicon.preload(
                affix: request.analysis.hunspellAffix, dictionary: request.analysis.hunspellDictionary)
        }
        let folder = request.folder
        let display = request.displayFolder
        var findings: [Finding] = []
        var files: [String] = []

        let frameworkURL = request.frameworkFile ?? folder.appendingPathComponent("frameworks/sfd-2021.yaml")
        let frameworkName = request.displayFrameworkFile ?? "\(display)/frameworks/sfd-2021.yaml"
        let frameworkResult = FrameworkLoader.load(contentsOf: frameworkURL, displayPath: frameworkName)
        findings += frameworkResult.findings
        files.append(frameworkName)
        guard let framework = frameworkResult.framework else {
            throw .unusable(findings)
        }

        let analyzer: Analyzer
        do {
            analyzer = try DutchAnalysis.analyzer(mappings: folder, options: request.analysis)
        } catch {
            throw .unusable(findings + [Finding(.error, SourceLocation(file: "\(display)/analysis"), "\(error)")])
        }
        // The analysis files' findings name them relative to the mappings folder.
        findings += analyzer.findings.map { finding in
            var finding = finding
            if finding.location.file.hasPrefix("analysis/") {
                finding.location.file = "\(display)/\(finding.location.file)"
            }
            return finding
        }
        files += ["\(display)/analysis", "\(display)/thesaurus"]

        let (base, thresholdFindings) = MatchingConfiguration.load(
            contentsOf: folder.appendingPathComponent("thresholds.yaml"), displayPath: "\(display)/thresholds.yaml")
        var configuration = base
        findings += thresholdFindings
        files.append("\(display)/thresholds.yaml")
        for (name, value) in request.settings.sorted(by: { $0.key < $1.key }) {
            do {
                try configuration.set(name, to: value)
            } catch {
                findings.append(Finding(.error, SourceLocation(file: "--set"), error.description))
            }
        }
        if !request.settings.isEmpty {
            for problem in configuration.problems where !base.problems.contains(problem) {
                findings.append(Finding(.error, SourceLocation(file: "--set"), problem))
            }
        }

        let keywordName = "\(display)/keywords/\(framework.id).yaml"
        var keywords = KeywordFile()
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("keywords/\(framework.id).yaml").path) {
            let loaded = KeywordFile.load(
                contentsOf: folder.appendingPathComponent("keywords/\(framework.id).yaml"), displayPath: keywordName,
                competencyIDs: Set(framework.competencies.map(\.id)))
            keywords = loaded.0
            findings += loaded.1
            files.append(keywordName)
        }
        let domainName = "\(display)/domain/\(framework.id).yaml"
        var field = FieldProfile(facets: [])
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("domain/\(framework.id).yaml").path) {
            let loaded = FieldProfile.load(
                contentsOf: folder.appendingPathComponent("domain/\(framework.id).yaml"), displayPath: domainName,
                analyzer: analyzer)
            field = loaded.0
            findings += loaded.1
            files.append(domainName)
        }
        var calibration = CalibrationModel.standard
        let calibrationURL = folder.appendingPathComponent("calibration.yaml")
        if FileManager.default.fileExists(atPath: calibrationURL.path) {
            let loaded = CalibrationModel.load(contentsOf: calibrationURL, displayPath: "\(display)/calibration.yaml")
            calibration = loaded.0
            findings += loaded.1
            files.append("\(display)/calibration.yaml")
        }
        let (overrides, overrideFindings) = OverrideSet.load(
            directory: folder.appendingPathComponent("overrides"), displayPath: "\(display)/overrides")
        findings += overrideFindings
        files.append("\(display)/overrides")

        if findings.containsError { throw .unusable(findings) }
        let prepared = PreparedFramework(
            framework: framework, analyzer: analyzer, configuration: configuration, keywords: keywords, field: field,
            calibration: calibration)
        return LoadedMappings(
            framework: framework, analyzer: analyzer, engine: MatchingEngine(prepared: prepared, analyzer: analyzer),
            overrides: overrides, findings: findings, files: files)
    }
}

extension LoadedMappings {
    /// The same mappings without the users' decisions: the engine's own reading, to compare with
    /// those decisions (`dekking agreement`).
    public func withoutOverrides() -> LoadedMappings {
        LoadedMappings(
            framework: framework, analyzer: analyzer, engine: engine, overrides: OverrideSet(), findings: findings,
            files: files)
    }
}

/// The mappings cannot be used.
public enum MappingError: Error, Sendable, CustomStringConvertible {
    /// Every finding, each with its file and line: at least one error, and the warnings found
    /// beside it (a file's warning is not dropped because the same file has an error).
    case unusable([Finding])

    public var findings: [Finding] {
        switch self {
        case .unusable(let findings): findings
        }
    }

    public var description: String { findings.map(\.description).joined(separator: "\n") }
}

extension LoadedMappings {
    /// Where a sentence ends by the abbreviations of `mappings` (`analysis/abbreviations.tsv`),
    /// for a command that reads documents without analysing them (`dekking inspect`); the same
    /// splitter as the analyser's. Without the file, no abbreviation is kept whole.
    /// - Throws: ``DekkingAnalysis/AnalysisError`` when the file exists but cannot be read.
    public static func sentenceSplitter(mappings: URL) throws -> SentenceSplitter {
        SentenceSplitter(abbreviations: try DutchAnalysis.abbreviations(mappings: mappings).keys)
    }
}
