import AlmanacExport
import AlmanacModel
import XCTest

/// The counts every format prints: done of applicable, in progress, overdue.
final class ReportTests: XCTestCase {
    let report = Fixtures.report

    func testOutcomesAndStepsInContentOrder() {
        XCTAssertEqual(report.outcomes.map(\.id), ["alpha", "beta"])
        XCTAssertEqual(report.outcomes[0].steps.map(\.id), ["alpha.1.1", "alpha.1.2", "alpha.2.1", "alpha.2.2"])
        XCTAssertEqual(report.outcomes[1].steps.map(\.themeNumber), [1, 1, 2, 2])
        XCTAssertEqual(report.outcomes[1].steps[3].status, .notStarted, "a step with no record is not started")
    }

    func testNotApplicableLeavesTheCount() {
        let alpha = report.outcomes[0].tally
        XCTAssertEqual(alpha.total, 4)
        XCTAssertEqual(alpha.notApplicable, 1)
        XCTAssertEqual(alpha.applicable, 3)
        XCTAssertEqual(alpha.done, 1)
        XCTAssertEqual(alpha.inProgress, 1)
    }

    func testOverdueMeansOpenAndDueBeforeToday() {
        let overdue = report.outcomes.flatMap(\.steps).filter(\.overdue).map(\.id)
        // alpha.1.2: in progress, due yesterday. Not: due today (alpha.2.2), done (beta.1.1),
        // not applicable (alpha.2.1), future (beta.1.2), not a date (beta.2.1).
        XCTAssertEqual(overdue, ["alpha.1.2"])
        XCTAssertEqual(report.outcomes.map(\.tally.overdue), [1, 0])
    }

    func testOverdueMovesWithTheGivenToday() {
        let later = ProgressReport(almanac: Fixtures.almanac, progress: Fixtures.progress,
                                   today: CalendarDay(iso: "2027-02-01")!, generatedAt: Fixtures.generatedAt)
        XCTAssertEqual(later.outcomes.flatMap(\.steps).filter(\.overdue).map(\.id),
                       ["alpha.1.2", "alpha.2.2", "beta.1.2"])
    }

    func testOverdueListIsEarliestDueFirst() {
        XCTAssertEqual(report.overdue.map(\.step.id), ["alpha.1.2"])
        var progress = Fixtures.progress
        progress.steps["beta.2.2"] = StepProgress(status: .inProgress, due: "2026-11-24", changed: Fixtures.changed)
        let later = ProgressReport(almanac: Fixtures.almanac, progress: progress,
                                   today: CalendarDay(iso: "2027-02-01")!, generatedAt: Fixtures.generatedAt)
        // Equal dates keep content order.
        XCTAssertEqual(later.overdue.map(\.step.id), ["alpha.1.2", "beta.2.2", "alpha.2.2", "beta.1.2"])
        XCTAssertEqual(later.overdue.map(\.outcome.id), ["alpha", "beta", "alpha", "beta"])
    }

    func testTotalsAddUpAndIgnoreOtherEditions() {
        let t = report.totals
        XCTAssertEqual(t.total, 8, "the other edition's step is not in this content")
        XCTAssertEqual(t.done, 2)
        XCTAssertEqual(t.applicable, 7)
        XCTAssertEqual(t.inProgress, 2)
        XCTAssertEqual(t.overdue, 1)
    }

    func testPeoplesTextIsMadeSafeOnceForEveryFormat() {
        let step = report.outcomes[1].steps[1]
        XCTAssertEqual(step.note, Fixtures.hostileNoteShown)
        XCTAssertFalse(step.note!.unicodeScalars.contains("\u{1B}"))
        XCTAssertTrue(step.note!.contains("^[[2J"))
        XCTAssertEqual(step.owner, "O'Brien | <b>Ops</b> ^G")
    }

    func testBlankOwnerIsNoOwner() {
        var progress = Progress()
        progress.steps["alpha.1.1"] = StepProgress(status: .done, note: " \n", owner: "", changed: Fixtures.changed)
        let r = ProgressReport(almanac: Fixtures.almanac, progress: progress, today: Fixtures.today,
                               generatedAt: Fixtures.generatedAt)
        XCTAssertNil(r.outcomes[0].steps[0].owner)
        XCTAssertNil(r.outcomes[0].steps[0].note)
    }

    func testRealAlmanacHasTwelveOutcomesOfNineSteps() {
        let real = Fixtures.realReport
        XCTAssertEqual(real.outcomes.count, 12)
        XCTAssertEqual(real.outcomes.map(\.steps.count), Array(repeating: 9, count: 12))
        XCTAssertEqual(real.totals.applicable, 107)
        XCTAssertEqual(real.totals.done, 1)
        XCTAssertEqual(real.totals.overdue, 1)
    }
}
