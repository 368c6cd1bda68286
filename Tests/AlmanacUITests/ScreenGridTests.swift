import XCTest
import AlmanacUI

/// The frame grid views draw into and snapshot tests read.
final class ScreenGridTests: XCTestCase {
    func testTextSkipsContinuationCellsAndTrimsTrailingSpaces() {
        var s = Screen(width: 6, height: 2)
        s[0, 0] = Cell("日")
        s[1, 0] = Cell(" ", continuation: true)
        s[2, 0] = Cell("x")
        XCTAssertEqual(s.line(0), "日x   ")
        XCTAssertEqual(s.text, "日x\n")
    }

    func testWritesOutsideTheGridAreIgnoredAndTheCursorIsClamped() {
        var s = Screen(width: 3, height: 2)
        s[5, 5] = Cell("z")
        s[-1, 0] = Cell("z")
        XCTAssertFalse(s.text.contains("z"))
        s.cursor = (x: 10, y: -4)
        XCTAssertEqual(s.cursor.x, 2)
        XCTAssertEqual(s.cursor.y, 0)
    }

    func testAnEmptyScreenHasNoCells() {
        let s = Screen(width: 0, height: -3)
        XCTAssertEqual(s.cells.count, 0)
        XCTAssertEqual(s.text, "")
    }
}
