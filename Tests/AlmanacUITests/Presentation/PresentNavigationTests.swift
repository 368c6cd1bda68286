import XCTest
import AlmanacModel
@testable import AlmanacUI

/// What a clicker and the few keys a facilitator touches do to the presentation.
final class PresentNavigationTests: XCTestCase {
    let almanac = RealContent.almanac

    func id(_ app: PresentApp) -> String { app.slide.id(in: almanac) }

    func testClickerKeysMoveForwardAndBack() {
        var app = PresentFixtures.app(scope: "data")
        XCTAssertEqual(id(app), "opening", "a deck opens on its title slide")
        _ = PresentFixtures.advance(&app, to: "data/title")
        for key in [Key.character(" "), .right, .pageDown, .enter] {
            let before = app.slideIndex
            _ = app.handle(.key(key))
            XCTAssertEqual(app.slideIndex, before + 1, "\(key) moves on")
        }
        for key in [Key.left, .pageUp, .backspace] {
            let before = app.slideIndex
            _ = app.handle(.key(key))
            XCTAssertEqual(app.slideIndex, before - 1, "\(key) moves back")
        }
    }

    func testAClickOrTheWheelMovesOnAndTheWheelUpGoesBack() {
        var app = PresentFixtures.app(scope: "data")
        let start = app.slideIndex
        _ = app.handle(.mouse(.left, x: 3, y: 3))
        XCTAssertEqual(app.slideIndex, start + 1, "a click moves on")
        _ = app.handle(.mouse(.wheelDown, x: 0, y: 0))
        XCTAssertEqual(app.slideIndex, start + 2)
        _ = app.handle(.mouse(.wheelUp, x: 0, y: 0))
        _ = app.handle(.mouse(.wheelUp, x: 0, y: 0))
        XCTAssertEqual(app.slideIndex, start)
    }

    func testF5AndEscapeNeverQuitOrLoseThePlace() {
        var app = PresentFixtures.app(scope: "data")
        _ = PresentFixtures.advance(&app, to: "data/case-2")
        for key in [Key.function(5), .escape, .function(5), .escape] {
            let effects = app.handle(.key(key))
            XCTAssertFalse(app.isFinished)
            XCTAssertFalse(effects.contains(.quit))
            XCTAssertEqual(id(app), "data/case-2")
        }
        XCTAssertEqual(app.handle(.key(.character("q"))), [.quit])
        XCTAssertTrue(app.isFinished)
    }

    func testBlankThenAnyKeyReturnsWithoutMoving() {
        for blankKey in [Character("b"), "."] {
            var app = PresentFixtures.app(scope: "data")
            _ = PresentFixtures.advance(&app, to: "data/statement")
            _ = app.handle(.key(.character(blankKey)))
            XCTAssertTrue(app.blanked)
            let blank = app.render(width: 80, height: 24)
            XCTAssertTrue(blank.text.allSatisfy { $0 == "\n" }, "a blanked screen shows nothing")
            _ = app.handle(.tick)
            XCTAssertTrue(app.blanked, "time passing does not unblank")
            _ = app.handle(.key(.right))
            XCTAssertFalse(app.blanked)
            XCTAssertEqual(id(app), "data/statement", "the key that unblanks does not also move")
            XCTAssertFalse(app.render(width: 80, height: 24).text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        }
    }

    func testGoThenANumberJumpsToThatOutcome() {
        var app = PresentFixtures.app()
        _ = app.handle(.key(.character("g")))
        _ = app.handle(.key(.character("4")))
        XCTAssertEqual(id(app), "economic-productivity-and-growth/title")
        _ = app.handle(.key(.character("g")))
        _ = app.handle(.key(.character("1")))
        XCTAssertEqual(app.gotoDigits, "1", "1 could still become 10, 11 or 12")
        _ = app.handle(.key(.character("2")))
        XCTAssertEqual(id(app), "value/title")
        _ = app.handle(.key(.character("g")))
        _ = app.handle(.key(.character("1")))
        _ = app.handle(.key(.enter))
        XCTAssertEqual(id(app), "connectivity/title")
    }

    /// `g`, a number and Enter, as a facilitator types it, land on that outcome's title slide
    /// for every number: a digit that jumps at once takes the Enter as its confirmation.
    func testGoANumberAndEnterLandsOnThatOutcomesTitleForEveryNumber() {
        for o in RealContent.almanac.outcomes {
            var app = PresentFixtures.app()
            _ = app.handle(.key(.character("g")))
            for c in String(o.number) { _ = app.handle(.key(.character(c))) }
            _ = app.handle(.key(.enter))
            XCTAssertEqual(id(app), "\(o.id)/title", "g \(o.number) Enter")
            _ = app.handle(.key(.enter))
            XCTAssertNotEqual(id(app), "\(o.id)/title", "a second Enter moves on")
        }
    }

    func testGoToAnOutcomeOutsideTheSessionSaysSoAndStays() {
        var app = PresentFixtures.app(scope: "data")
        _ = PresentFixtures.advance(&app, to: "data/title")
        _ = app.handle(.key(.character("g")))
        _ = app.handle(.key(.character("5")))
        XCTAssertEqual(id(app), "data/title")
        XCTAssertEqual(app.message, "Outcome 5 is not in this session.")
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("Outcome 5 is not in this session."))
    }

    func testOverviewKeyShowsBarsAndAnyKeyReturns() {
        var app = PresentFixtures.app(scope: "data", progress: PresentFixtures.progress(done: ["data.1.1", "data.1.2", "data.2.1"]))
        _ = PresentFixtures.advance(&app, to: "data/guidance")
        _ = app.handle(.key(.character("o")))
        let text = app.render(width: 80, height: 24).text
        XCTAssertTrue(text.contains("Where the council stands"))
        let dataRow = text.split(separator: "\n").first { $0.contains(" Data ") }!
        XCTAssertTrue(dataRow.hasSuffix("3/9"))
        _ = app.handle(.key(.enter))
        XCTAssertNil(app.overlay)
        XCTAssertEqual(id(app), "data/guidance")
    }

