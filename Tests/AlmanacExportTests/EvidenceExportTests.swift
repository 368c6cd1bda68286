import AlmanacExport
import AlmanacModel
import CSV
import XCTest

/// Evidence and the not-applicable reason in every format: links only for http(s) and mailto
/// URLs, and only in HTML and Markdown; everything else inert, display-safe text.
final class EvidenceExportTests: XCTestCase {
    static let safeURL = "https://council.example/minutes?a=1&copy=2"
    static let hostileLabel = "Board <script>alert(1)</script> \u{1B}[31mminutes\u{202E}"
    static let hostileLabelShown = "Board <script>alert(1)</script> ^[[31mminutes\\u{202E}"
    static let evidence = [
        Evidence(safeURL, label: hostileLabel),
        Evidence("javascript:alert(document.cookie)", label: "click me"),
        Evidence("https://x.example/\u{1B}]8;;evil\u{7}"),
        Evidence("mailto:dpo@council.example"),
        Evidence("=HYPERLINK(\"http://evil\")"),
        Evidence("/shared/Cyber policy.pdf"),
    ]

    var report: ProgressReport {
        var progress = Fixtures.progress
        progress.steps["alpha.1.2"]?.evidence = Self.evidence   // in progress: in the plan too
        progress.steps["alpha.2.1"]?.reason = "No estate <b>\u{1B}[2J</b>"
        return ProgressReport(almanac: Fixtures.almanac, progress: progress, today: Fixtures.today, generatedAt: Fixtures.generatedAt)
    }
    var plan: ActionPlan { ActionPlan(report: report) }

    private func assertInert(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" }, file: file, line: line)
    }

    func testHTMLLinksOnlySafeURLsAndShowsTheRestAsText() throws {
        for html in [try ExportFormat.html.render(report), try PlanFormat.html.render(plan)] {
            let check = try PythonTool.json(Links.self, Links.html, input: Data(html.utf8))
            XCTAssertNil(check.error)
            XCTAssertEqual(check.links.map(\.href), [Self.safeURL, "mailto:dpo@council.example"])
            XCTAssertEqual(check.links.first?.text, Self.hostileLabelShown, "the label is the link's text, as typed but inert")
            XCTAssertEqual(check.scripts, 0)
            let cell = try XCTUnwrap(check.cells.first { $0.contains("click me") })
            XCTAssertTrue(cell.contains("click me: javascript:alert(document.cookie)"), cell)
            XCTAssertTrue(cell.contains("https://x.example/^[]8;;evil^G"), cell)
            XCTAssertTrue(cell.contains("/shared/Cyber policy.pdf"), cell)
            assertInert(html)
        }
        let check = try PythonTool.json(Links.self, Links.html, input: Data(try ExportFormat.html.render(report).utf8))
        XCTAssertTrue(check.statuses.contains { $0.hasPrefix("– Not applicable") && $0.hasSuffix("No estate <b>^[[2J</b>") }, "\(check.statuses)")
    }

    func testMarkdownLinksOnlySafeURLs() throws {
        for markdown in [try ExportFormat.markdown.render(report), try PlanFormat.markdown.render(plan)] {
            let check = try PythonTool.json(Links.self, Links.markdown, input: Data(markdown.utf8))
            XCTAssertEqual(check.links.map(\.href), [Self.safeURL, "mailto:dpo@council.example"])
            XCTAssertEqual(check.links.first?.text, Self.hostileLabelShown)
            XCTAssertEqual(check.scripts, 0, "no markup from people's text survives")
            let cell = try XCTUnwrap(check.cells.first { $0.contains("click me") })
            XCTAssertTrue(cell.contains("click me: javascript:alert(document.cookie)"), cell)
            XCTAssertTrue(cell.contains("=HYPERLINK(\"http://evil\")"), cell)
            assertInert(markdown)
        }
        XCTAssertTrue(try ExportFormat.markdown.render(report).contains("| Not applicable: No estate \\<b\\>^\\[\\[2J\\</b\\> |"))
    }

