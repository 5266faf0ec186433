import Foundation
import Testing

@testable import DekkingIngest

@Suite struct TextDecodingTests {
    static let sample = "Cliënt één – ‘financiële’ zorgen"

    static func utf16(_ text: String, littleEndian: Bool) -> Data {
        var data = Data(littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
        for unit in text.utf16 {
            let bytes = littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            data.append(contentsOf: bytes)
        }
        return data
    }

    static let windows1252: Data = {
        // "Cliënt één – ‘financiële’ zorgen" in Windows-1252.
        var bytes: [UInt8] = Array("Cli".utf8)
        bytes += [0xEB] + Array("nt ".utf8) + [0xE9, 0xE9] + Array("n ".utf8) + [0x96, 0x20, 0x91]
        bytes += Array("financi".utf8) + [0xEB] + Array("le".utf8) + [0x92] + Array(" zorgen".utf8)
        return Data(bytes)
    }()

    static let cases: [(name: String, data: Data, encoding: String, fallback: Bool)] = [
        ("utf-8", Data(sample.utf8), "utf-8", false),
        ("utf-8 with BOM", Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8), "utf-8-bom", false),
        ("utf-16 LE", utf16(sample, littleEndian: true), "utf-16le", false),
        ("utf-16 BE", utf16(sample, littleEndian: false), "utf-16be", false),
        ("windows-1252", windows1252, "windows-1252", true),
    ]

    @Test(arguments: cases.indices)
    func decodesEachEncoding(_ index: Int) throws {
        let testCase = Self.cases[index]
        let decoded = try TextDecoding.decode(testCase.data)
        #expect(decoded.text == Self.sample, "\(testCase.name)")
        #expect(decoded.encoding == testCase.encoding)
        #expect(decoded.isFallback == testCase.fallback)
    }

    @Test(arguments: [Data(), Data([0xEF, 0xBB, 0xBF]), Data("  \n\t ".utf8)])
    func refusesEmptyInput(_ data: Data) {
        #expect(throws: TextDecoding.Failure.empty) { try TextDecoding.decode(data) }
    }

    @Test(arguments: [
        Data([0x00, 0x01, 0x02, 0x03, 0x41, 0x42]),
        Data((0..<400).map { (index: Int) -> UInt8 in UInt8(1 + index % 8) }),
        Data("PK\u{03}\u{04}\u{14}\u{00}\u{06}\u{00}".utf8),
    ])
    func refusesBinaryData(_ data: Data) {
        #expect(throws: TextDecoding.Failure.binary) { try TextDecoding.decode(data) }
    }
}
