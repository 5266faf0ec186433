/// Finds a start tag with too many attributes in a document's bytes, before libxml2 sees them.
///
/// libxml2 2.9 takes time quadratic in the number of attributes of one element (its duplicate
/// check and its tree builder both walk the attributes seen so far for every new one): an element
/// with 50,000 attributes took 3 to 26 s, 100,000 four times as long. Both happen inside the
/// parse of the start tag, before any callback, so the count has to come first.
///
/// The scan is one pass over the bytes and deliberately simple: it skips comments, CDATA,
/// processing instructions, declarations, end tags, quoted values and (for HTML) the content of
/// `script` and `style`, and counts in each start tag the names that follow white space or a
/// quoted value. Zero bytes are ignored, so UTF-16 markup is scanned too. It may count a little
/// more than libxml2 would (an unquoted value after `= `), never fewer, so the limit should be
/// generous.
enum AttributeScan {
    /// The 1-based line of the first start tag with more than `limit` attributes, or `nil`.
    ///
    /// - Complexity: O(n) in the number of bytes; O(1) when there are fewer than `2 × limit`.
    static func firstElement(exceeding limit: Int, in bytes: UnsafeRawBufferPointer, html: Bool) -> Int? {
        guard bytes.count >= 2 * limit else { return nil }
        var scanner = Scanner(bytes: bytes)
        while let byte = scanner.next() {
            guard byte == UInt8(ascii: "<"), let first = scanner.peek() else { continue }
            switch first {
            case UInt8(ascii: "!"):
                if scanner.skipIfNext("!--") {
                    scanner.skip(past: "-->")
                } else if scanner.skipIfNext("![CDATA[") {
                    scanner.skip(past: "]]>")
                } else {
                    scanner.skip(past: ">")
                }
            case UInt8(ascii: "?"): scanner.skip(past: ">")
            case UInt8(ascii: "/"): scanner.skip(past: ">")
            case _ where isNameStart(first):
                let line = scanner.line
                let name = scanner.name()
                if scanner.countAttributes(upTo: limit) > limit { return line }
                if html, name == "script" || name == "style" { scanner.skip(pastCaseless: "</" + name) }
            default: continue
            }
        }
        return nil
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// A cursor over the bytes that skips zero bytes and counts lines.
    struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var position = 0
        private(set) var line = 1

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        mutating func next() -> UInt8? {
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == 0 { continue }
                if byte == 0x0A { line += 1 }
                return byte
            }
            return nil
        }

        func peek() -> UInt8? {
            var copy = self
            return copy.next()
        }

        /// Consumes `text` when the bytes continue with it.
        mutating func skipIfNext(_ text: String) -> Bool {
            var copy = self
            for expected in text.utf8 where copy.next() != expected { return false }
            self = copy
            return true
        }

        /// Consumes everything up to and including `end` (or everything); `caseless` compares
        /// ASCII letters without case (`end` is lower case then).
        mutating func skip(past end: String, caseless: Bool = false) {
            let pattern = Array(end.utf8)
            if pattern.count == 1 {
                while let byte = next(), byte != pattern[0] {}
                return
            }
            // Knuth–Morris–Pratt, so that "--->" ends a comment.
            var failure = [Int](repeating: 0, count: pattern.count)
            var length = 0
            for index in 1..<pattern.count {
                while length > 0, pattern[index] != pattern[length] { length = failure[length - 1] }
                if pattern[index] == pattern[length] { length += 1 }
                failure[index] = length
            }
            var matched = 0
            while let raw = next() {
                let byte = caseless && raw >= 0x41 && raw <= 0x5A ? raw | 0x20 : raw
                while matched > 0, byte != pattern[matched] { matched = failure[matched - 1] }
                if byte == pattern[matched] { matched += 1 }
                if matched == pattern.count { return }
            }
        }

        mutating func skip(pastCaseless end: String) { skip(past: end, caseless: true) }

        /// Consumes a tag name; returns it lower-cased (ASCII).
        mutating func name() -> String {
            var name: [UInt8] = []
            while let byte = peek(), !AttributeScan.isSpace(byte), byte != UInt8(ascii: ">"), byte != UInt8(ascii: "/")
            {
                _ = next()
                if name.count < 16 { name.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) }
            }
            return String(decoding: name, as: UTF8.self)
        }

        /// Consumes the rest of a start tag; returns its attributes, counted up to `limit + 1`.
        mutating func countAttributes(upTo limit: Int) -> Int {
            var count = 0
            var boundary = false
            while let byte = next() {
                switch byte {
                case UInt8(ascii: ">"): return count
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    skip(past: String(UnicodeScalar(byte)))
                    boundary = true
                case _ where AttributeScan.isSpace(byte): boundary = true
                case UInt8(ascii: "="), UInt8(ascii: "/"): boundary = false
                default:
                    if boundary {
                        count += 1
                        if count > limit { return count }
                    }
                    boundary = false
                }
            }
            return count
        }
    }
}