    func testCSVHasEvidenceAndReasonColumnsDefused() throws {
        for (csv, width) in [(try ExportFormat.csv.render(report), 15), (try PlanFormat.csv.render(plan), 14)] {
            let reader = try CSVReader(string: csv, hasHeaderRow: true)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row) }
            XCTAssertEqual(reader.headerRow?.suffix(2), ["evidence", "reason"])
            XCTAssertTrue(rows.allSatisfy { $0.count == width })
            let row = try XCTUnwrap(rows.first { $0[3] == "alpha.1.2" })
            XCTAssertEqual(row[width - 2].components(separatedBy: "\n"), [
                Self.hostileLabelShown + ": " + Self.safeURL, "click me: javascript:alert(document.cookie)",
                "https://x.example/^[]8;;evil^G", "mailto:dpo@council.example", "'=HYPERLINK(\"http://evil\")", "/shared/Cyber policy.pdf",
            ])
            assertInert(csv)
        }
    }

    func testCSVReasonIsOnlyForNotApplicableSteps() throws {
        let reader = try CSVReader(string: try ExportFormat.csv.render(report), hasHeaderRow: true)
        var reasons: [String: String] = [:]
        while let row = reader.next() { reasons[row[3]] = row[14] }
        XCTAssertEqual(reasons["alpha.2.1"], "No estate <b>^[[2J</b>")
        XCTAssertEqual(reasons.values.filter { !$0.isEmpty }.count, 1)
    }

    func testJSONHasEvidenceWithKindAndLinkOnlyWhereSafe() throws {
        let text = try ExportFormat.json.render(report)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let steps = try XCTUnwrap((doc["outcomes"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])
        let items = try XCTUnwrap(steps[1]["evidence"] as? [[String: Any]])
        XCTAssertEqual(items.map { $0["link"] as? String }, [Self.safeURL, nil, nil, "mailto:dpo@council.example", nil, nil])
        XCTAssertEqual(items.map { $0["kind"] as? String }, ["url", "url", "url", "url", "document", "file"])
        XCTAssertEqual(items[0]["label"] as? String, Self.hostileLabelShown)
        XCTAssertTrue(items[2]["label"] is NSNull, "every key, null when absent")
        XCTAssertEqual(steps[2]["reason"] as? String, "No estate <b>^[[2J</b>")
        XCTAssertTrue(steps[0]["reason"] is NSNull)
        assertInert(text)
        let planText = try PlanFormat.json.render(plan)
        XCTAssertTrue(planText.contains("\"link\" : \"mailto:dpo@council.example\""))
        assertInert(planText)
    }

    func testCalendarDescriptionListsEvidenceAsText() throws {
        let ics = try ExportFormat.ics.render(report, calendarKey: "k")
        let check = try ICSCheck.of(ics)
        XCTAssertEqual(check.errors, [])
        let event = try XCTUnwrap(check.events.first { $0.step == "alpha.1.2" })
        XCTAssertTrue(event.description.contains("Evidence: " + Self.hostileLabelShown + ": " + Self.safeURL), event.description)
        XCTAssertTrue(event.description.contains("Evidence: click me: javascript:alert(document.cookie)"))
        let na = try XCTUnwrap(check.events.first { $0.step == "alpha.2.1" })
        XCTAssertTrue(na.description.contains("Reason: No estate <b>^[[2J</b>"), na.description)
        assertInert(ics)
    }
}

/// The links a reader could follow in a page, and the text of its evidence cells.
private struct Links: Decodable {
    struct Link: Decodable { var href: String; var text: String }
    var error: String?
    var links: [Link]
    var cells: [String]
    var scripts: Int
    var statuses: [String]

    static let common = #"""
import json, sys
text = lambda el: "".join(el.itertext())
def report(root):
    links = [{"href": a.get("href"), "text": text(a)} for a in root.iter("a") if not a.get("href", "").startswith("#")]
    cells = [text(td) for td in root.iter("td") if "Evidence" in td.get("data-col", "") or "evidence" in (td.get("class") or "")
             or any(li is not None for li in td.iter("li"))]
    statuses = [" ".join(text(td).split()) for td in root.iter("td") if any("status" in (s.get("class") or "") for s in td.iter("span"))]
    print(json.dumps({"links": links, "cells": cells, "scripts": sum(1 for _ in root.iter("script")), "statuses": statuses}))
"""#
    /// html5lib in strict mode: any parse error fails.
    static let html = common + "\n" + #"""
import html5lib
parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
try:
    root = parser.parse(sys.stdin.buffer.read())
except Exception as e:
    print(json.dumps({"error": str(e), "links": [], "cells": [], "scripts": 0, "statuses": []})); sys.exit(0)
report(root)
"""#
    /// markdown-it-py (CommonMark and GFM tables), then html5lib on what it made; a cell is any
    /// table cell, since Markdown has no classes.
    static let markdown = common + "\n" + #"""
import html5lib
from markdown_it import MarkdownIt
body = MarkdownIt("commonmark").enable("table").render(sys.stdin.buffer.read().decode("utf-8"))
root = html5lib.parse(body, namespaceHTMLElements=False)
for td in root.iter("td"): td.set("data-col", "Evidence" if "click me" in text(td) else "")
report(root)
"""#
}
