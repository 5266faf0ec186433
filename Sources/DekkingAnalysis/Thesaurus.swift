import DekkingCore
import Foundation
import Yams

/// The domain thesaurus as written (`Mappings/thesaurus/*.yaml`): groups of words and phrases that
/// mean the same for matching, each with an id that becomes the synonym term `~id`.
///
/// File format (documented in `Mappings/thesaurus/README.md`):
/// ```yaml
/// schema: 1
/// groups:
///   client: [cliënt, burger, klant, hulpvrager]
///   schuldhulpverlening:
///     - schuldhulpverlening
///     - hulp bij schulden
/// ```
/// Problems become ``Finding``s with file and line: an empty group or a member that is not text is
/// an error; a member in two groups is a warning (the member then belongs to both).
public struct Thesaurus: Sendable {
    /// One group of the file.
    public struct Group: Hashable, Sendable {
        /// The id, used as the synonym term `~id`.
        public var id: String
        /// The members as written: single words or phrases.
        public var members: [String]
        /// The file and 1-based line of the group.
        public var file: String?
        public var line: Int?

        public init(id: String, members: [String], file: String? = nil, line: Int? = nil) {
            self.id = id
            self.members = members
            self.file = file
            self.line = line
        }

        /// The term a synonym token of this group carries.
        public var term: String { "~" + id }
    }

    public var groups: [Group]
    /// Problems found while reading.
    public var findings: [Finding]

    public init(groups: [Group], findings: [Finding] = []) {
        self.groups = groups
        self.findings = findings
    }

    /// Reads every `*.yaml` file of `directory` (sorted by name); a missing directory is an empty
    /// thesaurus with a note.
    public init(directory: URL) {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        let yamlFiles = files.filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !yamlFiles.isEmpty else {
            self.init(
                groups: [],
                findings: [
                    Finding(
                        .note, SourceLocation(file: directory.lastPathComponent), "geen thesaurusbestanden gevonden")
                ])
            return
        }
        var groups: [Group] = []
        var findings: [Finding] = []
        var owners: [String: String] = [:]
        for file in yamlFiles {
            let reader = YAMLFileReader(file: "thesaurus/" + file.lastPathComponent)
            if let root = reader.parse(contentsOf: file) {
                groups += Self.read(root, reader: reader, owners: &owners)
            }
            findings += reader.findings
        }
        self.init(groups: groups, findings: findings)
    }

    /// Reads one file's text, for tests and tools; `file` names it in findings.
    public init(yaml text: String, file: String) {
        let reader = YAMLFileReader(file: file)
        var owners: [String: String] = [:]
        let groups = reader.parse(text).map { Self.read($0, reader: reader, owners: &owners) } ?? []
        self.init(groups: groups, findings: reader.findings)
    }

    private static func read(_ root: Node, reader: YAMLFileReader, owners: inout [String: String]) -> [Group] {
        guard let map = reader.mapping(root, "de thesaurus") else { return [] }
        if let schema = reader.number(map, "schema"), schema != 1 {
            reader.error(map["schema"], "onbekende schemaversie \(schema); deze versie leest schema 1")
        }
        guard let groupsNode = map["groups"] else {
            reader.error(root, "'groups' ontbreekt")
            return []
        }
        guard let groupMap = reader.mapping(groupsNode, "'groups'") else { return [] }
        var groups: [Group] = []
        for (key, value) in groupMap {
            guard let id = key.string?.trimmingCharacters(in: .whitespaces), !id.isEmpty,
                id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
            else {
                reader.error(key, "een groepsnaam mag alleen letters, cijfers, '-' en '_' bevatten")
                continue
            }
            let items: [Node] =
                value.sequence.map(Array.init) ?? (value.scalar != nil && value.null == nil ? [value] : [])
            if value.sequence == nil, value.scalar == nil || value.null != nil {
                reader.error(key, "groep '\(id)' heeft geen termen", element: id)
                continue
            }
            var members: [String] = []
            for item in items {
                guard item.scalar != nil, let raw = item.string else {
                    reader.error(item, "elke term van groep '\(id)' moet tekst zijn", element: id)
                    continue
                }
                let member = raw.trimmingCharacters(in: .whitespaces)
                guard !member.isEmpty else {
                    reader.error(item, "lege term in groep '\(id)'", element: id)
                    continue
                }
                let folded = VocabularyLexicon.fold(member.lowercased())
                if let owner = owners[folded], owner != id {
                    reader.warning(
                        item, "'\(member)' staat ook in groep '\(owner)'; de term hoort nu bij beide groepen",
                        element: id)
                } else if owners[folded] == id {
                    reader.warning(item, "'\(member)' staat twee keer in groep '\(id)'", element: id)
                    continue
                }
                owners[folded] = owners[folded] ?? id
                members.append(member)
            }
            if members.isEmpty {
                reader.error(key, "groep '\(id)' heeft geen termen", element: id)
                continue
            }
            groups.append(Group(id: id, members: members, file: reader.file, line: key.mark?.line))
        }
        return groups
    }
}
