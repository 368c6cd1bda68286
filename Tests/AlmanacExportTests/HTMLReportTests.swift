import AlmanacExport
import AlmanacModel
import XCTest

/// The HTML page: strict HTML5, self-contained, and built for WCAG 2.1 AA.
final class HTMLReportTests: XCTestCase {
    let html = try! ExportFormat.html.render(Fixtures.report)
    /// Parsed once: each run of Python costs a fraction of a second.
    static let parsed = Result { try HTML5Check.of(try ExportFormat.html.render(Fixtures.report)) }
    var check: HTML5Check { get throws { try Self.parsed.get() } }

    func testTheStrictParserRejectsBrokenPages() throws {
        // Without this the validity tests below could pass on a parser that accepts anything.
        XCTAssertNotNil(try HTML5Check.of("<p>no doctype</p>").error)
        XCTAssertNotNil(try HTML5Check.of("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><p>a\u{1B}b</p></body></html>").error)
        XCTAssertNil(try HTML5Check.of("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><p>ok</p></body></html>").error)
    }

    func testFixturePageIsStrictHTML5() throws {
        let check = try self.check
        XCTAssertNil(check.error)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertEqual(check.lang, "en-GB")
        XCTAssertEqual(check.title, "Progress report: Fixture Almanac")
    }

    func testHeadingsInOrderAndLandmarks() throws {
        let check = try self.check
        XCTAssertEqual(check.headings, ["h1 Progress report: Fixture Almanac", "h2 Summary", "h2 Overdue steps",
                                        "h2 1. Alpha & Omega", "h2 2. Beta"])
        XCTAssertEqual(check.landmarks, ["header", "main", "footer"])
    }

    func testEveryTableHasACaptionAndScopedHeaders() throws {
        let check = try self.check
        XCTAssertEqual(check.tables.count, 4, "summary, overdue and one per outcome")
        XCTAssertEqual(check.tables.map(\.caption), ["Steps done of those applicable, per outcome",
                                                     "Steps past their due date, earliest first",
                                                     "Practice steps for Alpha & Omega, by theme",
                                                     "Practice steps for Beta, by theme"])
        for table in check.tables {
            XCTAssertFalse(table.scopes.isEmpty)
            for scope in table.scopes { XCTAssertTrue(["col", "row", "rowgroup"].contains(scope), scope) }
        }
        XCTAssertEqual(check.rowHeaders.filter { $0.contains(".") && !$0.contains(" ") },
                       ["alpha.1.2"] + Fixtures.almanac.steps.map(\.id), "the overdue step, then every step")
    }

    func testStepCellsNameTheirHeaders() throws {
        let check = try self.check
        XCTAssertEqual(check.cellsWithHeaders, 8 * 7, "every cell of every step row")
        XCTAssertEqual(check.danglingHeaders, [])
    }

    func testNoOverdueTableWhenNothingIsOverdue() throws {
        var progress = Fixtures.progress
        progress.steps["alpha.1.2"]?.due = nil
        let page = try ExportFormat.html.render(ProgressReport(
            almanac: Fixtures.almanac, progress: progress, today: Fixtures.today, generatedAt: Fixtures.generatedAt))
        let check = try HTML5Check.of(page)
        XCTAssertNil(check.error)
        XCTAssertEqual(check.tables.count, 3)
        XCTAssertTrue(page.contains("<p>No step is overdue.</p>"))
    }

    func testStatusIsWrittenNotJustColoured() throws {
        let check = try self.check
        XCTAssertEqual(check.statuses, ["✓ Done", "◐ In progress", "– Not applicable", "○ Not started",
                                        "✓ Done", "◐ In progress", "○ Not started", "○ Not started"])
        XCTAssertTrue(html.contains("class=\"due overdue\">2026-11-24<br/>Overdue</td>"), "overdue in words")
    }

    func testSelfContainedAndPrintable() throws {
        let check = try self.check
        XCTAssertEqual(check.scripts, 0)
        XCTAssertEqual(check.external, [], "only in-page links")
        XCTAssertEqual(check.styles.count, 1)
        XCTAssertTrue(check.styles[0].contains("@media print"))
        XCTAssertFalse(html.contains("<link"))
    }

    func testHostileNotesShowExactlyAsTypedButInert() throws {
        let check = try self.check
        XCTAssertTrue(check.notes.contains(Fixtures.hostileNoteShown), "\(check.notes)")
        XCTAssertTrue(check.notes.contains { $0.contains("&lt; entity") }, "an entity typed in a note stays text")
        XCTAssertFalse(html.unicodeScalars.contains("\u{1B}"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertTrue(html.contains("O'Brien | &lt;b&gt;Ops&lt;/b&gt; ^G"))
    }

    func testStatusColoursMeetAAContrast() throws {
        let css = try check.styles.joined()
        let rule = try NSRegularExpression(pattern: "color:#([0-9a-f]{6});background:#([0-9a-f]{6})")
        let matches = rule.matches(in: css, range: NSRange(css.startIndex..., in: css))
        XCTAssertGreaterThanOrEqual(matches.count, 6, "root, four statuses and overdue")
        for m in matches {
            let fg = String(css[Range(m.range(at: 1), in: css)!])
            let bg = String(css[Range(m.range(at: 2), in: css)!])
            XCTAssertGreaterThanOrEqual(Self.contrast(fg, bg), 4.5, "#\(fg) on #\(bg)")
        }
    }

    func testRealAlmanacPageIsStrictHTML5WithEveryStep() throws {
        let page = try ExportFormat.html.render(Fixtures.realReport)
        let check = try HTML5Check.of(page)
        XCTAssertNil(check.error)
        XCTAssertEqual(check.tables.count, 14, "summary, overdue, 12 outcomes")
        XCTAssertEqual(check.headings.filter { $0.hasPrefix("h2 ") }.count, 14)
        let steps = Fixtures.realAlmanac.steps.map(\.id)
        XCTAssertEqual(check.rowHeaders.filter { !$0.contains(" ") }, [steps[2]] + steps)
    }

    /// WCAG 2.1 contrast ratio of two `rrggbb` colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let v = Int(hex, radix: 16)!
            let channels = [(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF].map { c -> Double in
                let s = Double(c) / 255
                return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (l1, l2) = (luminance(a), luminance(b))
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }
}
