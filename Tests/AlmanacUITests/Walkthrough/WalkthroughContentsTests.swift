import XCTest
import AlmanacModel
@testable import AlmanacUI

/// `o` in the walkthrough: the list of outcomes, to go straight to one and back.
final class WalkthroughContentsTests: XCTestCase {
    let almanac = RealContent.almanac

    func id(_ app: WalkthroughApp) -> String { app.stop.id(in: almanac) }

    func open(at screen: String = "welcome", progress: AlmanacModel.Progress = .init()) -> WalkthroughApp {
        var app = WalkthroughFixtures.app(progress: progress)
        _ = WalkthroughFixtures.advance(&app, to: screen)
        XCTAssertEqual(app.handle(.key(.character("o"))), [])
        XCTAssertNotNil(app.contents)
        return app
    }

    func type(_ text: String, _ app: inout WalkthroughApp) -> [WalkthroughEffect] {
        text.flatMap { app.handle(.key(.character($0))) }
    }

    func testOListsTheWelcomeEveryOutcomeWithItsStepsDoneAndTheSummary() {
        var progress = PresentFixtures.progress(done: ["data.1.1", "data.1.2", "data.2.1"])
        progress.steps["data.3.1"] = StepProgress(status: .notApplicable, changed: WalkthroughFixtures.start)
        let app = open(at: "data/meaning", progress: progress)
        let text = app.render(width: 80, height: 24).text
        XCTAssertTrue(text.contains("Go straight to an outcome"), text)
        XCTAssertTrue(text.contains("Welcome"))
        XCTAssertTrue(text.contains("Where the council stands"))
        let lines = text.split(separator: "\n").map(String.init)
        for o in almanac.outcomes {
            let row = lines.first { $0.contains("\(o.number). \(o.title)") }
            XCTAssertNotNil(row, o.title)
            XCTAssertTrue(row?.hasSuffix(o.id == "data" ? "3 of 8 done" : "0 of 9 done") == true, row ?? o.title)
        }
        XCTAssertTrue(lines.contains { $0.contains("2. Data") && $0.contains("(you are here)") && $0.contains("▸") },
                      "the outcome you are in is chosen and marked")
        XCTAssertEqual(lines.filter { $0.contains("(you are here)") }.count, 1)
    }

    func testTheArrowsChooseAndEnterGoesToThatOutcomesFirstScreenAndSavesIt() {
        var app = open()
        XCTAssertEqual(app.contents?.chosen, 0, "the welcome is where you are")
        _ = app.handle(.key(.down))
        _ = app.handle(.key(.character("j")))
        _ = app.handle(.key(.character("k")))
        let effects = app.handle(.key(.enter))
        XCTAssertNil(app.contents)
        XCTAssertEqual(id(app), "connectivity/statement")
        XCTAssertEqual(effects, [.savePosition(app.progress.position)])
        XCTAssertEqual(app.progress.position.walkthrough, "connectivity/statement")
    }

    func testAnOutcomesNumberThenEnterGoesStraightThereAndTheWalkthroughResumesThere() {
        for n in [1, 7, 12] {
            var app = open(at: "data/steps")
            XCTAssertEqual(type(String(n), &app), [], "digits choose; they tick nothing")
            XCTAssertEqual(app.contents?.chosen, n)
            guard case .savePosition(let saved)? = app.handle(.key(.enter)).last else { return XCTFail("\(n): not saved") }
            let first = "\(almanac.outcomes[n - 1].id)/statement"
            XCTAssertEqual(id(app), first)
            XCTAssertEqual(app.page, 0)
            XCTAssertEqual(saved.walkthrough, first)

            var progress = AlmanacModel.Progress()
            progress.position = saved
            XCTAssertEqual(id(WalkthroughFixtures.app(progress: progress)), first, "the next walkthrough opens there")
        }
    }

    func testTheFirstAndLastRowsGoToTheWelcomeAndTheSummary() {
        var app = open(at: "value/meaning")
        _ = app.handle(.key(.home))
        _ = app.handle(.key(.enter))
        XCTAssertEqual(id(app), "welcome")
        _ = app.handle(.key(.character("o")))
        _ = app.handle(.key(.end))
        _ = app.handle(.key(.character(" ")))
        XCTAssertEqual(id(app), "ending")
    }

