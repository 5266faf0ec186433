import Foundation
import Testing

/// Where golden files live: `Tests/DekkingReportTests/Snapshots/<name>`.
enum Snapshots {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Whether `RECORD_SNAPSHOTS` asks to record every snapshot anew.
    static var recording: Bool {
        let value = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] ?? ""
        return !value.isEmpty && value != "0"
    }
}

/// Compares `actual` byte for byte with the golden file `Snapshots/<name>`.
///
/// When the file is missing, or `RECORD_SNAPSHOTS=1` is set, `actual` is written as the new golden
/// file and the check FAILS with "Recorded new baseline", so that recording is always deliberate and
/// visible: run again without the variable to see it pass, and review the diff before committing.
func assertSnapshot(_ actual: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = Snapshots.folder.appendingPathComponent(name)
    let existing = try? Data(contentsOf: file)
    if Snapshots.recording || existing == nil {
        do {
            try FileManager.default.createDirectory(at: Snapshots.folder, withIntermediateDirectories: true)
            try actual.write(to: file)
            Issue.record(
                "Recorded new baseline Snapshots/\(name); run again without RECORD_SNAPSHOTS to check it",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record("Snapshots/\(name) could not be recorded: \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let existing, existing != actual else { return }
    let message =
        "Snapshots/\(name) differs (re-record with RECORD_SNAPSHOTS=1 if the change is intended): "
        + firstDifference(expected: existing, actual: actual)
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

/// Text version of ``assertSnapshot(_:named:sourceLocation:)``, compared as UTF-8.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    assertSnapshot(Data(actual.utf8), named: name, sourceLocation: sourceLocation)
}

/// The first line where two texts differ, both versions shown, for a readable failure.
private func firstDifference(expected: Data, actual: Data) -> String {
    // CRLF is one Character in Swift, so split on any line break rather than on "\n".
    let expectedLines = String(decoding: expected, as: UTF8.self).split(
        omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    let actualLines = String(decoding: actual, as: UTF8.self).split(
        omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let old = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
        let new = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
        if old != new {
            return "line \(index + 1)\n  expected: \(old.debugDescription)\n  actual:   \(new.debugDescription)"
        }
    }
    return "same lines, different bytes (\(expected.count) vs \(actual.count) bytes)"
}
