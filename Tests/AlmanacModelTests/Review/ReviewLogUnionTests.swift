import Foundation
import XCTest
@testable import AlmanacModel

/// A team's reviews read from every member's file: each review once, oldest first, whichever
/// order the files come in.
final class ReviewLogUnionTests: XCTestCase {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func review(_ name: String, _ days: Double) -> Review {
        Review(name: name, takenAt: t0.addingTimeInterval(days * 86_400), progress: Progress())
    }

    func testEveryReviewOnceInTheOrderTaken() {
        let ann = ReviewLog(reviews: [review("Q1", 0), review("Q3", 180)])
        let bo = ReviewLog(reviews: [review("Q2", 90)])
        let copy = ReviewLog(reviews: [review("Q1", 0)])   // a sync engine's conflict copy of Ann's
        let union = ReviewLog.union([ann, bo, copy])
        XCTAssertEqual(union.reviews.map(\.name), ["Q1", "Q2", "Q3"])
        XCTAssertEqual(ReviewLog.union([copy, bo, ann]), union, "the same whatever order the files are read")
        XCTAssertEqual(union.find("previous")?.name, "Q2")
    }

    func testOneNameUsedTwiceOfflineKeepsBothAndFindTakesTheFirst() {
        let union = ReviewLog.union([ReviewLog(reviews: [review("Q1", 1)]), ReviewLog(reviews: [review("q1", 0)])])
        XCTAssertEqual(union.reviews.count, 2)
        XCTAssertEqual(union.find("Q1")?.takenAt, t0, "the earlier of the two, on every machine")
    }
}
