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

/// A strict JSON parser (RFC 8259) over UTF-8 bytes, building a tree.
///
/// Written for the progress file because `JSONSerialization` took most of a 10,000-step load,
/// accepts trailing commas, and cannot say that a file stops short. The tokens are
/// `JSONScanner`'s, which `ContentReading` shares.
struct JSONParser {
    private var s: JSONScanner
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

    private init(bytes: UnsafeBufferPointer<UInt8>) { s = JSONScanner(bytes: bytes) }

    private mutating func document() throws(JSONSyntaxError) -> JSONValue {
        s.skipByteOrderMark()
        let value = try self.value()
        try s.end()
        return value
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        switch try s.token() {
        case .object: return try object()
        case .array: return try array()
        case .string: return .string(try s.string())
        case .true: try s.literal("true"); return .bool(true)
        case .false: try s.literal("false"); return .bool(false)
        case .null: try s.literal("null"); return .null
        case .number: return .number(try s.number())
        }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        guard try s.openObject() else { return .object(members) }
        // Large objects (the steps) look names up in a set; small ones search the few there are.
        var names: Set<String>?
        repeat {
            let (name, offset) = try s.memberName()
            let key = name.string
            if firstDuplicate == nil {
                if names == nil, members.count >= 16 { names = Set(members.map(\.key)) }
                let repeated = names.map { $0.contains(key) } ?? members.contains { $0.key == key }
                if repeated { firstDuplicate = (key, offset) }
                names?.insert(key)
            }
            members.append((key, try value()))
        } while try s.nextMember()
        return .object(members)
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        var elements: [JSONValue] = []
        guard try s.openArray() else { return .array(elements) }
        repeat { elements.append(try value()) } while try s.nextElement()
        return .array(elements)
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
