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

/// `review diff --format html`: movement per outcome as the same chart, a valid page.
final class ReviewDiffPageTests: XCTestCase {
    func testMovementPageIsValidHTMLWithAChartAndItsWords() throws {
        let almanac = Fixtures.realAlmanac
        let t = Date(timeIntervalSince1970: 1_800_000_000)
        var p = AlmanacModel.Progress()
        p.apply(StepChange(step: "data.1.1", [.status(.done)], at: t))
        let review = Review(name: "Q1 <b>", takenAt: t, progress: p)
        p.apply(StepChange(step: "data.1.1", [.status(.inProgress), .owner("Sam \u{1B}[2J")], at: t.addingTimeInterval(60)))
        p.apply(StepChange(step: "value.1.1", [.status(.done)], at: t.addingTimeInterval(60)))
        let html = ReviewDiffPage.html(ReviewDiff(almanac: almanac, from: review, to: p), from: review.name, fromDay: "2027-01-15", to: "now")
        let check = try HTML5Check.of(html)
        XCTAssertNil(check.error)
        XCTAssertEqual(check.charts.count, 1)
        let chart = try XCTUnwrap(check.charts.first)
        XCTAssertEqual(chart.data.count, 12)
        XCTAssertTrue(chart.data.contains("Data: 1 → 0 of 9 done (0 forward, 1 back)"), "\(chart.data)")
        XCTAssertTrue(chart.data.contains("Value: 0 → 1 of 9 done (1 forward, 0 back)"))
        XCTAssertFalse(html.contains("\u{1B}"), "people's text is made visible, not sent")
        XCTAssertFalse(html.contains("<b>"), "a review's name is text")
        XCTAssertFalse(html.contains("<script"))
    }
}
