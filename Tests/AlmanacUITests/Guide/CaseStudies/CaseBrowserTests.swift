import XCTest
@testable import AlmanacUI

final class CaseBrowserTests: XCTestCase {
    func testListsAllCaseStudiesAndFilters() {
        var app = Fixtures.app(width: 120, height: 40)
        app.type("c")
        XCTAssertEqual(app.mode, .caseBrowser)
        XCTAssertEqual(app.caseBrowser.shown.count, 35)
        app.type("o")
        XCTAssertEqual(app.caseBrowser.shown.count, 3, "Connectivity's three")
        XCTAssertTrue(app.frame.contains("Outcome (o): 1 Connectivity"))
        app.type("x")
        XCTAssertEqual(app.caseBrowser.shown.count, 35)
        var categories = 0
        repeat {
            app.type("c")
            categories += 1
            if let cat = app.caseBrowser.categoryFilter {
                XCTAssertTrue(app.caseBrowser.shown.allSatisfy { $0.study.category?.lowercased() == cat.lowercased() })
            }
        } while app.caseBrowser.categoryFilter != nil
        XCTAssertEqual(categories - 1, 25, "26 spellings, 25 categories once case is ignored")
    }

    func testShowsTheCouncilsTypeAndRegionAndOpensTheChapter() {
        var app = Fixtures.app(width: 120, height: 40)
        app.type("c")
        XCTAssertTrue(app.frame.contains("Council: Wolverhampton, Metropolitan Borough, West Midlands"))
        app.press(.down, .down, .down)
        let entry = app.caseBrowser.shown[3]
        app.press(.enter)
        XCTAssertEqual(app.mode, .main)
        XCTAssertEqual(app.outcomeIndex, entry.outcome)
        XCTAssertEqual(app.currentPart, .caseStudies)
        XCTAssertTrue(app.frame.contains(entry.study.organisation))
    }
}
