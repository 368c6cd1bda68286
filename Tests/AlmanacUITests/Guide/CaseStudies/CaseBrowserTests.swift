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
        XCTAssertTrue(app.frame.contains("Outcome o: 1 Connectivity"))
        app.type("x")
        XCTAssertEqual(app.caseBrowser.shown.count, 35)
        var categories = 0
        repeat {
            app.type("c")
            categories += 1
            if let cat = app.caseBrowser.categoryFilter {
                XCTAssertTrue(app.caseBrowser.shown.allSatisfy { app.caseBrowser.category(of: $0) == cat })
                XCTAssertFalse(app.caseBrowser.shown.isEmpty, cat)
            }
        } while app.caseBrowser.categoryFilter != nil
        XCTAssertEqual(categories - 1, 26, "26 spellings, 25 categories once case is ignored, and No category")
        XCTAssertEqual(app.caseBrowser.categories.filter { $0.lowercased() == "sustainable procurement" }, ["Sustainable Procurement"])
        XCTAssertEqual(app.caseBrowser.categories.last, "No category")
    }

    func testFiltersByTheCouncilsTypeAndRegionAsTheCommandDoes() {
        var app = Fixtures.app(width: 120, height: 40)
        app.type("c")
        var seen = 0
        repeat {
            app.type("a")
            if let type = app.caseBrowser.typeFilter {
                seen += 1
                XCTAssertFalse(app.caseBrowser.shown.isEmpty, type)
                XCTAssertTrue(app.frame.contains("Type a: \(type)  x clears"))
            }
        } while app.caseBrowser.typeFilter != nil
        XCTAssertEqual(seen, 5, "county, district, London borough, metropolitan, unitary")
        app.type("r")
        XCTAssertEqual(app.caseBrowser.regionFilter, "East Midlands")
        app.type("rrrrrr")
        XCTAssertEqual(app.caseBrowser.regionFilter, "South West")
        while app.caseBrowser.typeFilter != "Unitary Authority" { app.type("a") }
        XCTAssertEqual(app.caseBrowser.shown.count, 4, "as almanac cases --type unitary --region 'south west'")
    }

    func testEscFromAStudyOpenedInTheBrowserReturnsToTheList() {
        var app = Fixtures.app(width: 120, height: 40)
        app.type("c")
        app.press(.down, .enter)
        XCTAssertEqual(app.mode, .main)
        app.press(.down, .down)
        app.press(.escape)
        XCTAssertEqual(app.mode, .caseBrowser)
        XCTAssertEqual(app.caseBrowser.selected, 1, "on the study it opened")
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
