import Foundation
import XCTest
@testable import AlmanacModel

/// A review keeps each step's evidence and reason, counts evidence that moved, and a log that
/// holds them needs version 2 (which an older almanac refuses rather than rewrite without them).
final class ReviewEvidenceTests: XCTestCase {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func testAReviewKeepsEvidenceAndTheDiffCountsIt() throws {
        var p = Progress()
        p.apply(StepChange(step: "data.1.1", [.status(.notApplicable), .reason("County"), .evidence([Evidence("a.pdf")])], at: t0))
        let q1 = Review(name: "Q1", takenAt: t0, progress: p)
        XCTAssertEqual(q1.step("data.1.1").evidence, [Evidence("a.pdf")])
        XCTAssertEqual(q1.step("data.1.1").reason, "County")
        p.apply(StepChange(step: "data.1.1", [.evidence([Evidence("a.pdf"), Evidence("b.pdf")])], at: t0.addingTimeInterval(60)))
        let diff = ReviewDiff(almanac: Fixtures.almanac, from: q1, to: p)
        let moved = try XCTUnwrap(diff.movements.first)
        XCTAssertEqual(diff.movements.count, 1, "only the evidence moved, and that counts")
        XCTAssertEqual([moved.evidenceBefore, moved.evidenceAfter], [1, 2])
    }

    func testALogNeedsVersion2OnlyWithEvidenceOrAReason() throws {
        var plain = Progress()
        plain.apply(StepChange(step: "data.1.1", [.status(.done)], at: t0))
        XCTAssertEqual(ReviewLog(reviews: [Review(name: "a", takenAt: t0, progress: plain)]).neededVersion, 1)
        plain.apply(StepChange(step: "data.1.2", [.evidence([Evidence("x")])], at: t0))
        let log = ReviewLog(reviews: [Review(name: "b", takenAt: t0, progress: plain)])
        XCTAssertEqual(log.neededVersion, 2)
        // Reviews without the new keys (from before evidence) still decode, as nil.
        let old = #"{"status": "done", "note": "n"}"#
        let step = try JSONDecoder().decode(Review.Step.self, from: Data(old.utf8))
        XCTAssertNil(step.evidence)
        XCTAssertNil(step.reason)
    }
}
