import XCTest
import AlmanacModel
@testable import AlmanacUI

/// The facilitator's countdown: started by either terminal, warned in the last five minutes and
/// at zero, shown on the projected screen only when asked.
final class PresentTimerTests: XCTestCase {
    let almanac = RealContent.almanac

    func testLengthsAreReadAsPeopleWriteThem() {
        XCTAssertEqual(try CountdownLength.parse("45m").get(), 2700)
        XCTAssertEqual(try CountdownLength.parse("1h30m").get(), 5400)
        XCTAssertEqual(try CountdownLength.parse("1H 30M").get(), 5400)
        XCTAssertEqual(try CountdownLength.parse("90").get(), 5400, "a bare number is minutes")
        XCTAssertEqual(try CountdownLength.parse("30s").get(), 30)
        for bad in ["", "abc", "13h", "0", "-5", "5x", "m", "45m10"] {
            guard case .failure(let m) = CountdownLength.parse(bad) else { return XCTFail("\(bad) accepted") }
            XCTAssertTrue(m.text.contains("write it as 45m, 1h, 1h30m or 90"), m.text)
        }
    }

    func testTheCountdownWarnsInTheLastFiveMinutesAndAtZero() {
        let room = SharedRoom()
        var presenter = PresentApp(almanac: almanac, progress: .init(), mode: .presenter, environment: room.environment("presenter"))
        _ = presenter.handle(.resize(width: 120, height: 36))
        presenter.timerLength = 20 * 60
        room.perform(presenter.handle(.key(.character("T"))))
        XCTAssertTrue(presenter.render(width: 120, height: 36).line(0).contains("left 20:00"), presenter.render(width: 120, height: 36).line(0))
        room.now = PresentFixtures.start.addingTimeInterval(16 * 60)
        _ = presenter.handle(.tick)
        XCTAssertTrue(presenter.render(width: 120, height: 36).line(0).contains("LAST 5 MIN 4:00"))
        room.now = PresentFixtures.start.addingTimeInterval(21 * 60)
        _ = presenter.handle(.tick)
        let top = presenter.render(width: 120, height: 36)
        XCTAssertTrue(top.line(0).contains("TIME UP -1:00"), top.line(0))
        let x = top.line(0).range(of: "TIME UP").map { top.line(0).distance(from: top.line(0).startIndex, to: $0.lowerBound) } ?? 0
        XCTAssertTrue(top[x, 0].style.reverse, "at zero it is drawn in reverse, to be seen at a glance")
        room.perform(presenter.handle(.key(.character("T"))))
        XCTAssertNil(presenter.timerEnds, "T again stops it")
        XCTAssertFalse(presenter.render(width: 120, height: 36).line(0).contains("TIME UP"))
    }

    func testPlusAndMinusMoveTheEndByFiveMinutes() {
        let room = SharedRoom()
        var app = PresentApp(almanac: almanac, progress: .init(), environment: room.environment("projector"))
        _ = app.handle(.resize(width: 80, height: 24))
        _ = app.handle(.key(.character("+")))
        XCTAssertEqual(app.message, "No timer runs; T starts one.")
        _ = app.handle(.key(.character("T")))
        _ = app.handle(.key(.character("+")))
        XCTAssertEqual(app.timerLeft, 50 * 60)
        _ = app.handle(.key(.character("-")))
        _ = app.handle(.key(.character("-")))
        XCTAssertEqual(app.timerLeft, 40 * 60)
        for _ in 0..<20 { _ = app.handle(.key(.character("-"))) }
        XCTAssertEqual(app.timerLeft, 60, "never less than a minute from now")
    }

    func testTheRoomSeesTheTimeLeftOnlyWhenAskedAndBothTerminalsShareIt() {
        let room = SharedRoom()
        var projector = PresentApp(almanac: almanac, progress: .init(), environment: room.environment("projector"))
        room.perform(projector.handle(.resize(width: 80, height: 24)))
        var presenter = PresentApp(almanac: almanac, progress: .init(), mode: .presenter,
                                   environment: room.environment("presenter"), joining: room.session)
        room.perform(presenter.handle(.resize(width: 120, height: 36)))
        room.perform(presenter.handle(.key(.character("T"))))
        room.perform(projector.handle(.tick))
        XCTAssertEqual(projector.timerLeft, 45 * 60, "the presenter's timer reaches the projector")
        XCTAssertFalse(projector.render(width: 80, height: 24).text.contains("left"), "not on the projected screen unless asked")
        for _ in 0..<3 { room.perform(projector.handle(.key(.character("t")))) }
        XCTAssertEqual(projector.footerClock, .remaining)
        XCTAssertTrue(projector.render(width: 80, height: 24).line(23).contains("45 min left"), projector.render(width: 80, height: 24).line(23))
        room.now = PresentFixtures.start.addingTimeInterval(46 * 60)
        _ = projector.handle(.tick)
        XCTAssertTrue(projector.render(width: 80, height: 24).line(23).contains("time up"), projector.render(width: 80, height: 24).text)
    }
}

/// Magnifiers and screen readers follow the cursor: it rests on the slide's first words.
final class PresentCursorTests: XCTestCase {
    func testTheCursorRestsOnTheSlidesFirstWords() {
        var app = PresentFixtures.app(scope: "data", width: 100, height: 30)
        _ = PresentFixtures.advance(&app, to: "data/guidance")
        let screen = app.render(width: 100, height: 30)
        XCTAssertNotEqual(screen.cursor.y, 0)
        XCTAssertTrue(screen.line(screen.cursor.y).dropFirst(screen.cursor.x).hasPrefix("Data"), screen.line(screen.cursor.y))
        XCTAssertTrue(screen.cursorHidden, "still hidden from the room")
        let presenter = PresentFixtures.app(mode: .presenter, width: 120, height: 36)
        let p = presenter.render(width: 120, height: 36)
        XCTAssertGreaterThanOrEqual(p.cursor.x, 2)
        XCTAssertTrue(p.line(p.cursor.y).dropFirst(p.cursor.x).hasPrefix("The local government"), "on the thumbnail's first words: \(p.line(p.cursor.y))")
    }
}
