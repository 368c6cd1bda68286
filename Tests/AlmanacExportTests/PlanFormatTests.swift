import AlmanacExport
import AlmanacModel
import CSV
import XCTest

/// The action plan in each format: what it lists, and people's text made inert per format.
final class PlanFormatTests: XCTestCase {
    let plan = ActionPlan(report: Fixtures.report, profile: "Borough <Council>")
    let planIDs = ["alpha.1.2", "alpha.2.2", "beta.1.2", "beta.2.1", "beta.2.2"]

    func testMarkdownRendersAsATableRowPerActionWithTextAsTyped() throws {
        let markdown = try PlanFormat.markdown.render(plan)
        let rendered = try MarkdownRendering.of(markdown)
        XCTAssertEqual(rendered.tags, ["h1", "h2", "li", "p", "table", "tbody", "td", "th", "thead", "tr", "ul"],
                       "no markup from people's text survives")
        XCTAssertEqual(rendered.rows.first, ["Step", "Practice step", "Outcome", "Theme", "Owner", "Due", "Status", "Latest note", "Evidence"])
        let rows = Array(rendered.rows.dropFirst())
        XCTAssertEqual(rows.map { $0[0] }, planIDs)
        XCTAssertEqual(rows.map(\.count), Array(repeating: 9, count: 5))
        XCTAssertEqual(rows[0][6], "In progress, overdue")
        XCTAssertEqual(rows[0][2], "1. Alpha & Omega")
        XCTAssertEqual(rows[2][4], Fixtures.hostileOwnerShown)
        XCTAssertEqual(rows[2][7], Fixtures.hostileNoteShown.replacingOccurrences(of: "\n", with: " "))
        XCTAssertTrue(markdown.contains("- 1\\. Alpha \\& Omega: 1 of 3 done\n- 2\\. Beta: 1 of 4 done\n"), markdown)
        XCTAssertTrue(markdown.contains("Borough \\<Council\\>. As at 2026-11-25: 5 actions, 1 overdue."))
        XCTAssertFalse(markdown.unicodeScalars.contains("\u{1B}"))
    }

    func testCSVHasTheReportsStepColumnsInPlanOrderAndDefusesFormulas() throws {
        var progress = Fixtures.progress
        progress.steps["alpha.2.2"]?.note = "=cmd|' /C calc'!A0"
        progress.steps["alpha.2.2"]?.owner = "@SUM(1+1)"
        let plan = ActionPlan(report: ProgressReport(almanac: Fixtures.almanac, progress: progress,
                                                     today: Fixtures.today, generatedAt: Fixtures.generatedAt))
        let reader = try CSVReader(string: try PlanFormat.csv.render(plan), hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        XCTAssertNil(reader.error)
        XCTAssertEqual(reader.headerRow, CSVReportTests.header.filter { $0 != "changed" }, "the report's columns but changed")
        XCTAssertEqual(rows.map { $0[3] }, planIDs)
        XCTAssertEqual(rows[1][9], "'@SUM(1+1)")
        XCTAssertEqual(rows[1][11], "'=cmd|' /C calc'!A0")
        XCTAssertEqual(rows[2][11], Fixtures.hostileNoteShown, "the note whole, line breaks kept")
        XCTAssertEqual(rows[0][8], "yes")
    }

    func testJSONHasTheDocumentedKeysAndExplicitNulls() throws {
        let text = try PlanFormat.json.render(plan)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(Set(doc.keys), ["format", "version", "title", "profile", "generatedAt", "today", "order",
                                       "actionCount", "overdueCount", "outcomes", "actions"])
        XCTAssertEqual(doc["format"] as? String, "almanac-action-plan")
        XCTAssertEqual(doc["order"] as? String, "due")
        XCTAssertEqual(doc["actionCount"] as? Int, 5)
        XCTAssertEqual(doc["overdueCount"] as? Int, 1)
        let outcomes = try XCTUnwrap(doc["outcomes"] as? [[String: Any]])
        XCTAssertEqual(outcomes.map { $0["done"] as? Int }, [1, 1])
        XCTAssertEqual(outcomes.map { $0["applicable"] as? Int }, [3, 4])
        let actions = try XCTUnwrap(doc["actions"] as? [[String: Any]])
        XCTAssertEqual(actions.map { $0["id"] as? String }, planIDs)
        for a in actions {
            XCTAssertEqual(Set(a.keys), ["outcome", "outcomeNumber", "outcomeTitle", "id", "theme", "themeTitle",
                                         "text", "status", "overdue", "owner", "due", "note", "changed", "reason", "evidence"])
        }
        XCTAssertTrue(actions[4]["owner"] is NSNull)
        XCTAssertEqual(actions[2]["note"] as? String, Fixtures.hostileNoteShown)
        XCTAssertFalse(text.unicodeScalars.contains("\u{1B}"))
    }

    func testHTMLIsStrictHTML5WithARowPerActionAndInertText() throws {
        let html = try PlanFormat.html.render(plan)
        let check = try HTML5Check.of(html)
        XCTAssertNil(check.error)
        XCTAssertEqual(check.lang, "en-GB")
        XCTAssertEqual(check.title, "Action plan: Fixture Almanac")
        XCTAssertEqual(check.headings, ["h1 Action plan: Fixture Almanac", "h2 Actions"])
        XCTAssertEqual(check.landmarks, ["header", "main", "footer"])
        XCTAssertEqual(check.tables.map(\.caption), ["Overdue first, then by due date"])
        XCTAssertEqual(check.rowHeaders.map { String($0.prefix { $0 != " " }) }, planIDs)
        XCTAssertEqual(check.notes[2], Fixtures.hostileNoteShown.replacingOccurrences(of: "\n", with: " "))
        XCTAssertEqual(check.scripts, 0)
        XCTAssertEqual(check.external, [])
        XCTAssertTrue(check.styles[0].contains("size:A4 portrait"))
        XCTAssertTrue(check.styles[0].contains("thead{display:table-header-group}"))
        XCTAssertTrue(html.contains("Borough &lt;Council&gt;. As at 2026-11-25: 5 actions, 1 overdue."))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertFalse(html.unicodeScalars.contains("\u{1B}"))
    }

    func testAnEmptyPlanSaysSo() throws {
        let html = try PlanFormat.html.render(ActionPlan(report: Fixtures.report, owner: "nobody at all"))
        XCTAssertNil(try HTML5Check.of(html).error)
        XCTAssertTrue(html.contains("<p>Nothing to do: every applicable step is done.</p>"))
        XCTAssertTrue(try PlanFormat.markdown.render(ActionPlan(report: Fixtures.report, owner: "x")).contains("Nothing to do"))
    }

    func testRealAlmanacPlanIsStrictHTML5() throws {
        let html = try PlanFormat.html.render(ActionPlan(report: Fixtures.realReport))
        let check = try HTML5Check.of(html)
        XCTAssertNil(check.error)
        XCTAssertEqual(check.rowHeaders.count, 106, "108 steps but one done and one not applicable")
        XCTAssertEqual(check.charts.first?.bars.count, 12)
    }
}