    func testDigitsTickStepsOnlyWhenTheListIsClosed() {
        var app = open(at: "data/steps")
        XCTAssertEqual(type("3", &app), [])
        XCTAssertEqual(app.handle(.key(.escape)), [])
        XCTAssertEqual(app.progress.status(of: "data.1.3"), .notStarted)
        XCTAssertEqual(type("3", &app).count, 1, "back on the steps screen, 3 marks step 3")
        XCTAssertEqual(app.progress.status(of: "data.1.3"), .done)
    }

    func testANumberWithNoOutcomeSaysSoAndBackspaceTakesBackADigit() {
        var app = open(at: "data/meaning")
        XCTAssertEqual(type("13", &app), [])
        XCTAssertEqual(app.contents?.message, "The outcomes are numbered 1 to 12.")
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("The outcomes are numbered 1 to 12."))
        XCTAssertEqual(type("0", &app), [])
        XCTAssertEqual(app.contents?.chosen, 1, "an impossible number moves nothing")
        _ = type("12", &app)
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("Press Enter to go to outcome 12."))
        _ = app.handle(.key(.backspace))
        XCTAssertNotNil(app.contents, "Backspace first takes back a typed digit")
        _ = app.handle(.key(.enter))
        XCTAssertEqual(id(app), "connectivity/statement")
    }

    func testEscBackspaceQAndOCloseTheListAndLeaveTheScreenAsItWas() {
        for key in [Key.escape, .backspace, .character("q"), .character("o")] {
            var app = WalkthroughFixtures.app()
            _ = WalkthroughFixtures.advance(&app, to: "connectivity/guidance")
            _ = app.handle(.key(.character("c")))
            let page = app.page
            _ = app.handle(.key(.character("o")))
            _ = app.handle(.key(.down))
            XCTAssertEqual(app.handle(.key(key)), [], "\(key): nothing saved")
            XCTAssertNil(app.contents, "\(key)")
            XCTAssertFalse(app.isFinished, "\(key) closes the list, never the walkthrough")
            XCTAssertEqual(id(app), "connectivity/guidance")
            XCTAssertEqual(app.page, page)
            XCTAssertEqual(app.expanded, [2], "the opened heading stays open")
        }
    }

    func testAClickOnARowGoesThereAndTheWheelChooses() {
        var app = open()
        _ = app.handle(.mouse(.wheelDown, x: 0, y: 0))
        XCTAssertEqual(app.contents?.chosen, 1)
        let screen = app.render(width: 80, height: 24)
        guard let y = (0..<24).first(where: { screen.line($0).contains("7. Leadership") }) else { return XCTFail(screen.text) }
        _ = app.handle(.mouse(.left, x: 10, y: y))
        XCTAssertEqual(id(app), "leadership/statement")
        _ = app.handle(.key(.character("o")))
        XCTAssertEqual(app.handle(.mouse(.left, x: 10, y: 0)), [], "a click off the rows does nothing")
        XCTAssertNotNil(app.contents)
    }

    func testQuestionMarkInTheListShowsTheKeysThenTheListAgain() {
        var app = open()
        _ = app.handle(.key(.character("?")))
        let help = app.render(width: 80, height: 24).text
        XCTAssertTrue(help.contains("the list of outcomes"), help)
        XCTAssertTrue(help.contains("or type its"), help)
        XCTAssertTrue(help.contains("this list; any key closes it"), "every key fits at 80x24: \(help)")
        _ = app.handle(.key(.enter))
        XCTAssertNotNil(app.contents, "closing the keys goes back to the list")
        XCTAssertEqual(id(app), "welcome")
    }

    func testASmallWindowScrollsTheListToKeepTheChosenRowInView() {
        var app = WalkthroughFixtures.app(width: 60, height: 14)
        _ = app.handle(.key(.character("o")))
        for (key, row) in [(Key.end, "Where the council stands"), (.home, "Welcome"), (.character("9"), "9. Partnership")] {
            _ = app.handle(.key(key))
            let s = app.render(width: 60, height: 14)
            XCTAssertTrue(s.line(s.cursor.y).contains("▸"), s.text)
            XCTAssertTrue(s.line(s.cursor.y).contains(row), "\(row): \(s.text)")
            XCTAssertLessThan(s.cursor.y, 14 - 4, "above the keys")
        }
    }

    func testEveryScreenNamesTheListsKey() {
        var app = WalkthroughFixtures.app()
        _ = WalkthroughFixtures.advance(&app, to: "data/guidance")
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("o: outcomes"))
        XCTAssertFalse(WalkthroughContent.guidanceLabels.contains("o"), "o opens the list on every screen")
    }
}
