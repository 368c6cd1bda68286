import AlmanacExport
import AlmanacModel
import XCTest

/// Which steps the plan lists and in what order: overdue first, then `--by`; filters.
final class ActionPlanTests: XCTestCase {
    func ids(_ plan: ActionPlan) -> [String] { plan.actions.map(\.step.id) }

    func testOnlyApplicableStepsNotDoneOverdueFirstThenByDueWithUndatedLast() {
        let plan = ActionPlan(report: Fixtures.report)
        // alpha.1.2 is overdue; beta.2.1's "31/12/2020" is no date, so it goes with the undated.
        XCTAssertEqual(ids(plan), ["alpha.1.2", "alpha.2.2", "beta.1.2", "beta.2.1", "beta.2.2"])
        XCTAssertEqual(plan.overdueCount, 1)
        XCTAssertEqual(plan.summary, "5 actions, 1 overdue.")
        XCTAssertEqual(plan.outcomes.map(\.id), ["alpha", "beta"])
    }

    /// Progress where due order, owner order and the almanac's order all differ.
    var mixed: ProgressReport {
        var p = Progress()
        p.steps["alpha.1.1"] = StepProgress(status: .notStarted, owner: "zoe", due: "2027-06-01", changed: Fixtures.changed)
        p.steps["alpha.1.2"] = StepProgress(status: .inProgress, owner: "Ann", due: "2026-12-01", changed: Fixtures.changed)
        p.steps["alpha.2.1"] = StepProgress(status: .done, owner: "Ann", due: "2026-01-01", changed: Fixtures.changed)
        p.steps["alpha.2.2"] = StepProgress(status: .notApplicable, changed: Fixtures.changed)
        p.steps["beta.1.1"] = StepProgress(status: .notStarted, owner: "ann", due: "2026-11-01", changed: Fixtures.changed)   // overdue
        p.steps["beta.1.2"] = StepProgress(status: .notStarted, due: "2026-11-30", changed: Fixtures.changed)
        p.steps["beta.2.1"] = StepProgress(status: .inProgress, owner: "Bob", changed: Fixtures.changed)
        p.steps["beta.2.2"] = StepProgress(status: .notStarted, owner: "Zoe", due: "2026-10-01", changed: Fixtures.changed)   // overdue, earlier
        return ProgressReport(almanac: Fixtures.almanac, progress: p, today: Fixtures.today, generatedAt: Fixtures.generatedAt)
    }

    func testOverdueEarliestFirstWhateverTheOrder() {
        for order in ActionPlan.Order.allCases {
            XCTAssertEqual(Array(ids(ActionPlan(report: mixed, order: order)).prefix(2)), ["beta.2.2", "beta.1.1"], "\(order)")
        }
    }

    func testByDue() {
        XCTAssertEqual(ids(ActionPlan(report: mixed, order: .due)),
                       ["beta.2.2", "beta.1.1", "beta.1.2", "alpha.1.2", "alpha.1.1", "beta.2.1"])
    }

    func testByOwnerIgnoringCaseWithNoOwnerLast() {
        XCTAssertEqual(ids(ActionPlan(report: mixed, order: .owner)),
                       ["beta.2.2", "beta.1.1", "alpha.1.2", "beta.2.1", "alpha.1.1", "beta.1.2"])
    }

    func testByOutcomeInTheAlmanacsOrder() {
        XCTAssertEqual(ids(ActionPlan(report: mixed, order: .outcome)),
                       ["beta.2.2", "beta.1.1", "alpha.1.1", "alpha.1.2", "beta.1.2", "beta.2.1"])
    }

    func testOwnerFilterIgnoresCaseAndNoneMeansNobody() {
        XCTAssertEqual(ids(ActionPlan(report: mixed, owner: "ANN ")), ["beta.1.1", "alpha.1.2"])
        XCTAssertEqual(ids(ActionPlan(report: mixed, owner: "none")), ["beta.1.2"])
        XCTAssertEqual(ids(ActionPlan(report: mixed, owner: "nobody")), [])
    }

    func testOutcomeFilterAlsoNarrowsTheChart() {
        let plan = ActionPlan(report: mixed, outcome: "beta")
        XCTAssertEqual(ids(plan), ["beta.2.2", "beta.1.1", "beta.1.2", "beta.2.1"])
        XCTAssertEqual(plan.outcomes.map(\.id), ["beta"])
        XCTAssertEqual(ActionPlan(report: mixed, owner: "zoe", outcome: "alpha").actions.map(\.step.id), ["alpha.1.1"])
    }

    func testShortNoteIsOneLineOfAtMost200Characters() {
        let plan = ActionPlan(report: Fixtures.report)
        let hostile = plan.actions.first { $0.step.id == "beta.1.2" }!
        XCTAssertEqual(hostile.shortNote(), Fixtures.hostileNoteShown.replacingOccurrences(of: "\n", with: " "))
        var long = hostile
        long.step.note = String(repeating: "word ", count: 100)
        let cut = long.shortNote()!
        XCTAssertLessThanOrEqual(cut.count, 200)
        XCTAssertTrue(cut.hasSuffix("word…"), cut)
        XCTAssertNil(plan.actions[0].shortNote())
    }
}
