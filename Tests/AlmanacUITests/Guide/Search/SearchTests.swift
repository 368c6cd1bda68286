import AlmanacModel
import XCTest
@testable import AlmanacUI

final class SearchTests: XCTestCase {
    func testSearchThenEnterThenSpaceTicksTheStep() {
        var app = Fixtures.app()
        app.type("/")
        XCTAssertEqual(app.mode, .search)
        app.type("lorawan")
        XCTAssertEqual(app.search.hits.count, 1, "case-insensitive, whole almanac")
        app.press(.enter)
        XCTAssertEqual(app.mode, .main)
        XCTAssertEqual(app.currentStep?.id, "connectivity.3.3")
        XCTAssertEqual(app.focus, .content)
        let effects = app.press(.character(" "))
        XCTAssertEqual(effects, [.progress(.record(StepChange(step: "connectivity.3.3", [.status(.done)], at: Fixtures.now)))])
    }

    func testIncrementalResultsAndHitsAcrossOutcomes() {
        var app = Fixtures.app()
        app.type("/c")
        XCTAssertTrue(app.search.hits.isEmpty, "one character finds nothing yet")
        app.type("yber")
        let hits = app.search.hits
        XCTAssertGreaterThan(Set(hits.map(\.outcome)).count, 1)
        app.press(.backspace)
        XCTAssertGreaterThanOrEqual(app.search.hits.count, hits.count, "a shorter query finds at least as much")
        app.type("r")
        XCTAssertEqual(app.search.hits, hits)
    }

    func testEnterJumpsAndHighlightsAndNMovesBetweenHits() {
        var app = Fixtures.app(width: 120, height: 40)
        app.type("/Digital Champion")
        let hits = app.search.hits
        XCTAssertGreaterThan(hits.count, 2)
        app.press(.down, .enter)
        XCTAssertEqual(app.outcomeIndex, hits[1].outcome)
        XCTAssertEqual(app.currentPart, hits[1].part)
        let screen = app.render(width: 120, height: 40)
        let highlighted = (0..<screen.height).flatMap { y in (0..<screen.width).map { screen[$0, y] } }
            .filter { $0.style.role == .warning && $0.style.reverse }
        XCTAssertGreaterThanOrEqual(highlighted.count, "Digital Champion".count, "the match is highlighted on screen")
        app.type("n")
        XCTAssertEqual(app.search.current, 2)
        XCTAssertEqual(app.message, "Hit 3 of \(hits.count)")
        app.type("NN")
        XCTAssertEqual(app.search.current, 0)
        XCTAssertEqual(app.outcomeIndex, hits[0].outcome)
    }

    func testEscapeClosesSearchWhereYouWere() {
        var app = Fixtures.app()
        app.press(.down)
        app.type("/data")
        app.press(.escape)
        XCTAssertEqual(app.mode, .main)
        XCTAssertEqual(app.outcomeIndex, 1)
    }

    /// Esc goes back to the screen search was opened from; a hit opened shows in the reading.
    func testEscapeReturnsToMyWorkAndTheCaseStudies() {
        var app = Fixtures.app()
        app.type("w")
        XCTAssertEqual(app.mode, .myWork)
        app.type("/data")
        XCTAssertEqual(app.mode, .search)
        app.press(.escape)
        XCTAssertEqual(app.mode, .myWork)
        app.type("/lorawan")
        app.press(.enter)
        XCTAssertEqual(app.mode, .main, "a hit is read where it is")
        app.type("c")
        XCTAssertEqual(app.mode, .caseBrowser)
        app.type("/data")
        app.press(.escape)
        XCTAssertEqual(app.mode, .caseBrowser)
    }

    /// The model's engine, with hits placed on the guide's parts and items.
    func testHitsArePlacedOnPartsAndItems() {
        let search = GuideSearch(almanac: Fixtures.almanac)
        let connectivity = Fixtures.almanac.outcomes[0]
        XCTAssertEqual(search.hits("LoRaWAN").first?.step, 8)
        let table = search.hits("Multidisciplinary").first!
        XCTAssertEqual(table.part, .section(0), "table cells are searched")
        guard case .table = DocumentBuilder.items(connectivity, table.part, front: nil)[table.item] else {
            return XCTFail("the hit is placed on the table")
        }
        XCTAssertTrue(search.hits("Tameside").contains { $0.part == .caseStudies && $0.outcome == 1 })
        let pound = search.hits("£5bn")
        XCTAssertEqual(pound.count, 1)
        XCTAssertEqual(String(pound[0].text.utf8.dropFirst(pound[0].offset).prefix(pound[0].length)), "£5bn")
    }
}
