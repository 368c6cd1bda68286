import AlmanacExport
import AlmanacModel
import XCTest

/// The calendar: RFC 5545, read back by Python's icalendar package, and checked line by line.
final class ICSReportTests: XCTestCase {
    static let key = "file:host\n/home/jo/progress.json"

    func ics(_ report: ProgressReport = Fixtures.report, key: String = ICSReportTests.key) throws -> String {
        try ExportFormat.ics.render(report, calendarKey: key)
    }

    func report(_ steps: [String: StepProgress], at generated: Date = Fixtures.generatedAt) -> ProgressReport {
        ProgressReport(almanac: Fixtures.almanac, progress: Progress(steps: steps), today: Fixtures.today,
                       generatedAt: generated)
    }

    func testParsesBackOneAllDayEventPerDatedStep() throws {
        let calendar = try ICSCheck.of(ics())
        XCTAssertEqual(calendar.errors, [])
        XCTAssertEqual(calendar.version, "2.0")
        XCTAssertEqual(calendar.calscale, "GREGORIAN")
        XCTAssertEqual(calendar.method, "PUBLISH")
        XCTAssertEqual(calendar.name, "Fixture Almanac: due dates")
        // beta.2.1's due date, 31/12/2020, is not a date: left out. Steps without one have no event.
        XCTAssertEqual(calendar.events.map(\.step), ["alpha.1.2", "alpha.2.1", "alpha.2.2", "beta.1.1", "beta.1.2"])
        XCTAssertEqual(calendar.events.map(\.start), ["2026-11-24", "2020-01-01", "2026-11-25", "2025-01-01", "2027-01-31"])
        XCTAssertEqual(calendar.events.map(\.end), ["2026-11-25", "2020-01-02", "2026-11-26", "2025-01-02", "2027-02-01"])
        XCTAssertEqual(calendar.events.map(\.transparency), Array(repeating: "TRANSPARENT", count: 5))
        for event in calendar.events {
            XCTAssertEqual(event.stamp, "2026-11-25T10:30:00+00:00", "DTSTAMP is the report's time, in UTC")
            XCTAssertEqual(event.modified, "2026-11-18T11:06:40+00:00")
        }
        let first = try XCTUnwrap(calendar.events.first)
        XCTAssertEqual(first.summary, "Alpha & Omega 1.2: Do step 1.2 of Alpha & Omega *well* [now]")
        XCTAssertEqual(first.categories, ["Alpha & Omega"])
        XCTAssertEqual(first.description, """
            Do step 1.2 of Alpha & Omega *well* [now]

            Status: In progress
            Owner: Jo
            Outcome 1: Alpha & Omega
            Theme 1: Alpha & Omega theme 1
            Step: alpha.1.2
            """)
    }

    func testDoneIsSaidAndNotApplicableIsCancelled() throws {
        let events = try ICSCheck.of(ics()).events
        let byStep = Dictionary(uniqueKeysWithValues: events.map { ($0.step, $0) })
        XCTAssertEqual(byStep["beta.1.1"]?.summary, "Done: Beta 1.1: Do step 1.1 of Beta *well* [now]")
        XCTAssertEqual(byStep["beta.1.1"]?.status, "CONFIRMED")
        // Kept, not left out: importing again must take the earlier event off the calendar.
        XCTAssertEqual(byStep["alpha.2.1"]?.summary, "Not applicable: Alpha & Omega 2.1: Do step 2.1 of Alpha & Omega *well* [now]")
        XCTAssertEqual(byStep["alpha.2.1"]?.status, "CANCELLED")
        XCTAssertEqual(byStep["alpha.2.2"]?.status, "CONFIRMED")
    }

