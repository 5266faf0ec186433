import DekkingReport
import Testing

/// Sheet names Excel accepts, made deterministically from document titles (or ids).
@Suite struct XLSXSheetNameTests {
    @Test(arguments: [
        ("kd-metselaar", "kd-metselaar"),
        ("a[b]c:d*e?f/g\\h", "a-b-c-d-e-f-g-h"),
        ("'citaat'", "citaat"),
        ("  veel   ruimte\there  ", "veel ruimte here"),
        ("", "Blad"),
        ("'''", "Blad"),
        // Longer names end at the last whole word that fits.
        ("opleidingsprofiel-sociaal-financiele-dienstverlening", "opleidingsprofiel-sociaal"),
        ("financiële-dienstverlening-en-schuldhulp", "financiële-dienstverlening-en"),
        ("Kwalificatiedossier Medewerker schuldhulpverlening", "Kwalificatiedossier Medewerker"),
        ("Functieboek \"Sociaal werk\", functie Budgetcoach", "Functieboek \"Sociaal werk\""),
        // … and not inside brackets left open.
        ("Vacature Budgetcoach (32-36 uur), Gemeente Voorbeeldstad", "Vacature Budgetcoach"),
        // One word longer than half the limit is cut where it must be.
        ("Arbeidsmarktgekwalificeerdassistentopleiding", "Arbeidsmarktgekwalificeerdassis"),
        ("emoji-😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "emoji-😀😀😀😀😀😀😀😀😀😀😀😀"),
    ])
    func namesAreSanitised(wanted: String, expected: String) {
        let name = XLSXSheetName.sanitised(wanted)
        #expect(name == expected)
        #expect(name.utf16.count <= 31)
        #expect(!name.contains { "[]:*?/\\".contains($0) })
        #expect(!name.hasPrefix("'") && !name.hasSuffix("'"))
    }

    @Test func namesAreUniqueWithoutRegardToCaseAndAvoidReservedOnes() {
        let names = XLSXSheetName.unique(
            [
                "Matrix", "rapport", "RAPPORT", "rapport", "History", String(repeating: "x", count: 40),
                String(repeating: "x", count: 35),
            ],
            avoiding: ["Matrix", "Hiaten"])
        #expect(
            names == [
                "Matrix (2)", "rapport", "RAPPORT (2)", "rapport (3)", "History (2)", String(repeating: "x", count: 31),
                String(repeating: "x", count: 27) + " (2)",
            ])
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test func theSameIdsAlwaysGiveTheSameNames() {
        let ids = ["b/c", "b-c", "B:C", "a"]
        #expect(XLSXSheetName.unique(ids) == XLSXSheetName.unique(ids))
        #expect(XLSXSheetName.unique(ids) == ["b-c", "b-c (2)", "B-C (3)", "a"])
    }

    @Test func titlesThatShortenAlikeAreNumberedAtAWord() {
        let names = XLSXSheetName.unique([
            "Kwalificatiedossier Medewerker schuldhulpverlening", "Kwalificatiedossier Medewerker sociaal werk",
        ])
        #expect(names == ["Kwalificatiedossier Medewerker", "Kwalificatiedossier (2)"])
    }
}
