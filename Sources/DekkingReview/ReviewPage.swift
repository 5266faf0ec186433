import DekkingReport
import Foundation

/// The run's `report.html` as the review server serves it: the page's own content-security
/// policy also lets it talk to the server it came from (`connect-src 'self'`), and a
/// `review-config` block tells the page's decision buttons where to send decisions and with
/// which token. Everything else is the page as written by the run, byte for byte.
public enum ReviewPage {
    public struct Problem: Error, Hashable, Sendable {
        public var message: String
    }

    /// The page for `report` (the run's report.html) with `config` as JSON.
    public static func served(report: String, config: [String: String]) throws(Problem) -> String {
        guard let policyRange = report.range(of: HTMLReport.offlinePolicy) else {
            throw Problem(message: "report.html is niet door deze versie van Dekking gemaakt (beleidsregel ontbreekt)")
        }
        guard let bodyRange = report.range(of: "<body>") else {
            throw Problem(message: "report.html heeft geen <body>")
        }
        var page = report
        // The body tag comes after the policy: replace it first so the policy's range stays valid.
        page.replaceSubrange(bodyRange, with: "<body>\n" + configBlock(config))
        page.replaceSubrange(policyRange, with: HTMLReport.reviewPolicy)
        return page
    }

    /// `<script type="application/json" id="review-config">…</script>`, escaped like the page's
    /// own data block (no `<` in the JSON, so nothing can close the element).
    static func configBlock(_ config: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(config)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        let safe = json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
        return "<script type=\"application/json\" id=\"review-config\">\(safe)</script>\n"
    }
}