    func testOverviewBarsReflectProgress() {
        let all = almanac.outcomes[1].steps.map(\.id)
        var app = PresentFixtures.app(progress: PresentFixtures.progress(done: Array(all.prefix(3)) + almanac.outcomes[11].steps.map(\.id)),
                                      width: 100, height: 30)
        _ = PresentFixtures.advance(&app, to: "overview")
        let lines = app.render(width: 100, height: 30).text.split(separator: "\n").map(String.init)
        func bar(_ name: String) -> (filled: Int, empty: Int) {
            let row = lines.first { $0.contains("  \(name) ") }!
            return (row.filter { $0 == "█" }.count, row.filter { $0 == "░" }.count)
        }
        let data = bar("Data"), value = bar("Value"), inclusion = bar("Inclusion")
        let width = data.filled + data.empty
        XCTAssertEqual(value.empty, 0)
        XCTAssertEqual(value.filled, width)
        XCTAssertEqual(inclusion.filled, 0)
        XCTAssertEqual(data.filled, (width * 3 + 4) / 9, "a third of the bar for 3 of 9")
    }

    func testTickModeSavesTheChosenStep() {
        var app = PresentFixtures.app(scope: "inclusion")
        _ = PresentFixtures.advance(&app, to: "inclusion/theme-2")
        _ = app.handle(.key(.tab))
        XCTAssertTrue(app.tickMode)
        _ = app.handle(.key(.down))
        var effects = app.handle(.key(.character(" ")))
        let saved = effects.compactMap { e -> StepChange? in
            if case .progress(.record(let change)) = e { return change } else { return nil }
        }
        XCTAssertEqual(saved.map(\.step), ["inclusion.2.2"])
        XCTAssertEqual(saved.first?.values, [.status(.done)])
        XCTAssertEqual(app.progress.status(of: "inclusion.2.2"), .done)
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("[x] 2."))
        // A number ticks that step directly; ticking again unticks.
        effects = app.handle(.key(.character("3")))
        XCTAssertTrue(effects.contains { if case .progress(.record(let c)) = $0 { return c.step == "inclusion.2.3" && c.values == [.status(.done)] } else { return false } })
        effects = app.handle(.key(.character("3")))
        XCTAssertTrue(effects.contains { if case .progress(.record(let c)) = $0 { return c.step == "inclusion.2.3" && c.values == [.status(.notStarted)] } else { return false } })
        // Space ticks in tick mode, so the clicker's arrows still move on.
        _ = app.handle(.key(.right))
        XCTAssertEqual(id(app), "inclusion/theme-3")
        _ = app.handle(.key(.tab))
        XCTAssertFalse(app.tickMode)
        _ = app.handle(.key(.character(" ")))
        XCTAssertEqual(app.slideIndex, app.deck.count - 1, "outside tick mode Space moves on (or stays at the end)")
    }

    func testTickKeepsTheStepsNoteAndOwner() {
        var progress = AlmanacModel.Progress()
        progress.steps["inclusion.2.1"] = StepProgress(status: .inProgress, note: "pilot in libraries", owner: "Sam", changed: .distantPast)
        var app = PresentFixtures.app(scope: "inclusion", progress: progress)
        _ = PresentFixtures.advance(&app, to: "inclusion/theme-2")
        _ = app.handle(.key(.tab))
        let effects = app.handle(.key(.character("1")))
        guard case .progress(.record(let change))? = effects.first else { return XCTFail("no save") }
        XCTAssertEqual(change.values, [.status(.done)], "only the status is sent: the note and owner stay as the file has them")
        XCTAssertEqual(change.at, PresentFixtures.start)
        XCTAssertEqual(app.progress.steps["inclusion.2.1"]?.note, "pilot in libraries")
        XCTAssertEqual(app.message, "Step 1 was in progress; now done. u undoes.", "a status is never replaced without a word")
        XCTAssertEqual(app.handle(.key(.character("u"))), [.progress(.undo)])
        XCTAssertEqual(app.handle(.key(.control("r"))), [.progress(.redo)])
    }

    func testTickModeOnANonPracticeSlideExplains() {
        var app = PresentFixtures.app(scope: "inclusion")
        _ = app.handle(.key(.tab))
        XCTAssertEqual(app.handle(.key(.character(" "))), [])
        XCTAssertEqual(app.message, "Tick mode: go to a practice slide to tick its steps.")
    }

    func testFooterClockAndElapsedComeFromTheGivenTime() {
        let later = PresentFixtures.start.addingTimeInterval(725)
        var app = PresentFixtures.app(scope: "data", environment: PresentFixtures.environment(now: PresentFixtures.start))
        XCTAssertNotNil(app.tickInterval, "the clock needs ticks")
        _ = app.handle(.key(.character("t")))
        var footer = app.render(width: 80, height: 24).line(23)
        XCTAssertTrue(footer.contains(SlideClock.clock(PresentFixtures.start, utcOffset: 0)))
        app = PresentFixtures.app(scope: "data", environment: PresentFixtures.environment(now: later))
        _ = app.handle(.key(.character("t")))
        _ = app.handle(.key(.character("t")))
        footer = app.render(width: 80, height: 24).line(23)
        XCTAssertTrue(footer.contains("0:00:00"), "elapsed starts at zero")
        XCTAssertEqual(SlideClock.elapsed(from: PresentFixtures.start, to: later), "0:12:05")
    }
}
