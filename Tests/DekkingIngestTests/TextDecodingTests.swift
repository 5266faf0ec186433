import DekkingTestSupport
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
        // 10 % of the bytes are control bytes, but 18 % of the characters.
        Data((String(repeating: "é", count: 45) + String(repeating: "\u{01}", count: 10)).utf8),
    ])
    func refusesBinaryData(_ data: Data) {
        #expect(throws: TextDecoding.Failure.binary) { try TextDecoding.decode(data) }
    }

    /// The word-at-a-time count of control bytes agrees with a byte-by-byte count over random
    /// bytes: mostly text, with control bytes, NUL and high bytes at random places, of lengths
    /// around the 8-byte steps and beyond the sample.
    @Test func controlBytesAreCountedAsByteByByte() {
        var random = SplitMix(seed: 23)
        func model(_ bytes: [UInt8]) -> Int? {
            var controls = 0
            for byte in bytes.prefix(TextDecoding.sampleSize) {
                if byte == 0 { return nil }
                if byte < 0x20, ![0x09, 0x0A, 0x0C, 0x0D].contains(byte) { controls += 1 }
            }
            return controls
        }
        let alphabet = Array("Een cliënt\n".utf8) + [0x01, 0x09, 0x0C, 0x0D, 0x1F, 0x20, 0x7F, 0x80, 0xFF]
        for round in 0..<2_000 {
            let length = round < 1_990 ? Int(random.next() % 70) : TextDecoding.sampleSize - 5 + Int(random.next() % 10)
            let odd = random.next() % 4
            var bytes = (0..<length).map { _ -> UInt8 in
                odd == 0
                    ? alphabet[Int(random.next() % UInt64(alphabet.count))]
                    : UInt8(ascii: "a") + UInt8(random.next() % 26)
            }
            if length > 0, random.next() % 5 == 0 { bytes[Int(random.next() % UInt64(length))] = 0 }
            #expect(TextDecoding.controlBytes(bytes) == model(bytes), "round \(round), length \(length)")
        }
        // A NUL beyond the sample is not seen; one inside it is.
        var long = [UInt8](repeating: UInt8(ascii: "a"), count: TextDecoding.sampleSize + 8)
        long[TextDecoding.sampleSize] = 0
        #expect(TextDecoding.controlBytes(long) == 0)
        long[TextDecoding.sampleSize - 1] = 0
        #expect(TextDecoding.controlBytes(long) == nil)
    }
}
