@testable import AlmanacTerminal
import AlmanacUI
import XCTest

/// Finding rows that moved together between frames, so the painter can scroll them.
final class RowShiftTests: XCTestCase {
    /// A frame with a title row, `count` numbered text rows from `first`, and a status row.
    func frame(first: Int, width: Int = 20, height: Int = 10) -> Screen {
        var s = Screen(width: width, height: height)
        s.put("title", x: 0, y: 0)
        for y in 1..<height - 1 { s.put("line \(first + y)", x: 0, y: y) }
        s.put("status \(first)", x: 0, y: height - 1)
        return s
    }

    func testAOneLineScrollIsFoundBetweenTheFixedRows() {
        let shift = RowShift.find(from: frame(first: 0), to: frame(first: 1))
        XCTAssertEqual(shift, RowShift(top: 1, bottom: 8, by: 1))
        let back = RowShift.find(from: frame(first: 1), to: frame(first: 0))
        XCTAssertEqual(back, RowShift(top: 1, bottom: 8, by: -1))
        XCTAssertEqual(RowShift.find(from: frame(first: 0), to: frame(first: 3))?.by, 3, "a wheel's three lines")
    }

    func testNoShiftForAnUnchangedOrUnrelatedFrame() {
        XCTAssertNil(RowShift.find(from: frame(first: 0), to: frame(first: 0)))
        XCTAssertNil(RowShift.find(from: frame(first: 0), to: frame(first: 40)), "a page: nothing in common")
        var other = frame(first: 0)
        other.put("changed", x: 0, y: 4)
        XCTAssertNil(RowShift.find(from: frame(first: 0), to: other), "one row changed in place")
    }

    func testScrollingAScreenMatchesTheNewFrameOutsideTheNewRows() {
        var old = frame(first: 0)
        let new = frame(first: 1)
        let shift = RowShift.find(from: old, to: new)!
        old.scroll(shift.top...shift.bottom, by: shift.by)
        // Only the row scrolled in and the status row are left to write.
        let differing = (0..<new.height).filter { !RowShift.same(old, $0, new, $0) }
        XCTAssertEqual(differing, [8, 9])
    }
}
