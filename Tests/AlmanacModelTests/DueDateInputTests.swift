import XCTest
@testable import AlmanacModel

/// Due dates as typed: written dates, and days counted from a given today.
final class DueDateInputTests: XCTestCase {
    /// Tuesday 1 December 2026.
    let tuesday = day("2026-12-01")

    static func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }
    func day(_ iso: String) -> CalendarDay { Self.day(iso) }

    func iso(_ text: String, on today: CalendarDay? = nil) -> String? {
        try? DueDateInput.iso(text, today: today ?? tuesday).get()
    }

    func problem(_ text: String, on today: CalendarDay? = nil) -> String? {
        guard case .failure(let p) = DueDateInput.iso(text, today: today ?? tuesday) else { return nil }
        return p.message
    }

    func testWrittenDatesAreKeptAsTheyAre() {
        XCTAssertEqual(iso("2027-03-31"), "2027-03-31")
        XCTAssertEqual(iso("2028-02-29"), "2028-02-29", "a leap day")
        XCTAssertEqual(iso("2000-01-01"), "2000-01-01", "a day in the past may be written")
    }

    func testTodayTomorrowAndCountedDays() {
        XCTAssertEqual(iso("today"), "2026-12-01")
        XCTAssertEqual(iso("tomorrow"), "2026-12-02")
        XCTAssertEqual(iso("+3d"), "2026-12-04")
        XCTAssertEqual(iso("+2w"), "2026-12-15")
        XCTAssertEqual(iso("+1m"), "2027-01-01")
        XCTAssertEqual(iso("+1y"), "2027-12-01")
        XCTAssertEqual(iso("10d"), "2026-12-11", "the plus may be left out")
        XCTAssertEqual(iso("+0d"), "2026-12-01", "+0d is today")
        XCTAssertEqual(iso("+999d"), "2029-08-26")
    }

    func testCaseAndSurroundingSpaceDoNotMatter() {
        XCTAssertEqual(iso("  TODAY "), "2026-12-01")
        XCTAssertEqual(iso("+2W"), "2026-12-15")
        XCTAssertEqual(iso("\tFriday "), "2026-12-04")
        XCTAssertEqual(iso("EOM"), "2026-12-31")
        XCTAssertEqual(iso(" 2027-03-31 "), "2027-03-31")
    }

    func testYearsRollOver() {
        let newYearsEve = day("2026-12-31")
        XCTAssertEqual(iso("+1d", on: newYearsEve), "2027-01-01")
        XCTAssertEqual(iso("tomorrow", on: newYearsEve), "2027-01-01")
        XCTAssertEqual(iso("eom", on: day("2026-12-15")), "2026-12-31")
        XCTAssertEqual(iso("+2m", on: day("2026-11-30")), "2027-01-30")
        XCTAssertEqual(iso("+13m", on: tuesday), "2028-01-01")
    }

    func testAMonthOnFromALongMonthsEndIsTheShorterMonthsLastDay() {
        XCTAssertEqual(iso("+1m", on: day("2026-01-31")), "2026-02-28")
        XCTAssertEqual(iso("+1m", on: day("2024-01-31")), "2024-02-29", "leap year")
        XCTAssertEqual(iso("+1m", on: day("2026-03-31")), "2026-04-30")
        XCTAssertEqual(iso("+1y", on: day("2028-02-29")), "2029-02-28")
        XCTAssertEqual(iso("+4y", on: day("2028-02-29")), "2032-02-29")
    }

    func testEndOfMonthAndLeapYears() {
        XCTAssertEqual(iso("eom", on: day("2026-02-10")), "2026-02-28")
        XCTAssertEqual(iso("eom", on: day("2028-02-10")), "2028-02-29")
        XCTAssertEqual(iso("eom", on: day("2000-02-01")), "2000-02-29", "divisible by 400: leap")
        XCTAssertEqual(iso("eom", on: day("1900-02-01")), "1900-02-28", "divisible by 100: not")
        XCTAssertEqual(iso("eom", on: day("2026-04-30")), "2026-04-30", "on the last day: today")
        XCTAssertEqual(iso("+1d", on: day("2028-02-28")), "2028-02-29")
    }

    /// The end of the council's working week: Friday; at the weekend, the next one.
    func testEndOfWeekIsThisWorkingWeeksFriday() {
        XCTAssertEqual(iso("eow", on: day("2026-11-30")), "2026-12-04", "Monday")
        XCTAssertEqual(iso("eow", on: tuesday), "2026-12-04")
        XCTAssertEqual(iso("eow", on: day("2026-11-27")), "2026-11-27", "on a Friday: today")
        XCTAssertEqual(iso("eow", on: day("2026-11-28")), "2026-12-04", "Saturday: next Friday")
        XCTAssertEqual(iso("eow", on: day("2026-11-29")), "2026-12-04", "Sunday: next Friday")
    }

    func testAWeekdayIsTheNextSuchDayAfterToday() {
        XCTAssertEqual(iso("wednesday"), "2026-12-02")
        XCTAssertEqual(iso("wed"), "2026-12-02")
        XCTAssertEqual(iso("monday"), "2026-12-07")
        XCTAssertEqual(iso("sun"), "2026-12-06")
        XCTAssertEqual(iso("tuesday"), "2026-12-08", "on a Tuesday, tuesday is next week's")
        XCTAssertEqual(iso("tue"), "2026-12-08")
        XCTAssertEqual(iso("friday", on: day("2026-12-31")), "2027-01-01", "across the new year")
        // From Monday 30 November: Monday is a week on, the rest this week.
        for (name, expected) in zip(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], [7, 1, 2, 3, 4, 5, 6]) {
            XCTAssertEqual(iso(name, on: day("2026-11-30")), "2026-12-0\(expected)", name)
        }
    }

    func testWeekdayNumbersAndNames() {
        XCTAssertEqual(day("1970-01-01").weekday, 4, "a Thursday")
        XCTAssertEqual(day("2026-11-29").weekday, 7)
        XCTAssertEqual(day("1969-12-29").weekday, 1, "before 1970 too")
        XCTAssertEqual(DueDateInput.weekdayName(tuesday), "Tue")
        XCTAssertEqual(DueDateInput.weekdayName(day("2026-12-06")), "Sun")
    }

    func testMalformedWrittenDatesSayWhichPartIsWrong() {
        XCTAssertEqual(problem("2026-02-30"), "Due date 2026-02-30 is not a day of that month; use YYYY-MM-DD")
        XCTAssertEqual(problem("2027-02-29"), "Due date 2027-02-29 is not a day of that month; use YYYY-MM-DD")
        XCTAssertEqual(problem("2026-13-01"), "Due date 2026-13-01 has no month 13; use YYYY-MM-DD")
        XCTAssertEqual(problem("31/12/2026"), "Due date 31/12/2026 must be written YYYY-MM-DD: type 2026-12-31")
        XCTAssertEqual(problem("1/3/2027"), "Due date 1/3/2027 must be written YYYY-MM-DD: type 2027-03-01")
    }

    func testOtherTextSaysWhatToType() {
        let forms = "type YYYY-MM-DD, today, tomorrow, +3d, +2w, +1m, eow, eom or a weekday"
        XCTAssertEqual(problem("nextweek"), "Due date 'nextweek' is not a date; " + forms)
        for bad in ["next", "+", "d", "+3", "+3x", "3 d", "+d", "fridays", "2026-3-1", "13/13/2026", "+٣d"] {
            XCTAssertEqual(problem(bad), "Due date '\(bad)' is not a date; " + forms, bad)
        }
        XCTAssertEqual(problem(""), "No due date given; " + forms)
        XCTAssertEqual(problem("   "), "No due date given; " + forms)
        XCTAssertEqual(problem("-3d"), "Due date '-3d' is in the past; count forward from today, e.g. +3d")
        XCTAssertEqual(problem("+1000d"), "Due date '+1000d' is too far ahead; count up to 999, e.g. +3d, +2w, +1m or +1y")
        XCTAssertEqual(problem("+99999d"), "Due date '+99999d' is too far ahead; count up to 999, e.g. +3d, +2w, +1m or +1y")
        XCTAssertEqual(problem("+99999999999999999999999d")?.contains("too far ahead"), true, "no overflow")
        XCTAssertEqual(problem("+1y", on: day("9999-06-01")), "Due date '+1y' is past the year 9999; type an earlier date")
        XCTAssertEqual(problem("tomorrow", on: day("9999-12-31")), "Due date 'tomorrow' is past the year 9999; type an earlier date")
        XCTAssertEqual(problem("bad\u{1B}[2J"), "Due date 'bad^[[2J' is not a date; " + forms, "controls are shown, not sent")
    }

    func testOnlyCountedFormsAreShownAsTheDateTheyMean() {
        XCTAssertEqual(DueDateInput.relative("+2w", today: tuesday), day("2026-12-15"))
        XCTAssertEqual(DueDateInput.relative(" Fri ", today: tuesday), day("2026-12-04"))
        XCTAssertNil(DueDateInput.relative("2026-12-15", today: tuesday), "a written date needs no preview")
        XCTAssertNil(DueDateInput.relative("+2", today: tuesday), "half typed")
        XCTAssertNil(DueDateInput.relative("", today: tuesday))
    }
}
