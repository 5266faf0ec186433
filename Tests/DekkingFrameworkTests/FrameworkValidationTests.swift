import DekkingCore
import DekkingFramework
import Testing

/// Every class of problem in a framework file is reported with the file, a line and the id concerned.
@Suite struct FrameworkValidationTests {
    /// A small valid framework in the shipped schema; tests break one thing at a time.
    static let valid = """
        schema: 1
        id: demo
        title: "Demokader"
        version: "1"
        levels:
          - id: hbo
            title: "Hbo"
          - id: mbo
            title: "Mbo"
        clusters:
          - id: "1"
            title: "Contact"
            competencies:
              - id: "1.1"
                title: "Legt contact"
                indicators:
                  hbo:
                    - id: 1.1-hbo-1
                      text: "Maakt contact met burgers."
                  mbo:
                    - id: 1.1-mbo-1
                      text: "Maakt contact."
              - id: "1.2"
                title: "Luistert"
                indicators:
                  hbo:
                    - id: 1.2-hbo-1
                      text: "Luistert aandachtig."
                  mbo:
                    - id: 1.2-mbo-1
                      text: "Luistert."
        """

    func load(_ yaml: String) -> FrameworkLoader.Result { FrameworkLoader.load(yaml: yaml, file: "kader.yaml") }

    func errors(_ yaml: String) -> [Finding] { load(yaml).findings.filter { $0.severity == .error } }

    @Test func theTemplateIsValid() {
        let result = load(Self.valid)
        #expect(result.findings.isEmpty)
        #expect(result.framework?.indicators.count == 4)
    }

    @Test func duplicateIndicatorId() throws {
        let yaml = Self.valid.replacingOccurrences(of: "id: 1.2-hbo-1", with: "id: 1.1-hbo-1")
        let found = try #require(errors(yaml).first)
        #expect(found.location.file == "kader.yaml")
        #expect(found.location.line == 27)
        #expect(found.location.element == "1.1-hbo-1")
        #expect(found.description.contains("kader.yaml:27:"))
        #expect(found.message.contains("dubbele id '1.1-hbo-1'"))
        #expect(load(yaml).framework == nil)
    }

    @Test func duplicateCompetencyId() {
        let yaml = Self.valid.replacingOccurrences(of: "id: \"1.2\"", with: "id: \"1.1\"")
        #expect(errors(yaml).contains { $0.message.contains("dubbele id '1.1'") && $0.location.element == "1.1" })
    }

    @Test func competencyWithoutIndicatorsForADeclaredLevel() throws {
        let yaml = Self.valid.replacingOccurrences(
            of: "          mbo:\n            - id: 1.2-mbo-1\n              text: \"Luistert.\"", with: "")
        let found = try #require(errors(yaml).first)
        #expect(found.message == "competentie 1.2 heeft geen indicatoren voor niveau mbo")
        #expect(found.location.element == "1.2")
        #expect(found.location.line != nil)
    }

    @Test func emptyIndicatorText() throws {
        let yaml = Self.valid.replacingOccurrences(of: "text: \"Luistert.\"", with: "text: \"  \"")
        let found = try #require(errors(yaml).first)
        #expect(found.message == "'text' is leeg")
        #expect(found.location.element == "1.2-mbo-1")
        #expect(found.location.line == 31)
    }

    @Test func unknownCluster() throws {
        let yaml = Self.valid.replacingOccurrences(of: "id: \"1.2\"", with: "id: \"9.2\"")
            .replacingOccurrences(of: "1.2-hbo-1", with: "9.2-hbo-1").replacingOccurrences(
                of: "1.2-mbo-1", with: "9.2-mbo-1")
        let found = try #require(errors(yaml).first)
        #expect(found.message.contains("onbekend cluster 9"))
        #expect(found.location.element == "9.2")
    }

    @Test func undeclaredLevel() {
        let yaml = Self.valid.replacingOccurrences(
            of: "          mbo:\n            - id: 1.2-mbo-1", with: "          vmbo:\n            - id: 1.2-mbo-1")
        let found = errors(yaml)
        #expect(found.contains { $0.message.contains("niveau 'vmbo', dat het kader niet declareert") })
        #expect(found.contains { $0.message == "competentie 1.2 heeft geen indicatoren voor niveau mbo" })
    }

    @Test func malformedYAML() throws {
        let yaml = Self.valid.replacingOccurrences(of: "title: \"Luistert\"", with: "title: \"Luistert")
        let found = try #require(errors(yaml).first)
        #expect(found.message.hasPrefix("ongeldige YAML"))
        #expect(found.location.line != nil)
    }

    @Test func notAMapping() {
        #expect(errors("- a\n- b\n").first?.message == "het competentiekader moet een mapping (sleutel: waarde) zijn")
        #expect(errors("").first?.message == "het bestand is leeg")
    }

    @Test func missingRequiredFields() {
        let yaml = Self.valid.replacingOccurrences(of: "version: \"1\"\n", with: "").replacingOccurrences(
            of: "title: \"Contact\"\n    ", with: "")
        let messages = errors(yaml).map(\.message)
        #expect(messages.contains("'version' ontbreekt"))
        #expect(messages.contains("'title' ontbreekt"))
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let yaml = Self.valid.replacingOccurrences(of: "id: 1.2-hbo-1", with: "id: 1.1-hbo-1")
            .replacingOccurrences(of: "text: \"Luistert.\"", with: "text: \"\"")
        #expect(errors(yaml).count == 2)
    }
}
