import DekkingCore
import DekkingModel
import Foundation

/// Writes report values as compact JSON with sorted keys, by hand: the batch path's hot spot, several
/// times faster than `JSONEncoder`. Optional values that are `nil` are left out, as `Codable` does,
/// so ``CoverageJSON/decode(_:)`` reads the result with the types' own `Decodable` conformance.
final class CoverageJSONWriter {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 16) }

    func document(_ d: DocumentCoverage) {
        object {
            key("clusters") { array(d.clusters) { cluster($0) } }
            key("competencies") { array(d.competencies) { competency($0) } }
            key("fieldHits") {
                object {
                    for (name, count) in d.fieldHits.sorted(by: { $0.key < $1.key }) { key(text: name) { int(count) } }
                }
            }
            key("fieldRelevance") { number(d.fieldRelevance) }
            key("findings") { array(d.findings) { finding($0) } }
            key("id") { string(d.id) }
            key("kind") { string(d.kind.rawValue) }
            if let level = d.level { key("level") { string(level.rawValue) } }
            key("matchedLevels") { array(d.matchedLevels) { string($0.rawValue) } }
            key("path") { string(d.path) }
            if let semantic = d.semantic { key("semantic") { bool(semantic) } }
            if let profile = d.startbekwaam { key("startbekwaam") { array(profile) { self.profile($0) } } }
            key("title") { string(d.title) }
            if let units = d.units { key("units") { array(units) { unit($0) } } }
            key("wordCount") { int(d.wordCount) }
        }
    }

    private func framework(_ f: CoverageResult.FrameworkReference) {
        object {
            key("id") { string(f.id) }
            key("title") { string(f.title) }
            key("version") { string(f.version) }
        }
    }

    private func inputs(_ i: CoverageResult.Inputs) {
        object {
            key("failed") { array(i.failed) { unanalysed($0) } }
            key("skipped") { array(i.skipped) { unanalysed($0) } }
        }
    }

    private func unanalysed(_ u: CoverageResult.UnanalysedInput) {
        object {
            key("path") { string(u.path) }
            key("reason") { string(u.reason) }
        }
    }

    private func tool(_ t: CoverageResult.ToolReference) {
        object {
            key("name") { string(t.name) }
            key("version") { string(t.version) }
        }
    }

    /// The keys of a report that follow its `documents`, without braces: `"framework":{…}`, then
    /// `inputs`, `schemaVersion` and `tool` where `result` has them.
    func keys(after result: CoverageResult) {
        needsComma = false
        key("framework") { framework(result.framework) }
        if let inputs = result.inputs { key("inputs") { self.inputs(inputs) } }
        if let version = result.schemaVersion { key("schemaVersion") { int(version) } }
        if let tool = result.tool { key("tool") { self.tool(tool) } }
    }

    private func cluster(_ c: ClusterCoverage) {
        object {
            key("covered") { int(c.covered) }
            key("gaps") { int(c.gaps) }
            key("id") { string(c.id) }
            key("partial") { int(c.partial) }
            key("score") { number(c.score) }
            key("status") { string(c.status.rawValue) }
        }
    }

    private func profile(_ p: ProfileCoverage) {
        object {
            key("clusterID") { string(p.clusterID) }
            key("score") { number(p.score) }
            key("statements") {
                array(p.statements) { statement in
                    object {
                        key("evidence") { array(statement.evidence) { evidence($0) } }
                        if let id = statement.id { key("id") { string(id) } }
                        if let override = statement.override { key("override") { string(override.rawValue) } }
                        if let note = statement.overrideNote { key("overrideNote") { string(note) } }
                        key("score") { number(statement.score) }
                        key("status") { string(statement.status.rawValue) }
                        key("text") { string(statement.text) }
                    }
                }
            }
            key("status") { string(p.status.rawValue) }
        }
    }

    private func competency(_ c: CompetencyCoverage) {
        object {
            key("clusterID") { string(c.clusterID) }
            key("id") { string(c.id) }
            key("indicators") { array(c.indicators) { indicator($0) } }
            key("keywords") { array(c.keywords) { string($0) } }
            if let override = c.override { key("override") { string(override.rawValue) } }
            if let note = c.overrideNote { key("overrideNote") { string(note) } }
            key("score") { number(c.score) }
            if let signals = c.signals { key("signals") { self.signals(signals) } }
            key("status") { string(c.status.rawValue) }
        }
    }

    private func indicator(_ i: IndicatorCoverage) {
        object {
            key("evidence") { array(i.evidence) { evidence($0) } }
            key("id") { string(i.id) }
            key("level") { string(i.level.rawValue) }
            if let override = i.override { key("override") { string(override.rawValue) } }
            if let note = i.overrideNote { key("overrideNote") { string(note) } }
            key("score") { number(i.score) }
            key("status") { string(i.status.rawValue) }
        }
    }

    private func signals(_ s: Signals) {
        object {
            key("fieldGap") { number(s.fieldGap) }
            key("genericGap") { number(s.genericGap) }
            key("keyword") { number(s.keyword) }
            key("lexical") { number(s.lexical) }
            key("restated") { number(s.restated) }
            key("semantic") { number(s.semantic) }
            key("title") { number(s.title) }
        }
    }

    private func evidence(_ e: Evidence) {
        object {
            if let basis = e.basis { key("basis") { string(basis.rawValue) } }
            if let code = e.code { key("code") { string(code) } }
            key("headingPath") { array(e.headingPath) { string($0) } }
            key("matchedTerms") { array(e.matchedTerms) { string($0) } }
            if let page = e.page { key("page") { int(page) } }
            key("score") { number(e.score) }
            key("segment") { int(e.segment) }
            if let similarity = e.similarity { key("similarity") { number(similarity) } }
            key("text") { string(e.text) }
            if let unit = e.unit { key("unit") { string(unit) } }
        }
    }

    private func unit(_ u: UnitCoverage) {
        object {
            key("clusters") { array(u.clusters) { cluster($0) } }
            key("competencies") { array(u.competencies) { competency($0) } }
            if let ec = u.ec { key("ec") { number(ec) } }
            key("firstSegment") { int(u.firstSegment) }
            if let group = u.group { key("group") { string(group) } }
            key("id") { string(u.id) }
            key("kind") { string(u.kind.rawValue) }
            if let level = u.level { key("level") { string(level.rawValue) } }
            key("levelConfidence") { number(u.levelConfidence) }
            key("matchedLevels") { array(u.matchedLevels) { string($0.rawValue) } }
            if let scale = u.scale { key("scale") { string(scale) } }
            key("segmentCount") { int(u.segmentCount) }
            if let semester = u.semester { key("semester") { int(semester) } }
            key("title") { string(u.title) }
            key("wordCount") { int(u.wordCount) }
            if let year = u.year { key("year") { int(year) } }
        }
    }

    private func finding(_ f: Finding) {
        object {
            key("location") {
                object {
                    if let column = f.location.column { key("column") { int(column) } }
                    if let element = f.location.element { key("element") { string(element) } }
                    key("file") { string(f.location.file) }
                    if let line = f.location.line { key("line") { int(line) } }
                    if let page = f.location.page { key("page") { int(page) } }
                }
            }
            key("message") { string(f.message) }
            key("severity") { string(f.severity.rawValue) }
        }
    }

    // MARK: - Primitives

    private var needsComma = false

    private func object(_ body: () -> Void) {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        body()
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// A key from data (escaped like any string).
    private func key(text name: String, _ value: () -> Void) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        string(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
        value()
        needsComma = true
    }

    /// A key written in the source: plain ASCII that needs no escaping.
    private func key(_ name: StaticString, _ value: () -> Void) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
        value()
        needsComma = true
    }

    private func array<T>(_ items: [T], _ element: (T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            needsComma = false
            element(item)
        }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    private func int(_ value: Int) { Self.appendDecimal(value, to: &bytes) }

    private func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    /// `value` in decimal, as `String(value)` writes it.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        guard value != 0 else { return bytes.append(UInt8(ascii: "0")) }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        var divisor: UInt = 1
        while divisor <= rest / 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Finite numbers in Swift's shortest round-trip form; non-finite ones (never produced) as 0.
    private func number(_ value: Double) {
        guard value.isFinite else { return bytes.append(UInt8(ascii: "0")) }
        if value == value.rounded(), abs(value) < 1e15 {
            Self.appendDecimal(Int(value), to: &bytes)
        } else if !Self.appendFourDecimals(value, to: &bytes) {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    /// "0.dddd" without trailing zeros for a value in (0, 1) that is exactly a multiple of 0.0001 as
    /// scores are rounded (`(x * 10_000).rounded() / 10_000`): the same text as `"\(value)"`, which
    /// a test checks for every such value, without formatting a Double.
    static func fourDecimals(_ value: Double) -> [UInt8]? {
        var digits: [UInt8] = []
        return appendFourDecimals(value, to: &digits) ? digits : nil
    }

    /// Appends ``fourDecimals(_:)`` of `value` to `bytes` and returns true, or returns false (and
    /// appends nothing) when `value` has no such form.
    static func appendFourDecimals(_ value: Double, to bytes: inout [UInt8]) -> Bool {
        guard value > 0, value < 1 else { return false }
        var k = Int((value * 10_000).rounded())
        guard Double(k) / 10_000 == value else { return false }
        bytes.append(UInt8(ascii: "0"))
        bytes.append(UInt8(ascii: "."))
        var place = 1000
        while k > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(k / place))
            k %= place
            place /= 10
        }
        return true
    }

    private func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Most strings need no escaping: copy them whole (one access to the buffer, not one per byte).
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return bytes.append(contentsOf: utf8)
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
                case 0x0A: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
                case 0..<0x20: bytes.append(contentsOf: Array(String(format: "\\u%04x", byte).utf8))
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
