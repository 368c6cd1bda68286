import XCTest
@testable import AlmanacStorage
@testable import AlmanacModel

/// `repair` keeps every step and every field it can read from a damaged file, lists what it
/// dropped in a file it names, and never refuses a file that a message sent the user to repair.
final class RepairSalvageTests: XCTestCase {
    let three = """
        {"version": 2, "steps": {
          "a.1.1": {"status": "done", "changed": "2026-01-01T00:00:00.000Z", "note": "first"},
          "a.1.2": {"status": "in-progress", "changed": "2026-01-02T00:00:00.000Z", "owner": "Sam"},
          "a.1.3": {"status": "not-applicable", "changed": "2026-01-03T00:00:00.000Z"}
        }}
        """

    func kept(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String: StepProgress] {
        guard let s = ProgressDecoding.salvage(Data(text.utf8)) else {
            XCTFail("nothing salvaged from \(text.prefix(60))", file: file, line: line)
            return [:]
        }
        return s.progress.steps
    }

    func testDamagedTextKeepsTheReadableSteps() {
        XCTAssertEqual(kept(String(three.dropLast())).count, 3, "missing only its final }")
        let cut = kept(String(three.dropLast(60)))
        XCTAssertEqual(cut["a.1.1"]?.note, "first", "cut in the middle of the last step")
        XCTAssertEqual(cut["a.1.2"]?.owner, "Sam")
        var nul = three
        nul.insert("\u{0}", at: nul.index(nul.startIndex, offsetBy: 40))
        XCTAssertEqual(kept(nul).count, 3, "a zero byte")
        XCTAssertEqual(kept(three.replacingOccurrences(of: "\n        }}", with: ",\n  \"a.9.9\": {\"status\": \"done\", \"x\": 1e400}\n}}")).count, 3,
                       "an out-of-range number after the good steps")
        XCTAssertEqual(kept(three + String(repeating: "\u{0}", count: 4096)).count, 3, "zero-filled tail")
    }

    func testOddVersionsAreReadAsOursButNewerOnesAreLeftAlone() {
        for v in ["\"1\"", "0", "1.5", "1e29", "-3"] {
            let text = three.replacingOccurrences(of: "\"version\": 2", with: "\"version\": \(v)")
            XCTAssertEqual(kept(text).count, 3, "version \(v)")
            XCTAssertFalse(ProgressDecoding.isFromNewerAlmanac(Data(text.utf8)), "version \(v) is not a newer almanac")
        }
        let newer = three.replacingOccurrences(of: "\"version\": 2", with: "\"version\": 4")
        XCTAssertNil(ProgressDecoding.salvage(Data(newer.utf8)))
        XCTAssertTrue(ProgressDecoding.isFromNewerAlmanac(Data(newer.utf8)))
    }

    func testABadFieldDropsTheFieldNotTheStep() throws {
        let text = three.replacingOccurrences(of: "\"note\": \"first\"", with: "\"note\": \"first\", \"due\": \"31/12/2026\"")
        let s = try XCTUnwrap(ProgressDecoding.salvage(Data(text.utf8)))
        let step = try XCTUnwrap(s.progress.steps["a.1.1"])
        XCTAssertEqual(step.status, .done)
        XCTAssertEqual(step.note, "first")
        XCTAssertNil(step.due)
        XCTAssertTrue(s.dropped.contains { $0.contains("31/12/2026") }, "\(s.dropped)")
        let badStatus = kept(three.replacingOccurrences(of: "\"status\": \"done\"", with: "\"status\": \"finished\""))
        XCTAssertEqual(badStatus["a.1.1"]?.note, "first", "an unknown status keeps the note")
        XCTAssertEqual(badStatus["a.1.1"]?.status, .notStarted)
    }

    func testRepairListsWhatItDroppedAndMovesAsideWhatIsTooLarge() throws {
        let folder = TemporaryFolder("repair")
        let path = folder.write("progress.json", three.replacingOccurrences(of: "\"note\": \"first\"", with: "\"note\": 7"))
        let report = try ProgressStore(path: path).repair()
        let list = try XCTUnwrap(report.droppedList)
        XCTAssertTrue((try? String(contentsOfFile: list, encoding: .utf8))?.contains("\"note\" was a number") == true)
        XCTAssertEqual(try ProgressStore(path: path).load().steps.count, 3)

        let big = folder.file("big.json")
        XCTAssertTrue(FileManager.default.createFile(atPath: big, contents: nil))
        XCTAssertEqual(truncate(big, off_t(ProgressDecoding.maximumSize + 1)), 0)
        let store = ProgressStore(path: big)
        XCTAssertThrowsError(try store.load()) { XCTAssertTrue("\($0)".contains("almanac repair"), "\($0)") }
        guard case .movedAside(_, let recovered, _) = try store.repair().outcome else { return XCTFail("not moved aside") }
        XCTAssertEqual(recovered, 0)
        XCTAssertFalse(store.exists)
    }
}
