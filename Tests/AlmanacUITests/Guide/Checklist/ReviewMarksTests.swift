import AlmanacModel
import XCTest
@testable import AlmanacUI

/// `r` marks what changed since the last review, on the checklist and in the outcomes pane.
final class ReviewMarksTests: XCTestCase {
    func testMarksShowWhatChangedSinceTheLastReview() {
        var before = AlmanacModel.Progress()
        before.apply(StepChange(step: "connectivity.1.1", [.status(.done)], at: Fixtures.now))
        let review = Review(name: "2027 Q1", takenAt: Fixtures.now, progress: before)
        var now = before
        now.apply(StepChange(step: "connectivity.1.2", [.owner("Sam")], at: Fixtures.now.addingTimeInterval(60)))
        now.apply(StepChange(step: "data.1.1", [.status(.inProgress)], at: Fixtures.now.addingTimeInterval(60)))
        var app = Fixtures.app(width: 120, height: 30, progress: now)
        app.lastReview = review
        app.press(.tab, .end, .enter)
        XCTAssertFalse(app.frame.contains("changed ·"), "hidden until asked")
        app.press(.character("r"))
        XCTAssertEqual(app.message, "Marked: 2 steps in 2 outcomes changed since '2027 Q1'. r hides.")
        let lines = app.frame.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.contains("changed · not started · owner Sam") }, app.frame)
        XCTAssertFalse(lines.contains { $0.contains("changed · done") }, "connectivity.1.1 is as it was")
        app.press(.escape, .escape)   // back to the panes, where the outcomes are listed
        let panes = app.frame.split(separator: "\n").map(String.init)
        XCTAssertTrue(panes.contains { $0.contains(" 1 Connectivity *") } && panes.contains { $0.contains(" 2 Data *") }, app.frame)
        XCTAssertFalse(panes.contains { $0.contains("Democracy and part… *") || $0.contains("Democracy and participation *") })
        app.press(.character("r"))
        XCTAssertFalse(app.frame.contains(" 1 Connectivity *"), "the outcome rows' memo follows the marks")
    }

    func testWithoutAReviewItSaysHowToRecordOne() {
        var app = Fixtures.app()
        app.press(.character("r"))
        XCTAssertEqual(app.message, "No review yet: almanac review start \"2027 Q1\" records one.")
        XCTAssertFalse(app.showingReviewMarks)
    }
}
