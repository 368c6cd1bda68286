import Foundation
import XCTest
@testable import AlmanacModel

/// Reviews: what a council had at a review, and what moved since, per outcome.
final class ReviewDiffTests: XCTestCase {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func progress(_ changes: [(String, [FieldValue])], at: Date) -> Progress {
        var p = Progress()
        for (id, values) in changes { p.apply(StepChange(step: id, values, at: at)) }
        return p
    }

    func testMovementAcrossSeveralChangesPerOutcome() {
        var p = progress([("data.1.1", [.status(.done)]), ("data.1.2", [.status(.done)]),
                          ("data.2.1", [.status(.inProgress), .owner("Sam")])], at: t0)
        let q1 = Review(name: "2027 Q1", takenAt: t0, progress: p)
        XCTAssertEqual(q1.steps.count, 3)
        let later = t0.addingTimeInterval(86_400)
        p.apply(StepChange(step: "data.1.2", [.status(.inProgress)], at: later))            // done → in progress: back
        p.apply(StepChange(step: "data.2.1", [.owner("Priya"), .note("Met the DPO")], at: later))
        p.apply(StepChange(step: "value.1.1", [.status(.done), .due("2027-06-30")], at: later))
        p.apply(StepChange(step: "inclusion.1.1", [.status(.notApplicable)], at: later))
        let diff = ReviewDiff(almanac: Fixtures.almanac, from: q1, to: p)
        XCTAssertEqual(diff.movements.map(\.step), ["data.1.2", "data.2.1", "inclusion.1.1", "value.1.1"], "in almanac order")
        let data = diff.outcomes.first { $0.id == "data" }!
        XCTAssertEqual(data.back, 1)
        XCTAssertEqual(data.forward, 0)
        XCTAssertEqual(data.done.before, 2)
        XCTAssertEqual(data.done.after, 1)
        let owner = data.movements[1]
        XCTAssertEqual(owner.ownerBefore, "Sam")
        XCTAssertEqual(owner.ownerAfter, "Priya")
        XCTAssertEqual(owner.note, "added")
        XCTAssertEqual(owner.direction, .same)
        let value = diff.outcomes.first { $0.id == "value" }!
        XCTAssertEqual(value.forward, 1)
        XCTAssertEqual(value.movements[0].dueAfter, "2027-06-30")
        let inclusion = diff.outcomes.first { $0.id == "inclusion" }!
        XCTAssertEqual(inclusion.movements[0].direction, .other, "not applicable is neither forward nor back")
        XCTAssertEqual(inclusion.applicable.after, inclusion.applicable.before - 1)
    }

    func testBetweenTwoReviewsAndNothingMoved() {
        let p = progress([("data.1.1", [.status(.done), .note("first")])], at: t0)
        let q1 = Review(name: "Q1", takenAt: t0, progress: p)
        XCTAssertTrue(ReviewDiff(almanac: Fixtures.almanac, from: q1, to: p).movements.isEmpty)
        var q = p
        q.apply(StepChange(step: "data.1.1", [.note("second")], at: t0.addingTimeInterval(1)))
        let q2 = Review(name: "Q2", takenAt: t0.addingTimeInterval(2), progress: q)
        XCTAssertEqual(ReviewDiff(almanac: Fixtures.almanac, from: q1, to: q2).movements.first?.note, "changed")
        XCTAssertEqual(ReviewDiff(almanac: Fixtures.almanac, from: q2, to: q1).movements.first?.note, "changed")
        let cleared = Review(name: "Q3", takenAt: t0, progress: Progress())
        XCTAssertEqual(ReviewDiff(almanac: Fixtures.almanac, from: q2, to: cleared).movements.first?.note, "removed")
    }

    func testFindingReviewsByNameOrPosition() {
        let log = ReviewLog(reviews: ["A", "B", "C"].map { Review(name: $0, takenAt: t0, progress: Progress()) })
        XCTAssertEqual(log.find("b")?.name, "B")
        XCTAssertEqual(log.find("last")?.name, "C")
        XCTAssertEqual(log.find("previous")?.name, "B")
        XCTAssertEqual(log.find("first")?.name, "A")
        XCTAssertNil(log.find("D"))
        XCTAssertNil(ReviewLog().find("last"))
    }

    func testNamesPeopleCanType() {
        XCTAssertNil(Review.problem(withName: "2027 Q1"))
        XCTAssertNotNil(Review.problem(withName: "  "))
        XCTAssertNotNil(Review.problem(withName: "a\u{1B}[2J"))
        XCTAssertNotNil(Review.problem(withName: String(repeating: "x", count: 81)))
    }
}
