import AlmanacExport
import AlmanacModel
import XCTest

/// The Markdown: a summary table, a heading and a table per outcome, people's text made literal.
final class MarkdownReportTests: XCTestCase {
    var markdown: String { try! ExportFormat.markdown.render(Fixtures.report) }
    var lines: [String] { markdown.components(separatedBy: "\n") }

    func testHeadingsPerOutcome() {
        XCTAssertEqual(lines.filter { $0.hasPrefix("#") },
                       ["# Progress report: Fixture Almanac", "## Summary", "## Overdue steps",
                        "## 1. Alpha \\& Omega", "## 2. Beta"])
    }

    func testSummaryCountsDoneOfApplicable() {
        let summary = lines.drop { $0 != "## Summary" }.dropFirst(2).prefix { $0.hasPrefix("|") }
        XCTAssertEqual(Array(summary), [
            "| Outcome | Done of applicable | In progress | Overdue | Not applicable |",
            "| --- | ---: | ---: | ---: | ---: |",
            "| 1. Alpha \\& Omega | 1 of 3 | 1 | 1 | 1 |",
            "| 2. Beta | 1 of 4 | 1 | 0 | 0 |",
            "| **All outcomes** | 2 of 7 | 2 | 1 | 1 |",
        ])
    }

    func testOverdueStepsListed() {
        let section = lines.drop { $0 != "## Overdue steps" }.dropFirst(2).prefix { $0.hasPrefix("|") }
        XCTAssertEqual(Array(section), [
            "| Step | Outcome | Status | Owner | Due |",
            "| --- | --- | --- | --- | --- |",
            "| alpha.1.2 | 1. Alpha \\& Omega | In progress | Jo | 2026-11-24 |",
        ])
    }

    func testOneTableRowPerStepWithEightCells() {
        let outcomes = lines.drop { $0 != "## 1. Alpha \\& Omega" }
        let rows = outcomes.filter { $0.hasPrefix("| alpha.") || $0.hasPrefix("| beta.") }
        XCTAssertEqual(rows.count, 8)
        for row in rows {
            XCTAssertEqual(Self.cells(row).count, 8, row)
        }
        XCTAssertTrue(rows[1].contains("| In progress, overdue | Jo | 2026-11-24 |"), rows[1])
    }

    func testHostileTextCannotBreakTheTableOrBecomeMarkup() throws {
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("| beta.1.2 ") && Self.cells($0).count == 8 })
        let cells = Self.cells(row)
        XCTAssertEqual(cells.count, 8, "an escaped | does not end a cell")
        XCTAssertEqual(cells[4], "O'Brien \\| \\<b\\>Ops\\</b\\> ^G")
        XCTAssertEqual(cells[6], "Clear ^\\[\\[2J screen, \\<script\\>alert(\"x\")\\</script\\> \\| pipe,<br>\"quoted\", comma, \\&lt; entity<br>last line")
        XCTAssertFalse(markdown.unicodeScalars.contains("\u{1B}"))
        // Every < left is escaped, except the line breaks this renderer writes.
        let unescaped = try NSRegularExpression(pattern: "(?<!\\\\)<(?!br>)")
        XCTAssertEqual(unescaped.numberOfMatches(in: markdown, range: NSRange(markdown.startIndex..., in: markdown)), 0)
    }

    func testRenderedByACommonMarkParserTheTextComesBackAsTyped() throws {
        let rendered = try MarkdownRendering.of(markdown)
        XCTAssertEqual(rendered.tags, ["br", "h1", "h2", "p", "strong", "table", "tbody", "td", "th", "thead", "tr"],
                       "no markup from people's text survives")
        let stepRows = rendered.rows.filter { $0.first.map { $0.hasPrefix("alpha.") || $0.hasPrefix("beta.") } ?? false }
        XCTAssertEqual(stepRows.map(\.count), [5] + Array(repeating: 8, count: 8), "the overdue step, then every step")
        let steps = Array(stepRows.dropFirst())
        let hostile = try XCTUnwrap(steps.first { $0[0] == "beta.1.2" })
        XCTAssertEqual(hostile[4], Fixtures.hostileOwnerShown)
        XCTAssertEqual(hostile[6], Fixtures.hostileNoteShown)
        XCTAssertEqual(steps[0][2], "Do step 1.1 of Alpha & Omega *well* [now]")
    }

    func testContentTextIsEscapedToo() {
        XCTAssertTrue(markdown.contains("Do step 1.1 of Alpha \\& Omega \\*well\\* \\[now\\]"))
    }

    func testRealAlmanacHasTwelveOutcomeSections() throws {
        let text = try ExportFormat.markdown.render(Fixtures.realReport)
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(lines.filter { $0.hasPrefix("## ") }.count, 14)
        let ids = Set(Fixtures.realAlmanac.steps.map(\.id))
        let stepRows = lines.filter { $0.hasPrefix("| ") && ids.contains(Self.cells($0).first ?? "") }
        XCTAssertEqual(stepRows.map { Self.cells($0).count }, [5] + Array(repeating: 8, count: 108),
                       "the one overdue step, then every step")
    }

    /// A GFM table row's cells: split on `|` not preceded by a backslash.
    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for ch in row.dropFirst().dropLast() {
            if escaped { current.append(ch); escaped = false; continue }
            if ch == "\\" { current.append(ch); escaped = true; continue }
            if ch == "|" { cells.append(current); current = ""; continue }
            current.append(ch)
        }
        cells.append(current)
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
