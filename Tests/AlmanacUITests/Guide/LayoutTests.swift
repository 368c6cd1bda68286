import XCTest
@testable import AlmanacUI

final class LayoutTests: XCTestCase {
    func testLengthsThenFillsTileTheRect() {
        let r = Rect(x: 0, y: 0, width: 80, height: 24)
        let rows = r.split(.vertical, [.length(1), .fill(1), .length(1)])
        XCTAssertEqual(rows.map(\.y), [0, 1, 23])
        XCTAssertEqual(rows.map(\.height), [1, 22, 1])
        let cols = r.split(.horizontal, [.length(24), .fill(1), .fill(2)])
        XCTAssertEqual(cols.map(\.width), [24, 18, 38])
        XCTAssertEqual(cols.map(\.x), [0, 24, 42])
    }

    func testLengthsShrinkWhenSpaceRunsOut() {
        let r = Rect(x: 5, y: 0, width: 10, height: 1)
        let cols = r.split(.horizontal, [.length(8), .length(8), .fill(1)])
        XCTAssertEqual(cols.map(\.width), [8, 2, 0])
        XCTAssertEqual(cols.map(\.x), [5, 13, 15])
    }

    func testNothingNegative() {
        XCTAssertEqual(Rect(x: 0, y: 0, width: 1, height: 1).inset(1).width, 0)
        XCTAssertTrue(Rect(x: 0, y: 0, width: 3, height: 3).inset(2).isEmpty)
    }

    func testGuideCollapsesPanesWhenNarrow() {
        let wide = GuideLayout(width: 120, height: 40, focus: .parts)
        XCTAssertFalse(wide.outcomes.isEmpty)
        XCTAssertFalse(wide.parts.isEmpty)
        XCTAssertFalse(wide.reading)
        // Reading takes every column at any width, so the terminal can scroll its rows.
        for (w, h) in [(80, 24), (120, 40), (240, 67)] {
            let reading = GuideLayout(width: w, height: h, focus: .content)
            XCTAssertTrue(reading.outcomes.isEmpty && reading.parts.isEmpty)
            XCTAssertEqual(reading.content.width, w)
            XCTAssertTrue(reading.reading)
            XCTAssertLessThanOrEqual(reading.contentText.width, GuideLayout.readingMeasure, "a comfortable line, centred")
            XCTAssertEqual(reading.contentText.x - reading.content.x, reading.content.maxX - reading.contentText.maxX, accuracy: 1)
        }
        let short = GuideLayout(width: 60, height: 16, focus: .parts)
        XCTAssertTrue(short.outcomes.isEmpty, "too short for both lists: only the one in use")
        XCTAssertFalse(short.parts.isEmpty)
        XCTAssertTrue(GuideLayout(width: 59, height: 24).tooSmall)
        XCTAssertTrue(GuideLayout(width: 80, height: 15).tooSmall)
    }
}
