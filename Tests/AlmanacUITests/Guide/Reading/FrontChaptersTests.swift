import AlmanacModel
import Foundation
import XCTest
@testable import AlmanacUI

/// The introduction and annexes in the guide: listed after the outcomes, read like them, and
/// found by its search exactly as `almanac search` finds them.
final class FrontChaptersTests: XCTestCase {
    func testTheyAreListedAfterTheOutcomesWithoutCounts() {
        var app = Fixtures.app(width: 120, height: 40)
        XCTAssertTrue(app.frame.contains("│     Introduction "), app.frame)
        XCTAssertTrue(app.frame.contains("│     Annexes A and B "), app.frame)
        XCTAssertTrue(app.frame.contains("0/108 steps done"), "no steps added to the count")
        app.press(.end)
        XCTAssertTrue(app.frame.contains("Annex A: Local and combined authorities"), "its parts: \(app.frame)")
        XCTAssertFalse(app.frame.contains("Put into practice"), "no checklist")
        app.press(.up, .tab)
        XCTAssertTrue(app.frame.contains("▸ Acknowledgements"), "its first part, not a second Overview: \(app.frame)")
        app.press(.tab)
        XCTAssertTrue(app.frame.contains("The Local Government Association (LGA) would like to thank"), app.frame)
    }

    func testSearchFindsTheAnnexesAndTheIntroductionInTheCommandsOrder() throws {
        var app = Fixtures.app(width: 120, height: 40)
        app.type("/Epping")
        XCTAssertEqual(app.search.hits.count, 1)
        XCTAssertTrue(app.frame.contains("Annexes A and B › Annex A: Local and combined authorities"), app.frame)
        app.press(.enter)
        XCTAssertTrue(app.frame.contains("Epping Forest"), app.frame)
        // The same hits, in the same order, as the model's search (almanac search).
        for query in ["data", "council", "methodology", "wolverhampton", "\"open data\""] {
            var fresh = Fixtures.app(width: 120, height: 40)
            fresh.type("/" + query)
            let model = SearchIndex(almanac: RealContent.almanac).search(try XCTUnwrap(SearchQuery(query)))
            XCTAssertEqual(fresh.search.hits.map(\.text), Array(model.map(\.text).prefix(fresh.search.hits.count)), query)
            XCTAssertEqual(fresh.search.hits.count, min(model.count, 500), query)
        }
    }
}
