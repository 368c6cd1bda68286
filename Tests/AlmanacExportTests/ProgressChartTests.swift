@testable import AlmanacExport
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

/// `export --since REVIEW`: a section and a column in every format; without it, nothing changes.
final class ReportSinceTests: XCTestCase {
    func sinceReport() -> ProgressReport {
        var report = Fixtures.realReport
        let review = Review(name: "Q1 <i>", takenAt: Date(timeIntervalSince1970: 1_700_000_000), progress: AlmanacModel.Progress())
        var now = AlmanacModel.Progress()
        for o in report.outcomes { for s in o.steps where s.status != .notStarted { now.apply(StepChange(step: s.id, [.status(s.status)], at: Date())) } }
        report.since = ReportSince(name: review.name, day: "2023-11-14", diff: ReviewDiff(almanac: Fixtures.realAlmanac, from: review, to: now))
        return report
    }

    func testEveryFormatGainsTheMovementColumnAndSection() throws {
        let report = sinceReport()
        let moved = report.since!.diff.movements
        XCTAssertEqual(moved.count, 3, "the three steps the fixture sets")
        let html = try ExportFormat.html.render(report)
        let check = try HTML5Check.of(html)
        XCTAssertNil(check.error)
        XCTAssertEqual(check.charts.count, 2, "progress and movement")
        XCTAssertTrue(html.contains("Since the review Q1 &lt;i&gt; (2023-11-14)"), "the name is text")
        XCTAssertTrue(html.contains("Not started → Done"))
        let md = try ExportFormat.markdown.render(report)
        XCTAssertTrue(md.contains("| Since Q1 \\<i\\> |") && md.contains("## Since the review Q1 \\<i\\> (2023-11-14)"), md)
        let csv = try ExportFormat.csv.render(report)
        XCTAssertTrue(csv.hasPrefix(CSVReport.header.joined(separator: ",") + ",status_at_review,movement,change_since_review,evidence,reason\r\n"), csv)
        XCTAssertTrue(csv.contains(",not-started,forward,Not started → Done"), csv)
        let json = try JSONSerialization.jsonObject(with: Data(try ExportFormat.json.render(report).utf8)) as? [String: Any]
        XCTAssertEqual((json?["since"] as? [String: Any])?["day"] as? String, "2023-11-14")
        let first = (((json?["outcomes"] as? [[String: Any]])?.first?["steps"]) as? [[String: Any]])?.first
        XCTAssertEqual((first?["sinceReview"] as? [String: String])?["movement"], "forward")
        let plain = Fixtures.realReport
        XCTAssertFalse(try ExportFormat.csv.render(plain).contains("status_at_review"))
        XCTAssertFalse(try ExportFormat.json.render(plain).contains("sinceReview"))
    }
}