    func testNotePunctuationAndLineBreaksRoundTripExactly() throws {
        let note = "Costs, see budget; ask Sam\\Jo first\nthen: the board, 3 Dec; done"
        let text = try ics(report(["alpha.1.1": StepProgress(status: .inProgress, note: note, owner: "A; B, C",
                                                             due: "2027-03-31", changed: Fixtures.changed)]))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        XCTAssertTrue(unfolded.contains("Costs\\, see budget\\; ask Sam\\\\Jo first\\nthen: the board\\, 3 Dec\\; done"), unfolded)
        let event = try XCTUnwrap(ICSCheck.of(text).events.first)
        XCTAssertTrue(event.description.contains("\nOwner: A; B, C\nNote: \(note)\nOutcome 1: "), event.description)
    }

    func testUIDsStayAcrossExportsAndDifferPerStepAndPerFile() throws {
        let before = try ICSCheck.of(ics()).events
        var steps = Fixtures.progress.steps
        steps["alpha.1.2"]?.note = "Changed, later"
        steps["alpha.1.2"]?.times.note = Fixtures.generatedAt
        let after = try ICSCheck.of(ics(report(steps, at: Fixtures.generatedAt.addingTimeInterval(86_400)))).events
        XCTAssertEqual(before.map(\.uid), after.map(\.uid))
        XCTAssertNotEqual(before.map(\.description), after.map(\.description))
        XCTAssertEqual(Set(before.map(\.uid)).count, before.count, "one UID per step")
        XCTAssertTrue(before[0].uid.hasPrefix("alpha.1.2@"), before[0].uid)
        // The changed step's SEQUENCE rises, so clients take the new version; the others' stay.
        XCTAssertGreaterThan(after[0].sequence, before[0].sequence)
        XCTAssertEqual(after[1].sequence, before[1].sequence)
        let otherCouncil = try ICSCheck.of(ics(key: "file:host\n/home/jo/other-council.json")).events
        XCTAssertTrue(Set(otherCouncil.map(\.uid)).isDisjoint(with: before.map(\.uid)))
    }

    func testLinesAreFoldedAt75OctetsWithoutSplittingACharacter() throws {
        let note = String(repeating: "Réunion au 日本 café, naïve—", count: 20)
        let text = try ics(report(["beta.2.2": StepProgress(status: .notStarted, note: note, due: "2027-03-31",
                                                            changed: Fixtures.changed)]))
        let bytes = Array(text.utf8)
        XCTAssertEqual(bytes.suffix(2), [13, 10])
        var lines: [[UInt8]] = [[]]
        for (i, b) in bytes.enumerated() {
            if b == 10 {
                XCTAssertEqual(i > 0 ? bytes[i - 1] : 0, 13, "a bare LF at byte \(i)")
                lines.append([])
            } else {
                lines[lines.count - 1].append(b)
            }
        }
        lines.removeLast()   // after the final CRLF
        XCTAssertGreaterThan(lines.filter { $0.first == 32 }.count, 10, "the long note is folded")
        for line in lines {
            let content = line.dropLast()   // the CR
            XCTAssertEqual(line.last, 13)
            XCTAssertFalse(content.contains(13), "a bare CR")
            XCTAssertLessThanOrEqual(content.count, 75, String(decoding: content, as: UTF8.self))
            XCTAssertNotNil(String(validating: content, as: UTF8.self), "a character split across lines")
        }
        let event = try XCTUnwrap(ICSCheck.of(text).events.first)
        XCTAssertTrue(event.description.contains("Note: " + note + "\n"))
    }

    func testControlCharactersInPeoplesTextDoNotSurvive() throws {
        let text = try ics(report(["alpha.1.1": StepProgress(status: .inProgress, note: "ring \u{07} clear \u{1B}[2J\r\nDTSTART:1999",
                                                             owner: Fixtures.hostileOwner, due: "2027-03-31",
                                                             changed: Fixtures.changed)]))
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" }, "a raw control character")
        // Line breaks in a note are escaped, so it cannot start a property of its own.
        XCTAssertFalse(text.contains("\r\nDTSTART:1999"))
        let event = try XCTUnwrap(ICSCheck.of(text).events.first)
        XCTAssertEqual(event.start, "2027-03-31")
        XCTAssertTrue(event.description.contains("Note: ring ^G clear ^[[2J\nDTSTART:1999\n"), event.description)
        XCTAssertTrue(event.description.contains("Owner: " + Fixtures.hostileOwnerShown + "\n"))
    }

