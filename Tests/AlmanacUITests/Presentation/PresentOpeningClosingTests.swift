import XCTest
import AlmanacModel
@testable import AlmanacUI

/// A deck has a beginning and an end: a title slide, and the room's decisions at the close.
final class PresentOpeningClosingTests: XCTestCase {
    let almanac = RealContent.almanac

    func testTheDeckOpensOnATitleSlideThenTheOverviewAndEndsOnTheDecisions() {
        let deck = SlideDeck(almanac: almanac)
        XCTAssertEqual(deck.slides.first?.id(in: almanac), "opening")
        XCTAssertEqual(deck.slides[1].id(in: almanac), "overview")
        XCTAssertEqual(deck.slides.last?.id(in: almanac), "closing")
        let one = SlideDeck(almanac: almanac, scope: "data")
        XCTAssertEqual(one.slides.map { $0.id(in: almanac) }.prefix(2), ["opening", "data/title"])
        XCTAssertEqual(one.slides.last?.id(in: almanac), "closing")
    }

    func testTheTitleSlideNamesTheAlmanacTheCouncilAndTheDay() {
        for (w, h) in [(80, 24), (160, 48)] {
            var app = PresentFixtures.app(width: w, height: h)
            app.audience = "Anytown Borough Council"
            let text = app.render(width: w, height: h).text
            XCTAssertTrue(text.contains("Anytown Borough Council"), text)
            XCTAssertTrue(text.contains(PresentApp.day(PresentFixtures.start, utcOffset: 0)), text)
            XCTAssertTrue(text.contains("█") || text.contains(almanac.index.title), "the title, in block letters where they fit: \(text)")
        }
        XCTAssertEqual(PresentApp.day(Date(timeIntervalSince1970: 1_796_083_200), utcOffset: 0), "1 December 2026")
    }

    func testTheClosingSlideListsWhatTheRoomChangedBeforeAndAfter() {
        // Before the session: data.1.1 done already, data.1.2 in progress.
        var before = AlmanacModel.Progress()
        before.apply(StepChange(step: "data.1.1", [.status(.done)], at: PresentFixtures.start.addingTimeInterval(-3600)))
        before.apply(StepChange(step: "data.1.2", [.status(.inProgress)], at: PresentFixtures.start.addingTimeInterval(-3600)))
        var app = PresentFixtures.app(scope: "data", progress: before, width: 100, height: 30)
        _ = PresentFixtures.advance(&app, to: "closing")
        XCTAssertTrue(app.render(width: 100, height: 30).text.contains("No steps were changed in this session."))

        // In the room: data.1.2 done, data.2.1 ticked, and an owner set on data.1.1 by a colleague.
        var now = before
        let later = PresentFixtures.start.addingTimeInterval(600)
        now.apply(StepChange(step: "data.1.2", [.status(.done)], at: later))
        now.apply(StepChange(step: "data.2.1", [.status(.done)], at: later))
        now.apply(StepChange(step: "data.1.1", [.owner("Sam Jones")], at: later))
        _ = app.handle(.progress(ProgressUpdate(cause: .changedElsewhere, progress: now)))
        let text = app.render(width: 100, height: 30).text
        XCTAssertTrue(text.contains("Decisions in this session"), text)
        XCTAssertTrue(text.contains("3 steps changed, 2 of them in status."), text)
        XCTAssertTrue(text.contains("in progress → done"), text)
        XCTAssertTrue(text.contains("not started → done"), text)
        XCTAssertTrue(text.contains("owner Sam Jones"), text)
        XCTAssertEqual(app.decisions.map(\.step), ["data.1.1", "data.1.2", "data.2.1"], "in almanac order")
        XCTAssertFalse(app.decisions[0].statusChanged, "done before and after")
    }

    func testARestartedProjectorKeepsTheSessionsStartingPoint() {
        var before = AlmanacModel.Progress()
        let first = PresentFixtures.app(scope: "data", progress: before)
        before.apply(StepChange(step: "data.2.1", [.status(.done)], at: PresentFixtures.start.addingTimeInterval(60)))
        let again = PresentApp(almanac: almanac, progress: before, scope: "data",
                               environment: PresentFixtures.environment(now: PresentFixtures.start.addingTimeInterval(120)),
                               joining: first.session)
        XCTAssertEqual(again.decisions.map(\.step), ["data.2.1"], "the tick before the restart still counts")
        let fresh = PresentFixtures.app(scope: "data", progress: before)
        XCTAssertEqual(fresh.decisions, [], "a new session starts from what is there")
    }

    func testASessionFileWithAHostileBaselineIsRefused() throws {
        var s = PresentSession(slide: "opening", startedAt: PresentFixtures.start, writer: "x")
        s.before = ["data.1.1": "finished"]
        XCTAssertThrowsError(try PresentSession.decode(try s.encoded()))
        s.before = ["data.1.1": "done"]
        XCTAssertEqual(try PresentSession.decode(try s.encoded()).before, ["data.1.1": "done"])
    }

    /// The day is worked out without a DateFormatter or Calendar (start-up): it must read as
    /// en_GB's `d MMMM yyyy` does, in any zone, across month and year ends.
    func testTheDayReadsAsTheBritishDateFormatDoes() throws {
        for zone in ["UTC", "Europe/London", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_GB")
            formatter.timeZone = try XCTUnwrap(TimeZone(identifier: zone))
            formatter.dateFormat = "d MMMM yyyy"
            for seconds in stride(from: 978_307_200.0, to: 2_240_611_200, by: 86_400 * 17 + 3_671) {
                let date = Date(timeIntervalSince1970: seconds)
                XCTAssertEqual(PresentApp.day(date, utcOffset: formatter.timeZone.secondsFromGMT(for: date)), formatter.string(from: date), "\(zone) \(seconds)")
            }
        }
    }
}
