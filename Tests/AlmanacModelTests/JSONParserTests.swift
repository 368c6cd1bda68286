import XCTest
@testable import AlmanacModel

/// The progress file's JSON parser against the JSON grammar.
final class JSONParserTests: XCTestCase {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Data(text.utf8)) }

    private func syntaxError(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(Data(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    func testValuesAndEscapes() throws {
        let v = try parse(#" {"a": [1, -2.5e3, 0, true, false, null], "s": "q\"b\\s\/\b\f\n\r\t\u00e9\ud83d\ude00x", "e": {}} "#)
        guard case .array(let a)? = v["a"], case .string(let s)? = v["s"], case .object(let e)? = v["e"] else {
            return XCTFail("\(v)")
        }
        XCTAssertEqual(a.count, 6)
        if case .number(let n) = a[1] { XCTAssertEqual(n, -2500) } else { XCTFail() }
        XCTAssertEqual(s, "q\"b\\s/\u{8}\u{C}\n\r\té😀x")
        XCTAssertTrue(e.isEmpty)
        XCTAssertNotNil(try? parse("\u{FEFF}{}"), "a byte order mark is allowed")
        if case .string(let dup)? = try parse(#"{"k": "first", "k": "last"}"#)["k"] { XCTAssertEqual(dup, "last") } else { XCTFail() }
    }

    func testRejectsWhatJSONDoesNotAllow() {
        for bad in ["{\"a\": 1,}", "[1,]", "{'a': 1}", "[01]", "[1.]", "[.5]", "[+1]", "[1e]", "[NaN]", "[1e999]",
                    "\"tab\there\"", "\"\\x\"", "\"\\ud800\"", "\"\\udc00\"", "{\"a\" 1}", "{} {}", "[tru]", "nul"] {
            XCTAssertNotNil(syntaxError(bad), bad)
        }
    }

    func testTellsTruncationFromOtherErrors() {
        XCTAssertEqual(syntaxError("{\"a\": [1, 2")?.unclosed, "an array")
        XCTAssertEqual(syntaxError("{\"a\": \"unfinished")?.unclosed, "a string")
        XCTAssertEqual(syntaxError("{\"a\": ")?.unclosed, "an object")
        XCTAssertEqual(syntaxError("")?.unclosed, "a value")
        XCTAssertNil(syntaxError("{\"a\": ]}")?.unclosed)
        let deep = syntaxError(String(repeating: "[", count: 100_000))
        XCTAssertTrue(deep?.message.contains("nested more than") ?? false)
        XCTAssertEqual(JSONParser.position(of: 9, in: Data("{\n  \"a\": x}".utf8)), "line 2, column 8")
    }

    private func string(in text: String) throws -> String? {
        guard case .array(let items) = try parse(text), case .string(let s)? = items.first else { return nil }
        return s
    }

    /// Strings are scanned eight and sixteen bytes at a time: a quote, backslash or control
    /// character must be found at every position, and bytes above 0x7F must not be mistaken for one.
    func testStringsEndWhereverTheQuoteFalls() throws {
        for n in 0..<40 {
            let plain = String(repeating: "é", count: n / 2) + String(repeating: "a", count: n % 2)
            XCTAssertEqual(try string(in: "[\"\(plain)\"]"), plain, "\(n)")
            XCTAssertEqual(try string(in: "[\"\(plain)\\n\(plain)\"]"), plain + "\n" + plain, "\(n)")
            let controlAt = 2 + plain.utf8.count
            XCTAssertEqual(syntaxError("[\"\(plain)\u{1F}x\"]")?.offset, controlAt, "\(n)")
            XCTAssertEqual(syntaxError("[\"\(plain)")?.unclosed, "a string", "\(n)")
        }
    }
}