    func testWhoAndAnswersJoinTheDescriptionForATeam() throws {
        var team = report(["alpha.1.1": StepProgress(status: .done, due: "2027-03-31", changed: Fixtures.changed)])
        team.showsWho = true
        team.outcomes[0].steps[0].who = "status: Sam Jones, 2026-12-01"
        team.outcomes[0].steps[0].answers = "done: Sam; not started: Jo"
        let event = try XCTUnwrap(ICSCheck.of(ics(team)).events.first)
        XCTAssertTrue(event.description.contains("\nWho: status: Sam Jones, 2026-12-01\nAnswers: done: Sam; not started: Jo\n"),
                      event.description)
    }

    func testACalendarWithoutDueDatesIsStillACalendar() throws {
        let empty = report(["alpha.1.1": StepProgress(status: .done, changed: Fixtures.changed)])
        XCTAssertEqual(empty.calendarEventCount, 0)
        let calendar = try ICSCheck.of(ics(empty))
        XCTAssertEqual(calendar.errors, [])
        XCTAssertEqual(calendar.version, "2.0")
        XCTAssertEqual(calendar.events.count, 0)
        XCTAssertEqual(Fixtures.report.undatableSteps, ["beta.2.1"])
        XCTAssertEqual(Fixtures.report.calendarEventCount, 5)
    }

    func testTheRealAlmanacsStepsReadBack() throws {
        var steps: [String: StepProgress] = [:]
        for (i, step) in Fixtures.realAlmanac.steps.enumerated() {
            steps[step.id] = StepProgress(status: .inProgress, due: "2027-0\(i % 9 + 1)-1\(i % 10)", changed: Fixtures.changed)
        }
        let report = ProgressReport(almanac: Fixtures.realAlmanac, progress: Progress(steps: steps),
                                    today: Fixtures.today, generatedAt: Fixtures.generatedAt)
        let calendar = try ICSCheck.of(try ics(report))
        XCTAssertEqual(calendar.errors, [])
        XCTAssertEqual(calendar.events.count, 108)
        XCTAssertEqual(calendar.events.map(\.step), Fixtures.realAlmanac.steps.map(\.id))
        XCTAssertEqual(calendar.events.first?.summary.hasPrefix("Connectivity 1.1: "), true)
    }
}

/// What Python's icalendar makes of a calendar.
struct ICSCheck: Decodable {
    struct Event: Decodable {
        var uid, summary, description, start, end, status, stamp, modified, transparency: String
        var categories: [String]
        var sequence: Int
        /// The step id the UID starts with.
        var step: String { String(uid.prefix { $0 != "@" }) }
    }

    var version, calscale, method: String?
    var name: String?
    var events: [Event]
    /// Every component's parse errors.
    var errors: [String]

    static func of(_ ics: String) throws -> ICSCheck {
        try PythonTool.json(ICSCheck.self, program, input: Data(ics.utf8))
    }

    static let program = #"""
import json, sys
import icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
text = lambda v: None if v is None else str(v)
out = {"version": text(cal.get("version")), "calscale": text(cal.get("calscale")),
       "method": text(cal.get("method")), "name": text(cal.get("x-wr-calname")), "events": [],
       "errors": ["%s: %s" % (c.name, e) for c in cal.walk() for e in c.errors]}
for ev in cal.walk("VEVENT"):
    cats = ev.get("categories")
    out["events"].append({
        "uid": str(ev["uid"]), "summary": str(ev["summary"]), "description": str(ev["description"]),
        "start": ev.decoded("dtstart").isoformat(), "end": ev.decoded("dtend").isoformat(),
        "status": str(ev["status"]), "transparency": str(ev["transp"]),
        "stamp": ev.decoded("dtstamp").isoformat(), "modified": ev.decoded("last-modified").isoformat(),
        "categories": [str(c) for c in cats.cats] if cats is not None else [],
        "sequence": int(ev["sequence"])})
print(json.dumps(out))
"""#
}
