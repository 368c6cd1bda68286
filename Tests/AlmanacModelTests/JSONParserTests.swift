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
}
