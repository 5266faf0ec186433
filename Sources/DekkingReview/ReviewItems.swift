import DekkingModel

/// What a reviewer can decide about in a run: per document, its competencies, their indicators
/// and its startbekwaam statements, as the run's result lists them.
public struct ReviewItems: Sendable {
    /// Document id → the ids of its items.
    private let items: [String: Set<String>]

    public init(_ result: CoverageResult) {
        var items: [String: Set<String>] = [:]
        for document in result.documents {
            var ids = Set<String>()
            for competency in document.competencies {
                ids.insert(competency.id)
                ids.formUnion(competency.indicators.map(\.id))
            }
            for profile in document.startbekwaam ?? [] { ids.formUnion(profile.statements.compactMap(\.id)) }
            items[document.id] = ids
        }
        self.items = items
    }

    public func contains(document: String) -> Bool { items[document] != nil }

    public func contains(item: String, of document: String) -> Bool { items[document]?.contains(item) == true }
}
