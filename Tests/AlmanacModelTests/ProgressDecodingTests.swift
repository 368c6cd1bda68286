import XCTest
@testable import AlmanacModel

/// Each way a progress file can be unreadable gets its own message naming the file.
final class ProgressDecodingTests: XCTestCase {
    let path = "/some/where/progress.json"

    private func problem(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try ProgressDecoding.decode(Data(text.utf8), path: path)
            XCTFail("expected an error for \(text.prefix(40))", file: file, line: line)
            return ""
        } catch {
            XCTAssertTrue(error.description.contains(path), error.description, file: file, line: line)
            XCTAssertEqual(error.kind, .unreadable, file: file, line: line)
            XCTAssertFalse(error.description.contains("\n"), "one line", file: file, line: line)
            return error.description
        }
    }

    func testRoundTripKeepsEverythingIncludingUnknownIDs() throws {
        var p = Sample.full()
        p.steps["future-outcome.4.1"] = Sample.step(.inProgress, note: "from the 2025 edition")
        p.position = Position(outcome: "data", step: "data.1.2")
        let data = ProgressEncoding.encode(p)
        XCTAssertEqual(try ProgressDecoding.decode(data, path: path), p)
        XCTAssertEqual(ProgressEncoding.encode(try ProgressDecoding.decode(data, path: path)), data, "stable bytes")
    }

    func testWrittenFormIsPrettySortedAndISO8601() {
        var p = Progress()
        p.steps["b.1.1"] = Sample.step(.done, note: "x")
        p.steps["a.1.1"] = Sample.step(.notStarted)
        let text = String(decoding: ProgressEncoding.encode(p), as: UTF8.self)
        XCTAssertTrue(text.contains("\"changed\" : \"2026-05-28T20:26:40.000Z\""), text)
        XCTAssertLessThan(text.range(of: "a.1.1")!.lowerBound, text.range(of: "b.1.1")!.lowerBound)
        XCTAssertLessThan(text.range(of: "\"position\"")!.lowerBound, text.range(of: "\"steps\"")!.lowerBound)
        XCTAssertTrue(text.hasSuffix("}\n"))
    }

    func testEmptyAndBlank() {
        XCTAssertTrue(problem("").contains("empty"))
        XCTAssertTrue(problem(" \n\t ").contains("blank"))
        XCTAssertTrue(problem(String(decoding: [UInt8](repeating: 0, count: 10), as: UTF8.self)).contains("zero bytes"))
    }

    func testTruncated() {
        let whole = String(decoding: ProgressEncoding.encode(Sample.full()), as: UTF8.self)
        let cut = String(whole.prefix(whole.count / 2))
        let message = problem(cut)
        XCTAssertTrue(message.contains("truncated"), message)
        XCTAssertTrue(message.contains("almanac repair"), message)
        XCTAssertTrue(problem("{\"version\": 1, \"steps\": {\"a\": {\"note\": \"unfinish").contains("inside a string"))
    }

    func testNotJSON() {
        XCTAssertTrue(problem("version = 1").contains("not valid JSON"))
        XCTAssertTrue(problem("{\"version\": 1 \"steps\": {}}").contains("not valid JSON"))
        XCTAssertTrue(problem("\u{FEFF}GIF89a").contains("not valid JSON"))
    }

    func testNotText() {
        do {
            _ = try ProgressDecoding.decode(Data([0x7B, 0xFF, 0xFE, 0x7D]), path: path)
            XCTFail("invalid UTF-8 accepted")
        } catch {
            XCTAssertTrue(error.problem.contains("not text"), error.description)
        }
    }

    func testWrongTypesNameTheStepAndField() {
        XCTAssertTrue(problem("[1, 2]").contains("found an array"))
        XCTAssertTrue(problem("\"progress\"").contains("found a string"))
        XCTAssertTrue(problem("{\"steps\": {}}").contains("no \"version\""))
        XCTAssertTrue(problem("{\"version\": \"1\", \"steps\": {}}").contains("\"version\" should be a whole number, found a string"))
        XCTAssertTrue(problem("{\"version\": true, \"steps\": {}}").contains("found true/false"))
        XCTAssertTrue(problem("{\"version\": 1.5, \"steps\": {}}").contains("whole number"))
        XCTAssertTrue(problem("{\"version\": 1, \"steps\": []}").contains("\"steps\" should be an object"))
        XCTAssertTrue(problem("{\"version\": 1}").contains("no \"steps\""))
        let status = problem("{\"version\": 1, \"steps\": {\"data.1.1\": {\"status\": 3, \"changed\": \"2026-01-01T00:00:00Z\"}}}")
        XCTAssertTrue(status.contains("step \"data.1.1\": \"status\" should be a string, found a number"), status)
        XCTAssertTrue(problem("{\"version\": 1, \"steps\": {\"data.1.1\": {\"status\": \"blocked\", \"changed\": \"2026-01-01T00:00:00Z\"}}}")
            .contains("unknown status \"blocked\""))
        XCTAssertTrue(problem("{\"version\": 1, \"steps\": {\"data.1.1\": {\"status\": \"done\", \"changed\": \"yesterday\"}}}")
            .contains("\"changed\" should be an ISO 8601 time"))
        XCTAssertTrue(problem("{\"version\": 1, \"steps\": {\"data.1.1\": {\"status\": \"done\"}}}").contains("no \"changed\""))
        XCTAssertTrue(problem("{\"version\": 1, \"steps\": {\"data.1.1\": {\"status\": \"done\", \"changed\": \"2026-01-01T00:00:00Z\", \"due\": \"2026-02-30\"}}}")
            .contains("\"due\" should be a date"))
        XCTAssertTrue(problem("{\"version\": 1, \"steps\": {\"data.1.1\": {\"status\": \"done\", \"changed\": \"2026-01-01T00:00:00Z\", \"note\": []}}}")
            .contains("\"note\" should be a string, found an array"))
        XCTAssertTrue(problem("{\"version\": 1, \"steps\": {\"x\": 7}}").contains("expected an object, found a number"))
    }

    func testSeveralBadStepsGiveTheSameMessageEveryTime() {
        var steps: [String] = []
        for i in 0..<50 { steps.append("\"s\(i)\": {\"status\": \"?\", \"changed\": \"2026-01-01T00:00:00Z\"}") }
        let text = "{\"version\": 1, \"steps\": {" + steps.joined(separator: ",") + "}}"
        let first = problem(text)
        XCTAssertTrue(first.contains("and 49 more"), first)
        for _ in 0..<5 { XCTAssertEqual(problem(text), first) }
    }

    func testDuplicateKeysAreRefusedWithLineAndColumn() {
        let text = "{\"version\": 2,\n \"steps\": {\"a\": {\"status\": \"done\", \"changed\": \"2026-01-01T00:00:00Z\",\n   \"status\": \"not-started\"}}}"
        let message = problem(text)
        XCTAssertTrue(message.contains("names \"status\" twice"), message)
        XCTAssertTrue(message.contains("line 3, column 4"), message)
        XCTAssertTrue(problem("{\"version\": 2, \"steps\": {}, \"steps\": {}}").contains("\"steps\" twice"))
        // Many steps: the repeated id is found among them too.
        let ids = (0..<40).map { "\"s\($0)\": {\"status\": \"done\", \"changed\": \"2026-01-01T00:00:00Z\"}" }
        XCTAssertTrue(problem("{\"version\": 2, \"steps\": {" + (ids + [ids[7]]).joined(separator: ", ") + "}}").contains("\"s7\" twice"))
        XCTAssertEqual(ProgressDecoding.salvage(Data(text.utf8))?.progress.steps["a"]?.status, .notStarted, "repair keeps the last")
    }

    func testUnknownFieldsAreRefusedNotSilentlyDropped() {
        XCTAssertTrue(problem("{\"version\": 2, \"steps\": {}, \"colour\": 1}").contains("field \"colour\" this almanac does not know"))
        let inStep = "{\"version\": 2, \"steps\": {\"a\": {\"status\": \"done\", \"changed\": \"2026-01-01T00:00:00Z\", \"flag\": true}}}"
        XCTAssertTrue(problem(inStep).contains("step \"a\": it has a field \"flag\""), problem(inStep))
        XCTAssertTrue(problem("{\"version\": 2, \"steps\": {}, \"position\": {\"page\": 3}}").contains("\"page\""))
        let salvaged = ProgressDecoding.salvage(Data(inStep.utf8))
        XCTAssertEqual(salvaged?.progress.steps["a"]?.status, .done, "repair keeps the step, without the field")
        XCTAssertTrue(salvaged?.dropped.contains { $0.contains("\"flag\"") } == true)
    }

    func testNewerVersionIsRefusedWithAdvice() {
        let message = problem("{\"version\": 4, \"steps\": {}}")
        XCTAssertTrue(message.contains("newer almanac"), message)
        XCTAssertTrue(message.contains("--progress"), message)
        XCTAssertTrue(problem("{\"version\": 0, \"steps\": {}}").contains("versions start at 1"))
    }

    func testHostileTextInAFileCannotReachTheTerminal() {
        let message = problem("{\"version\": 1, \"steps\": {\"\\u001b]0;pwned\\u0007\": 1}}")
        XCTAssertFalse(message.unicodeScalars.contains { $0.value < 0x20 }, message)
        XCTAssertTrue(message.contains("^[]0;pwned^G"), message)
    }

    func testAcceptsTimesWithoutFractionsOrWithOffsets() throws {
        let text = """
            {"version": 1, "steps": {
              "a": {"status": "done", "changed": "2026-01-01T10:00:00Z"},
              "b": {"status": "done", "changed": "2026-01-01T10:00:00.5+01:00", "note": null}}}
            """
        let p = try ProgressDecoding.decode(Data(text.utf8), path: path)
        XCTAssertEqual(p.steps["a"]?.changed, Timestamp.parse("2026-01-01T10:00:00.000Z"))
        XCTAssertEqual(p.steps["b"]?.changed.timeIntervalSince(p.steps["a"]!.changed), -3599.5)
        XCTAssertNil(p.steps["b"]?.note)
    }

    func testSalvageKeepsGoodStepsAndListsBadOnes() throws {
        let text = """
            {"version": 1, "steps": {
              "a.1.1": {"status": "done", "changed": "2026-01-01T10:00:00Z"},
              "a.1.2": {"status": "sort of", "changed": "2026-01-01T10:00:00Z"}}}
            """
        let salvage = try XCTUnwrap(ProgressDecoding.salvage(Data(text.utf8)))
        XCTAssertEqual(Array(salvage.progress.steps.keys), ["a.1.1"], "nothing of a.1.2 could be read")
        XCTAssertEqual(salvage.dropped.count, 1)
        XCTAssertTrue(salvage.dropped[0].contains("a.1.2") && salvage.dropped[0].contains("sort of"), salvage.dropped[0])
        XCTAssertNil(ProgressDecoding.salvage(Data("[1]".utf8)))
        XCTAssertNil(ProgressDecoding.salvage(Data("{\"version\": 9, \"steps\": {}}".utf8)), "never downgrade a newer file")
    }
}
