import Foundation

/// libxlsxwriter reports a failure twice: as a status code, which ``XLSXWorkbook`` turns into a
/// typed error with a Dutch message, and as an English line it prints itself to standard error
/// (`[ERROR] workbook_close(): …`). This keeps those lines off the terminal: while `body` runs,
/// standard error goes to a temporary file; afterwards the library's own `[ERROR]`/`[WARNING]`
/// lines are dropped and anything else written meanwhile (by another part of the program) is
/// passed on unchanged. Without a temporary file `body` just runs.
///
/// One workbook at a time: standard error is one descriptor for the whole process, so two
/// workbooks closing at once (a batch's reports are written in parallel) take turns.
enum LibraryMessages {
    private static let turn = NSLock()

    /// The result of `body`, with the library's lines that were held back.
    static func silenced<Result>(_ body: () -> Result) -> (result: Result, held: [String]) {
        turn.lock()
        defer { turn.unlock() }
        fflush(nil)  // every C stream, the standard error among them
        guard let file = tmpfile() else { return (body(), []) }
        defer { fclose(file) }
        let temporary = fileno(file)
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(temporary, STDERR_FILENO) >= 0 else {
            if saved >= 0 { close(saved) }
            return (body(), [])
        }
        let result = body()
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        lseek(temporary, 0, SEEK_SET)
        let text = String(decoding: FileHandle(fileDescriptor: temporary).readDataToEndOfFile(), as: UTF8.self)
        var held: [String] = []
        var other = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
        {
            if line.hasPrefix("[ERROR]") || line.hasPrefix("[WARNING]") {
                held.append(String(line))
            } else {
                other += line + "\n"
            }
        }
        if !other.isEmpty { FileHandle.standardError.write(Data(other.utf8)) }
        return (result, held)
    }
}
