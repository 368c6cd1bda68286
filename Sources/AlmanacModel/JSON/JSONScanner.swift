import Foundation

/// Why text is not JSON: where, and whether it simply stopped (a truncated file).
struct JSONSyntaxError: Error {
    var message: String
    var offset: Int
    /// Set when the text ended early; names what was still open ("an object", "a string").
    var unclosed: String?
}

/// What the next value is, from its first byte.
enum JSONToken {
    case object, array, string, number, `true`, `false`, null
}

/// A string's text: the bytes themselves when it holds no escapes (nothing to copy), or the
/// unescaped text.
enum JSONText {
    case raw(UnsafeBufferPointer<UInt8>)
    case unescaped(String)

    var string: String {
        switch self {
        case .raw(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .unescaped(let s): return s
        }
    }

    /// Compares without making a String: member names are matched this way.
    static func ~= (pattern: StaticString, text: JSONText) -> Bool {
        switch text {
        case .raw(let bytes):
            // Length and first byte first: most names tried are not the one.
            guard bytes.count == pattern.utf8CodeUnitCount else { return false }
            guard let first = bytes.first else { return true }
            return first == pattern.utf8Start.pointee && memcmp(bytes.baseAddress!, pattern.utf8Start, bytes.count) == 0
        case .unescaped(let s):
            return s == pattern.description
        }
    }
}

/// Strict JSON (RFC 8259) tokens over UTF-8 bytes, and a position in them.
///
/// The pieces `JSONParser` (which builds a tree) and `ContentReading` (which reads straight into
/// the content types) share, so both accept the same text and say the same about what they
/// refuse, at the same offset.
struct JSONScanner {
    static let maximumDepth = 256

    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A byte order mark, as some Windows editors write.
    mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    }

    /// Nothing but space may follow the document's value.
    mutating func end() throws(JSONSyntaxError) {
        skipSpace()
        if i < bytes.count { throw fail("unexpected text after the end of the JSON") }
    }

