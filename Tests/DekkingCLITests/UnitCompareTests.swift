import DekkingCore
import DekkingTestSupport
import Foundation
import Testing

/// `dekking compare` unit by unit: two versions of a study guide module by module, and a
/// dossier against a functieboek (the function's passages no kerntaak prepares for).
@Suite struct UnitCompareTests {
    static let units = TestPaths.fixtures.appendingPathComponent("units")

    static func rows(_ folder: URL) throws -> [[String]] {
        let text = try String(contentsOf: folder.appendingPathComponent("compare-eenheden.csv"), encoding: .utf8)
        return CSVReader.parse(text).map(\.fields)
    }

    @Test func twoVersionsOfAStudyGuideAreComparedModuleByModule() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let result = try runDekking([
            "compare", Self.units.appendingPathComponent("studiegids-versie-1.txt").path,
            Self.units.appendingPathComponent("studiegids-versie-2.txt").path, "--kind", "studiegids", "--out",
            dir.url.path, "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Per eenheid (A → B):"))
        #expect(result.stdout.contains("Preventie en vroegsignalering (module-6): nieuw in B"))
        #expect(result.stdout.contains("Schuldhulpverlening (module-3): alleen in A"))
        let rows = try Self.rows(dir.url)
        #expect(rows.first == ["row_type", "a_unit", "a_title", "b_unit", "b_title", "competencies", "place", "text"])
        let pairs = rows.dropFirst().filter { $0[0] != "task" }
        #expect(pairs.contains { $0[0] == "new" && $0[3] == "module-6" })
        #expect(pairs.contains { $0[0] == "gone" && $0[1] == "module-3" })
        // Modules 1 and 2 are paired with themselves, whatever changed in them.
        #expect(pairs.filter { $0[1] == "module-1" || $0[1] == "module-2" }.allSatisfy { $0[1] == $0[3] })
        // What the new module carries is what version 1 lacked, and each such passage is B's.
        let gained = try #require(pairs.first { $0[0] == "new" })[5].split(separator: " ")
        #expect(!gained.isEmpty)
        for task in rows.dropFirst().filter({ $0[0] == "task" }) {
            #expect(task[3].hasPrefix("module-"))
            #expect(!task[5].isEmpty)
        }
        // compare.html shows the same pairs.
        let html = try String(contentsOf: dir.url.appendingPathComponent("compare.html"), encoding: .utf8)
        #expect(html.contains("<h2 id=\"units-title\">Per eenheid</h2>"))
        #expect(html.contains("<tr data-pair=\"module-6\"><td><em>nieuw in B</em></td>"))
        #expect(html.contains("<tr data-pair=\"module-3\"><td>Schuldhulpverlening</td><td><em>alleen in A</em></td>"))
        #expect(
            html.components(separatedBy: "<li data-task=").count - 1
                == rows.dropFirst().filter { $0[0] == "task" }.count)
    }

    @Test func aFunctionsTasksThatNoKerntaakPreparesForAreNamed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let result = try runDekking([
            "compare", TestPaths.inputs.appendingPathComponent("kd-medewerker-schuldhulpverlening.pdf").path,
            Self.units.appendingPathComponent("functieboek-wijkteam.txt").path, "--out", dir.url.path, "--quiet",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try Self.rows(dir.url)
        let tasks = rows.dropFirst().filter { $0[0] == "task" }
        #expect(!tasks.isEmpty)
        // Every task is a passage of one of the functions, under that function's heading.
        for task in tasks {
            let function = try #require(Int(task[3].dropFirst("functie-".count)))
            #expect(task[6].contains("Functie \(function):"), "\(task)")
        }
        // Kerntaken and functions are not paired as versions of each other.
        #expect(rows.dropFirst().allSatisfy { $0[0] == "task" })
        #expect(!result.stdout.contains("Per eenheid"))
    }
}
