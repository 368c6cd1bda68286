import AlmanacExport
import AlmanacModel
import XCTest

/// The JSON: the documented structure, with every field of every step.
final class JSONReportTests: XCTestCase {
    func document(_ report: ProgressReport = Fixtures.report) throws -> [String: Any] {
        let text = try ExportFormat.json.render(report)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testTopLevel() throws {
        let doc = try document()
        XCTAssertEqual(Set(doc.keys), ["format", "version", "title", "generatedAt", "today", "totals", "outcomes"])
        XCTAssertEqual(doc["format"] as? String, "almanac-progress-report")
        XCTAssertEqual(doc["version"] as? Int, 1)
        XCTAssertEqual(doc["generatedAt"] as? String, "2026-11-25T10:30:00Z")
        XCTAssertEqual(doc["today"] as? String, "2026-11-25")
        let totals = try XCTUnwrap(doc["totals"] as? [String: Int])
        XCTAssertEqual(totals, ["done": 2, "applicable": 7, "total": 8, "inProgress": 2, "overdue": 1, "notApplicable": 1])
    }

    func testOutcomeCountsAndSteps() throws {
        let outcomes = try XCTUnwrap(try document()["outcomes"] as? [[String: Any]])
        XCTAssertEqual(outcomes.map { $0["id"] as? String }, ["alpha", "beta"])
        let alpha = outcomes[0]
        XCTAssertEqual(alpha["title"] as? String, "Alpha & Omega")
        XCTAssertEqual(alpha["number"] as? Int, 1)
        XCTAssertEqual(alpha["done"] as? Int, 1)
        XCTAssertEqual(alpha["applicable"] as? Int, 3)
        XCTAssertEqual(alpha["total"] as? Int, 4)
        XCTAssertEqual(alpha["overdue"] as? Int, 1)
        let steps = try XCTUnwrap(alpha["steps"] as? [[String: Any]])
        XCTAssertEqual(steps.count, 4)
        let keys: Set<String> = ["id", "theme", "themeTitle", "text", "status", "overdue", "owner", "due", "note", "changed", "reason", "evidence"]
        for step in steps { XCTAssertEqual(Set(step.keys), keys, "every step has every key") }
        XCTAssertEqual(steps[1]["id"] as? String, "alpha.1.2")
        XCTAssertEqual(steps[1]["status"] as? String, "in-progress")
        XCTAssertEqual(steps[1]["overdue"] as? Bool, true)
        XCTAssertEqual(steps[1]["due"] as? String, "2026-11-24")
        XCTAssertTrue(steps[1]["note"] is NSNull, "absent is null")
        XCTAssertEqual(steps[0]["changed"] as? String, "2026-11-18T11:06:40Z")
    }

    func testHostileNoteIsEscapedNotRaw() throws {
        let text = try ExportFormat.json.render(Fixtures.report)
        XCTAssertFalse(text.unicodeScalars.contains("\u{1B}"))
        let outcomes = try XCTUnwrap(try document()["outcomes"] as? [[String: Any]])
        let step = try XCTUnwrap((outcomes[1]["steps"] as? [[String: Any]])?[1])
        XCTAssertEqual(step["note"] as? String, Fixtures.hostileNoteShown)
        XCTAssertEqual(step["owner"] as? String, "O'Brien | <b>Ops</b> ^G")
    }

    func testSameInputsSameBytes() throws {
        XCTAssertEqual(try ExportFormat.json.render(Fixtures.report), try ExportFormat.json.render(Fixtures.report))
    }

    func testRealAlmanac() throws {
        let outcomes = try XCTUnwrap(try document(Fixtures.realReport)["outcomes"] as? [[String: Any]])
        XCTAssertEqual(outcomes.count, 12)
        XCTAssertEqual(outcomes.compactMap { ($0["steps"] as? [Any])?.count }.reduce(0, +), 108)
    }
}
