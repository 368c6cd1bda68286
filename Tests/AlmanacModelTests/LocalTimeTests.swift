import AlmanacModel
import Foundation
import XCTest

/// The slides' clock and date come from LocalTime's arithmetic: they must agree with
/// Foundation's calendar for any offset, before and after 1970, across day and year ends.
final class LocalTimeTests: XCTestCase {
    func testAgreesWithTheGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        for offset in [0, 3600, -18_000, 19_800, 50_400, -39_600] {
            calendar.timeZone = try XCTUnwrap(TimeZone(secondsFromGMT: offset))
            for seconds in stride(from: -2_208_988_800.0, to: 4_102_444_800, by: 86_400 * 37 + 3_671.5) {
                let date = Date(timeIntervalSince1970: seconds)
                let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
                let local = LocalTime(date, utcOffset: offset)
                XCTAssertEqual([local.day.year, local.day.month, local.day.day, local.hour, local.minute],
                               [c.year, c.month, c.day, c.hour, c.minute].map { $0 ?? -1 }, "\(offset) \(seconds)")
            }
        }
    }

    func testTheClockIsTwoDigitsEach() {
        XCTAssertEqual(LocalTime(Date(timeIntervalSince1970: 3_900), utcOffset: 0).clock, "01:05")
        XCTAssertEqual(LocalTime(Date(timeIntervalSince1970: 3_900), utcOffset: -7_200).clock, "23:05")
        XCTAssertEqual(LocalTime(Date(timeIntervalSince1970: -1), utcOffset: 0).clock, "23:59")
    }
}
