import Foundation
import XCTest

/// `almanac export --format ics`: the calendar file as the command writes it. (ICSReportTests
/// reads the format back with a real parser.)
final class CalendarExportTests: XCTestCase {
    var cli: CLI!

    override func setUp() { cli = CLI() }
    override func tearDown() { cli = nil }

    /// The file with its folded lines joined again.
    func calendar(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\r\n ", with: "")
    }

    func uids(_ text: String) -> [String] {
        text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }

    func testSetThenExportWritesTheDueDateAsAnAllDayEvent() throws {
        var r = try cli.run("set", "data.1.2", "--due", "2027-03-31", "--owner", "Sam",
                            "--note", "Budget, see minutes; ask IT\nthen the board")
        XCTAssertEqual(r.status, 0, r.err)
        let file = cli.home + "/due.ics"
        r = try cli.run("export", "--format", "ics", "--output", file)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "")
        XCTAssertEqual(r.err, "")
        let text = try calendar(file)
        XCTAssertTrue(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), text)
        XCTAssertTrue(text.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"), text)
        XCTAssertEqual(text.components(separatedBy: "BEGIN:VEVENT").count - 1, 1)
        XCTAssertTrue(text.contains("\r\nDTSTART;VALUE=DATE:20270331\r\nDTEND;VALUE=DATE:20270401\r\n"), text)
        XCTAssertTrue(text.contains("\r\nSUMMARY:Data 1.2: "), text)
        XCTAssertTrue(text.contains("\\nOwner: Sam\\nNote: Budget\\, see minutes\\; ask IT\\nthen the board\\n"), text)
        XCTAssertEqual(uids(text).count, 1)
        XCTAssertTrue(uids(text)[0].hasPrefix("UID:data.1.2@"), text)

        // A changed note, exported again: the same UID, so a calendar updates the event.
        XCTAssertEqual(try cli.run("set", "data.1.2", "--note", "Agreed").status, 0)
        XCTAssertEqual(try cli.run("export", "--format", "ics", "--output", file).status, 0)
        let again = try calendar(file)
        XCTAssertTrue(again.contains("Note: Agreed"), again)
        XCTAssertEqual(uids(again), uids(text))
    }

    func testAnotherProgressFileOrACalendarIDGivesOtherUIDs() throws {
        let other = cli.home + "/other-council.json"
        for args in [["set", "data.1.2", "--due", "2027-03-31"], ["set", "data.1.2", "--due", "2027-03-31", "--progress", other]] {
            XCTAssertEqual(try cli.run(args).status, 0)
        }
        let mine = uids(try cli.run("export", "--format", "ics").out)
        let theirs = uids(try cli.run("export", "--format", "ics", "--progress", other).out)
        let named = uids(try cli.run("export", "--format", "ics", "--calendar-id", "Anytown digital team").out)
        XCTAssertEqual(mine.count, 1)
        XCTAssertEqual(Set(mine + theirs + named).count, 3, "\(mine) \(theirs) \(named)")
        XCTAssertEqual(uids(try cli.run("export", "--format", "ics", "--calendar-id", "Anytown digital team",
                                        "--progress", other).out), named, "the same id on any file or machine")
    }

    func testACalendarWithoutDueDatesIsWrittenAndSaysSo() throws {
        XCTAssertEqual(try cli.run("tick", "data.1.1").status, 0)
        let r = try cli.run("export", "--format", "ics")
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("BEGIN:VCALENDAR\r\n") && r.out.hasSuffix("END:VCALENDAR\r\n"), r.out)
        XCTAssertFalse(r.out.contains("BEGIN:VEVENT"))
        XCTAssertTrue(r.err.contains("the calendar has no events: no step has a due date"), r.err)
    }

    func testCalendarIDWithoutTheCalendarIsAUsageError() throws {
        let r = try cli.run("export", "--format", "csv", "--calendar-id", "x")
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("--calendar-id is for the calendar only"), r.err)
    }
}
