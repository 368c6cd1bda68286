import AlmanacExport
import AlmanacModel
import XCTest

/// The bar chart in the report and the plan: one bar per outcome, as long as done of applicable,
/// its numbers as text beside it, and nothing that runs or fetches.
final class ProgressChartTests: XCTestCase {
    func chart(_ html: String) throws -> HTML5Check.Chart {
        let check = try HTML5Check.of(html)
        XCTAssertNil(check.error)
        XCTAssertEqual(check.charts.count, 1)
        return try XCTUnwrap(check.charts.first)
    }

    func testReportAndPlanShowOneBarPerOutcomeWithItsNumbersAsText() throws {
        for html in [try ExportFormat.html.render(Fixtures.report), try PlanFormat.html.render(ActionPlan(report: Fixtures.report))] {
            let c = try chart(html)
            XCTAssertEqual(c.role, "img")
            XCTAssertEqual(c.label, "Steps done of those applicable, per outcome")
            XCTAssertEqual(c.data, ["1. Alpha & Omega: 1 of 3 done", "2. Beta: 1 of 4 done"])
            XCTAssertEqual(c.tracks, [360, 360])
            XCTAssertEqual(c.bars, [120, 90], "1/3 and 1/4 of the track")
            XCTAssertEqual(c.fetches, 0)
            XCTAssertFalse(html.contains("<script"))
        }
    }

    func testBarsAreProportionalOnTheRealAlmanac() throws {
        let report = Fixtures.realReport
        let c = try chart(try ExportFormat.html.render(report))
        XCTAssertEqual(c.bars.count, 12)
        XCTAssertEqual(c.data.count, 12)
        for (o, (bar, words)) in zip(report.outcomes, zip(c.bars, c.data)) {
            let t = o.tally
            XCTAssertEqual(bar, 360 * Double(t.done) / Double(t.applicable), accuracy: 0.05, o.id)
            XCTAssertEqual(words, "\(o.number). \(o.title): \(t.done) of \(t.applicable) done")
        }
        XCTAssertEqual(c.data[0], "1. Connectivity: 1 of 8 done")
    }

    func testEmptyAndFullBars() {
        XCTAssertEqual(ProgressChart.Bar(label: "1", words: "", value: 0, total: 0).fraction, 0, "nothing applicable")
        XCTAssertEqual(ProgressChart.Bar(label: "1", words: "", value: 9, total: 9).fraction, 1)
    }
}
