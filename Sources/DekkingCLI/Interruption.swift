import DekkingPipeline
import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM during a run: the unfinished run folder and the temporary file of
/// `--json` are removed and the process ends with status 130, so no partial report survives that
/// looks complete, and nothing is left behind.
enum Interruption {
    /// Installs the handlers until the returned sources are cancelled.
    static func discardOnSignal(_ outputs: AnalysisPipeline.Abandonment) -> Handle {
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                outputs.discard()
                Terminal.error("afgebroken: de onvolledige run is verwijderd")
                exit(130)
            }
            source.resume()
            return source
        }
        return Handle(sources: sources)
    }

    struct Handle {
        let sources: [DispatchSourceSignal]

        func cancel() {
            for source in sources { source.cancel() }
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
    }
}
