import Foundation
import Testing

@testable import DekkingReport

/// libxlsxwriter's own English error lines are held back; whatever else reaches standard error
/// meanwhile is not lost.
@Suite struct LibraryMessagesTests {
    @Test func theLibrarysLinesAreHeldBackAndTheResultKept() {
        let (result, held) = LibraryMessages.silenced { () -> Int in
            FileHandle.standardError.write(Data("[ERROR] workbook_close(): Zip error\n".utf8))
            FileHandle.standardError.write(Data("[WARNING] worksheet: iets\n".utf8))
            FileHandle.standardError.write(Data("een andere melding van Dekking\n".utf8))
            return 42
        }
        #expect(result == 42)
        #expect(held == ["[ERROR] workbook_close(): Zip error", "[WARNING] worksheet: iets"])
        // Standard error is back: a second capture sees only its own lines.
        let (_, again) = LibraryMessages.silenced { FileHandle.standardError.write(Data("[ERROR] tweede\n".utf8)) }
        #expect(again == ["[ERROR] tweede"])
    }
}