    func fail(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, offset: i, unclosed: i >= bytes.count ? unclosed() : nil)
    }

    /// What the text ends inside ("an object", "a string"), for a failure at its end. Worked
    /// out again from the start rather than kept as the scan goes, which cost every object,
    /// array and string a push and a pop: the text before the end was well formed, so brackets
    /// and quotes are enough.
    private func unclosed() -> String {
        var brackets: [UInt8] = [], inString = false, escaped = false
        for c in bytes {
            if inString {
                if escaped { escaped = false } else if c == UInt8(ascii: "\\") { escaped = true } else if c == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch c {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): brackets.append(c)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = brackets.popLast()
            default: break
            }
        }
        if inString { return "a string" }
        switch brackets.last {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        default: return "a value"
        }
    }

    @inline(__always)
    mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    /// The byte after any space, without taking it; nil at the end.
    @inline(__always)
    mutating func peekByte() -> UInt8? {
        skipSpace()
        return i < bytes.count ? bytes[i] : nil
    }

    /// What the next value is (after any space), without taking it.
    mutating func token() throws(JSONSyntaxError) -> JSONToken {
        skipSpace()
        guard i < bytes.count else { throw fail("expected a value") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"): return .true
        case UInt8(ascii: "f"): return .false
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw fail("unexpected character '\(Self.show(bytes[i]))'")
        }
    }

    /// Skips one value, checking it as strictly as `JSONParser` would.
    mutating func skipValue() throws(JSONSyntaxError) {
        switch try token() {
        case .object:
            guard try openObject() else { return }
            repeat {
                _ = try memberName()
                try skipValue()
            } while try nextMember()
        case .array:
            guard try openArray() else { return }
            repeat { try skipValue() } while try nextElement()
        case .string: _ = try text()
        case .number: _ = try number()
        case .true: try literal("true")
        case .false: try literal("false")
        case .null: try literal("null")
        }
    }

    // MARK: - Objects and arrays

    @inline(__always)
    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw fail("nested more than \(Self.maximumDepth) levels deep") }
        i += 1
    }

    private mutating func leave() {
        depth -= 1
    }

    /// Takes the `{` at `i`; false when the object is empty (and so already closed).
    @inline(__always)
    mutating func openObject() throws(JSONSyntaxError) -> Bool { try open(UInt8(ascii: "}")) }

    /// Takes the `[` at `i`; false when the array is empty (and so already closed).
    @inline(__always)
    mutating func openArray() throws(JSONSyntaxError) -> Bool { try open(UInt8(ascii: "]")) }

    /// After a member: true when another follows, false when the object closed.
    @inline(__always)
    mutating func nextMember() throws(JSONSyntaxError) -> Bool { try next(UInt8(ascii: "}")) }

    /// After an element: true when another follows, false when the array closed.
    @inline(__always)
    mutating func nextElement() throws(JSONSyntaxError) -> Bool { try next(UInt8(ascii: "]")) }

    /// A member's name and the `:` after it; `offset` is where the name starts.
    @inline(__always)
    mutating func memberName() throws(JSONSyntaxError) -> (name: JSONText, offset: Int) {
        skipSpace()
        guard i < bytes.count else { throw fail("expected a member name") }
        guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a member name in quotes") }
        let offset = i
        let name = try text()
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after a member name") }
        i += 1
        return (name, offset)
    }

    @inline(__always)
    private mutating func open(_ close: UInt8) throws(JSONSyntaxError) -> Bool {
        try enter()
        skipSpace()
        if i < bytes.count, bytes[i] == close {
            i += 1
            leave()
            return false
        }
        return true
    }

    @inline(__always)
    private mutating func next(_ close: UInt8) throws(JSONSyntaxError) -> Bool {
        skipSpace()
        guard i < bytes.count else { throw fail("expected ',' or '\(Self.show(close))'") }
        if bytes[i] == UInt8(ascii: ",") { i += 1; return true }
        if bytes[i] == close { i += 1; leave(); return false }
        throw fail("expected ',' or '\(Self.show(close))'")
    }

    // MARK: - Scalars

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for c in w {
            guard i < bytes.count else { throw fail("expected '\(word)'") }
            guard bytes[i] == c else { throw fail("unexpected character '\(Self.show(bytes[i]))'") }
            i += 1
        }
    }

    /// The number at `i` (which is `-` or a digit).
    mutating func number() throws(JSONSyntaxError) -> Double {
        let start = i
        var negative = false
        if bytes[i] == UInt8(ascii: "-") { i += 1; negative = true }
        func digits(_ p: inout JSONScanner) -> Int {
            let from = p.i
            while p.i < p.bytes.count, p.bytes[p.i] >= 0x30, p.bytes[p.i] <= 0x39 { p.i += 1 }
            return p.i - from
        }
        guard i < bytes.count else { throw fail("expected a digit") }
        let integerStart = i
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if digits(&self) == 0 {
            throw fail("expected a digit")
        }
        var whole = true
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            whole = false
            if digits(&self) == 0 { throw fail("expected a digit after '.'") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            whole = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            if digits(&self) == 0 { throw fail("expected a digit in the exponent") }
        }
        // Whole numbers of up to 15 digits are exact in a Double: no text to make and parse.
        if whole, i - integerStart <= 15 {
            var n = 0
            for k in integerStart..<i { n = n * 10 + Int(bytes[k] &- 0x30) }
            return negative ? -Double(n) : Double(n)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            i = start
            throw fail("the number \(text.prefix(20)) is out of range")
        }
        return value
    }

    mutating func string() throws(JSONSyntaxError) -> String { try text().string }

    /// The string at `i` (which is a quote). `JSONParser`'s callers validate UTF-8 beforehand;
    /// content is read as `String(decoding:)` reads it.
    mutating func text() throws(JSONSyntaxError) -> JSONText {
        i += 1
        let start = i
        // Fast path: no escapes, so the bytes are the string.
        i = Self.plainEnd(bytes, from: i)
        if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
            i += 1
            return .raw(raw)
        }
        var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return .unescaped(String(decoding: out, as: UTF8.self))
            }
            if c < 0x20 { throw fail("a control character (\(Self.show(c))) must be escaped inside a string") }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw fail("a \\u escape holds half of a surrogate pair")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw fail("a \\u escape holds half of a surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(code) {
                    throw fail("a \\u escape holds half of a surrogate pair")
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
            default:
                i -= 1
                throw fail("unknown escape '\\\(Self.show(e))' in a string")
            }
        }
        throw fail("a string is not closed")
    }

    /// Where the run of bytes from `start` that a string holds as they are (no quote,
    /// backslash or control character) ends. Eight bytes at a time (SIMD16 came out as scalar
    /// code): the byte-by-byte loop was a third of decoding the content.
    private static func plainEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        guard start < n, let base = bytes.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101
        // A zero byte in `quote` or `backslash`, or a byte of `w` below 0x20 (the usual bit
        // tricks). The lowest flag is exact (a false one can only follow a true one), so on a
        // little-endian machine it names the byte.
        @inline(__always) func special(_ at: Int) -> UInt64 {
            let w = UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)
            let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
            let found = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((w &- ones &* 0x20) & ~w)
            return UInt64(littleEndian: found & (ones &* 0x80))
        }
        var j = start
        while j + 16 <= n {
            let low = special(j), high = special(j + 8)
            if low | high != 0 { return low != 0 ? j + low.trailingZeroBitCount / 8 : j + 8 + high.trailingZeroBitCount / 8 }
            j += 16
        }
        while j + 8 <= n {
            let found = special(j)
            if found != 0 { return j + found.trailingZeroBitCount / 8 }
            j += 8
        }
        while j < n {
            let c = base[j]
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
            j += 1
        }
        return j
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard i < bytes.count else { throw fail("a \\u escape needs four hex digits") }
            let c = bytes[i]
            let digit: UInt8
            switch c {
            case 0x30...0x39: digit = c - 0x30
            case 0x41...0x46: digit = c - 0x41 + 10
            case 0x61...0x66: digit = c - 0x61 + 10
            default: throw fail("a \\u escape needs four hex digits")
            }
            code = code << 4 | UInt32(digit)
            i += 1
        }
        return code
    }

    /// A byte for a message: printable ASCII as itself, anything else as hex.
    static func show(_ c: UInt8) -> String {
        (0x21...0x7E).contains(c) ? String(UnicodeScalar(c)) : String(format: "0x%02X", c)
    }
}
