import Foundation
import Yams

/// Reads one YAML mapping file (framework, thesaurus, thresholds, overrides) and turns every
/// problem into a ``Finding`` that names the file, line and column.
///
/// The reader never throws for bad content: callers ask for values, get `nil` where a value is
/// missing or of the wrong shape, and read all problems from ``findings`` afterwards. A reader is
/// used for one file on one thread.
public final class YAMLFileReader {
    /// The file as the user named it.
    public let file: String
    /// Problems found so far, in the order they were found.
    public private(set) var findings: [Finding] = []

    public init(file: String) { self.file = file }

    /// Parses `text`; returns the root node, or `nil` after recording why the file is unusable.
    public func parse(_ text: String) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                error(nil, "het bestand is leeg")
                return nil
            }
            return root
        } catch let yamlError as YamlError {
            record(yamlError)
        } catch {
            self.error(nil, "het bestand is geen geldige YAML: \(error)")
        }
        return nil
    }

    /// Reads and parses the file at `url`.
    public func parse(contentsOf url: URL) -> Node? {
        guard let data = try? Data(contentsOf: url) else {
            error(nil, "het bestand kan niet worden gelezen")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            error(nil, "het bestand is geen UTF-8-tekst")
            return nil
        }
        return parse(text)
    }

    /// The location of `node` in this file.
    public func location(_ node: Node?, element: String? = nil) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line, column: node?.mark?.column, element: element)
    }

    /// Records an error at `node`.
    public func error(_ node: Node?, _ message: String, element: String? = nil) {
        findings.append(Finding(.error, location(node, element: element), message))
    }

    /// Records a warning at `node`.
    public func warning(_ node: Node?, _ message: String, element: String? = nil) {
        findings.append(Finding(.warning, location(node, element: element), message))
    }

    /// The mapping in `node`, or `nil` after recording that `what` should have been a mapping.
    public func mapping(_ node: Node?, _ what: String, element: String? = nil) -> Node.Mapping? {
        guard let node else { return nil }
        if let mapping = node.mapping { return mapping }
        error(node, "\(what) moet een mapping (sleutel: waarde) zijn", element: element)
        return nil
    }

    /// The sequence under `key`; `nil` (with an error when `required`) if it is absent or not a list.
    public func sequence(
        _ map: Node.Mapping, _ key: String, in owner: Node? = nil, required: Bool = true, element: String? = nil
    ) -> Node.Sequence? {
        guard let node = map[key], node.null == nil else {
            if required { error(owner, "'\(key)' ontbreekt", element: element) }
            return nil
        }
        guard let sequence = node.sequence else {
            error(node, "'\(key)' moet een lijst zijn", element: element)
            return nil
        }
        return sequence
    }

    /// The text under `key`, trimmed; `nil` (with an error when `required`) if absent, empty or not text.
    public func string(
        _ map: Node.Mapping, _ key: String, in owner: Node? = nil, required: Bool = true, element: String? = nil
    ) -> String? {
        guard let node = map[key], node.null == nil else {
            if required { error(owner, "'\(key)' ontbreekt", element: element) }
            return nil
        }
        guard node.scalar != nil, let raw = node.string else {
            error(node, "'\(key)' moet tekst zijn", element: element)
            return nil
        }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            if required { error(node, "'\(key)' is leeg", element: element) }
            return nil
        }
        return text
    }

    /// The list of texts under `key` (a single text counts as a list of one).
    public func strings(_ map: Node.Mapping, _ key: String, element: String? = nil) -> [String] {
        guard let node = map[key], node.null == nil else { return [] }
        if let scalar = node.string, node.scalar != nil { return [scalar] }
        guard let sequence = node.sequence else {
            error(node, "'\(key)' moet een lijst met teksten zijn", element: element)
            return []
        }
        return sequence.compactMap { item in
            guard item.scalar != nil, let text = item.string else {
                error(item, "elk element van '\(key)' moet tekst zijn", element: element)
                return nil
            }
            return text
        }
    }

    /// The number under `key`, or `nil` (with an error when present but not a number).
    public func number(_ map: Node.Mapping, _ key: String, element: String? = nil) -> Double? {
        guard let node = map[key], node.null == nil else { return nil }
        guard let value = node.float ?? node.int.map(Double.init) else {
            error(node, "'\(key)' moet een getal zijn", element: element)
            return nil
        }
        return value
    }

    private func record(_ yamlError: YamlError) {
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            findings.append(
                Finding(
                    .error, SourceLocation(file: file, line: mark.line, column: mark.column),
                    "ongeldige YAML: \(problem)"))
        case .duplicatedKeysInMapping(let duplicates, let context):
            findings.append(
                Finding(
                    .error, SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                    "dubbele sleutel(s) in een mapping: \(duplicates.joined(separator: ", "))"))
        default:
            error(nil, "ongeldige YAML: \(yamlError)")
        }
    }
}
