import Foundation

/// A parsed JSON value, as the progress loader needs it.
///
/// Objects keep their members in file order as pairs: a step has five members, so a linear
/// search beats hashing, and the 10,000-member `steps` object is only ever walked.
enum JSONValue {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// The member's value; the last one when a key is repeated (as most parsers do).
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// "a string", "an array", … for "found …".
    var kind: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// Why text is not JSON: where, and whether it simply stopped (a truncated file).
struct JSONSyntaxError: Error {
    var message: String
    var offset: Int
    /// Set when the text ended early; names what was still open ("an object", "a string").
    var unclosed: String?
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes.
///
/// Written for the progress file because `JSONSerialization` took most of a 10,000-step load,
/// accepts trailing commas, and cannot say that a file stops short.
struct JSONParser {
    static let maximumDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    /// What is open, innermost last: for "it ends inside …".
    private var open: [UInt8] = []
    /// The first member name repeated in its object, and where: JSON allows it, but a file
    /// that says two things about one key has been edited wrongly (`ProgressDecoding` refuses
    /// it; `repair` keeps the last, as most parsers would).
    private(set) var firstDuplicate: (key: String, offset: Int)?

    static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        try parseNoting(data).value
    }

    /// The value, and the first repeated member name with its byte offset, if any.
    static func parseNoting(_ data: Data) throws(JSONSyntaxError) -> (value: JSONValue, duplicate: (key: String, offset: Int)?) {
        let result: Result<(JSONValue, (key: String, offset: Int)?), JSONSyntaxError> = data.withUnsafeBytes { raw in
            var parser = JSONParser(bytes: raw.bindMemory(to: UInt8.self))
            do throws(JSONSyntaxError) {
                let value = try parser.document()
                return .success((value, parser.firstDuplicate))
            } catch {
                return .failure(error)
            }
        }
        let (value, duplicate) = try result.get()
        return (value, duplicate)
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func document() throws(JSONSyntaxError) -> JSONValue {
        // A byte order mark, as some Windows editors write.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        let value = try self.value()
        skipSpace()
        if i < bytes.count { throw fail("unexpected text after the end of the JSON") }
        return value
    }

    private func fail(_ message: String) -> JSONSyntaxError {
        if i >= bytes.count {
            let what: String
            switch open.last {
            case UInt8(ascii: "{"): what = "an object"
            case UInt8(ascii: "["): what = "an array"
            case UInt8(ascii: "\""): what = "a string"
            default: what = "a value"
            }
            return JSONSyntaxError(message: message, offset: i, unclosed: what)
        }
        return JSONSyntaxError(message: message, offset: i, unclosed: nil)
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        skipSpace()
        guard i < bytes.count else { throw fail("expected a value") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("unexpected character '\(Self.show(bytes[i]))'")
        }
    }

    private mutating func enter(_ bracket: UInt8) throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw fail("nested more than \(Self.maximumDepth) levels deep") }
        open.append(bracket)
        i += 1
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try enter(UInt8(ascii: "{"))
        var members: [(key: String, value: JSONValue)] = []
        // Large objects (the steps) look names up in a set; small ones search the few there are.
        var names: Set<String>?
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace()
                guard i < bytes.count else { throw fail("expected a member name") }
                guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a member name in quotes") }
                let keyStart = i
                let key = try string()
                if firstDuplicate == nil {
                    if names == nil, members.count >= 16 { names = Set(members.map(\.key)) }
                    let repeated = names.map { $0.contains(key) } ?? members.contains { $0.key == key }
                    if repeated { firstDuplicate = (key, keyStart) }
                    names?.insert(key)
                }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after a member name") }
                i += 1
                members.append((key, try value()))
                skipSpace()
                guard i < bytes.count else { throw fail("expected ',' or '}'") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        depth -= 1
        open.removeLast()
        return .object(members)
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try enter(UInt8(ascii: "["))
        var elements: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
        } else {
            while true {
                elements.append(try value())
                skipSpace()
                guard i < bytes.count else { throw fail("expected ',' or ']'") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; break }
                throw fail("expected ',' or ']'")
            }
        }
        depth -= 1
        open.removeLast()
        return .array(elements)
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for c in w {
            guard i < bytes.count else { throw fail("expected '\(word)'") }
            guard bytes[i] == c else { throw fail("unexpected character '\(Self.show(bytes[i]))'") }
            i += 1
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> Double {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits(_ p: inout JSONParser) -> Int {
            let from = p.i
            while p.i < p.bytes.count, p.bytes[p.i] >= 0x30, p.bytes[p.i] <= 0x39 { p.i += 1 }
            return p.i - from
        }
        guard i < bytes.count else { throw fail("expected a digit") }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if digits(&self) == 0 {
            throw fail("expected a digit")
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            if digits(&self) == 0 { throw fail("expected a digit after '.'") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            if digits(&self) == 0 { throw fail("expected a digit in the exponent") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            i = start
            throw fail("the number \(text.prefix(20)) is out of range")
        }
        return value
    }

    /// A string at `i` (which is a quote). UTF-8 was validated for the whole file beforehand.
    private mutating func string() throws(JSONSyntaxError) -> String {
        open.append(UInt8(ascii: "\""))
        i += 1
        let start = i
        // Fast path: no escapes, so the bytes are the string.
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                open.removeLast()
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw fail("a control character (\(Self.show(c))) must be escaped inside a string") }
            i += 1
        }
        var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                open.removeLast()
                return String(decoding: out, as: UTF8.self)
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

    /// "line 3, column 14" for a byte offset (computed only when reporting).
    static func position(of offset: Int, in data: Data) -> String {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return "line \(line), column \(column)"
    }
}
