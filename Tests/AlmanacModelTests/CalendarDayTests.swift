import AlmanacModel
import XCTest

/// The calendar day due dates and reports count from.
final class CalendarDayTests: XCTestCase {
    func testParsesOnlyRealISODates() {
        XCTAssertEqual(CalendarDay(iso: "2024-02-29")?.description, "2024-02-29")
        for bad in ["2023-02-29", "2026-13-01", "2026-1-01", "31/12/2020", "", "2026-11-25T00:00", "2026-11-2a", "+026-11-25", "0000-01-01", "2026-01-01 "] {
            XCTAssertNil(CalendarDay(iso: bad), bad)
        }
    }

    func testOrdersByDate() {
        XCTAssertLessThan(CalendarDay(iso: "2026-09-30")!, CalendarDay(iso: "2026-10-01")!)
        XCTAssertLessThan(CalendarDay(iso: "2025-12-31")!, CalendarDay(iso: "2026-01-01")!)
    }
}
