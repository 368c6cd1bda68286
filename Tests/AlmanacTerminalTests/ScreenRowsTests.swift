import XCTest
@testable import AlmanacTerminal
@testable import AlmanacUI

/// The painter compares rows of cells as memory (`Screen.rowsEqual`).
final class ScreenRowsTests: XCTestCase {
    func testCellsHaveNoPaddingSoRowsCompareAsMemory() {
        XCTAssertEqual(MemoryLayout<AlmanacUI.Cell>.size, MemoryLayout<AlmanacUI.Cell>.stride, "no tail padding")
        XCTAssertEqual(MemoryLayout<AlmanacUI.Cell>.size, 12 + MemoryLayout<AlmanacUI.Style>.size, "no padding inside")
        XCTAssertEqual(MemoryLayout<AlmanacUI.Style>.size, 4)
        var a = Screen(width: 5, height: 2), b = Screen(width: 5, height: 2)
        a.put("ab", x: 0, y: 0); b.put("ab", x: 0, y: 1)
        XCTAssertTrue(Screen.rowsEqual(a, 0, b, 1))
        XCTAssertFalse(Screen.rowsEqual(a, 0, b, 0))
        b.put("ab", x: 0, y: 1, style: Style(bold: true))
        XCTAssertFalse(Screen.rowsEqual(a, 0, b, 1), "style counts")
        XCTAssertFalse(Screen.rowsEqual(a, 0, b, 2), "off the screen")
    }
}
