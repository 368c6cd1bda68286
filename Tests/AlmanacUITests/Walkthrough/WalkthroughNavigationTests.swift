import XCTest
import AlmanacModel
@testable import AlmanacUI

/// A councillor's path: Enter and Space forward, Backspace back, q to leave and resume later.
final class WalkthroughNavigationTests: XCTestCase {
    let almanac = RealContent.almanac

    func id(_ app: WalkthroughApp) -> String { app.stop.id(in: almanac) }

    func testOneOutcomeFromStartToFinishWithOnlyEnterAndSpace() {
        var app = WalkthroughFixtures.app()
        var seen: [String] = []
        var keys = [Key.enter, .character(" ")]
        while !id(app).hasPrefix("data/") {
            if seen.last != id(app) { seen.append(id(app)) }
            _ = app.handle(.key(keys[0]))
            keys.reverse()
            XCTAssertFalse(app.isFinished)
        }
        XCTAssertEqual(seen, ["welcome", "connectivity/statement", "connectivity/meaning", "connectivity/leader-check",
                              "connectivity/guidance", "connectivity/case-study", "connectivity/case-study-2",
                              "connectivity/case-study-3", "connectivity/steps"])
    }

    func testAClickOrTheWheelMovesOnAndTheWheelUpGoesBack() {
        var app = WalkthroughFixtures.app()
        let place = { (a: WalkthroughApp) in "\(self.id(a)) page \(a.page)" }
        let first = place(app)
        _ = app.handle(.mouse(.left, x: 5, y: 5))
        let second = place(app)
        XCTAssertNotEqual(second, first, "a click moves on")
        _ = app.handle(.mouse(.wheelUp, x: 0, y: 0))
        XCTAssertEqual(place(app), first, "the wheel up goes back")
        _ = app.handle(.mouse(.wheelDown, x: 0, y: 0))
        XCTAssertEqual(place(app), second)
    }

    func testEveryScreenSaysWhichKeysDoWhatInWords() {
        var app = WalkthroughFixtures.app()
        while !app.isFinished {
            let text = app.render(width: 80, height: 24).text
            XCTAssertTrue(text.contains("Enter or Space:"), id(app))
            XCTAssertTrue(text.contains("Backspace: back"), id(app))
            XCTAssertTrue(text.contains("q: leave"), id(app))
            _ = app.handle(.key(.enter))
        }
    }

    func testIndicatorCountsOutcomesAndScreens() {
        var app = WalkthroughFixtures.app()
        _ = WalkthroughFixtures.advance(&app, to: "democracy-and-participation/meaning")
        // Six parts, the case studies four screens of their own.
        XCTAssertEqual(app.indicator, "Outcome 3 of 12 · screen 2 of 9")
        XCTAssertTrue(app.render(width: 80, height: 24).line(0).contains("Outcome 3 of 12 · screen 2 of 9"))
        _ = WalkthroughFixtures.advance(&app, to: "leadership/statement")
        XCTAssertEqual(WalkthroughStop.parts(of: almanac.outcomes[6]).count, 5, "Leadership has no leader's check of its own")
        _ = app.handle(.key(.enter))
        XCTAssertEqual(app.indicator, "Outcome 7 of 12 · screen 2 of 6")
    }

    func testBackspaceGoesBackToTheLastPageOfTheScreenBefore() {
        var app = WalkthroughFixtures.app()
        _ = WalkthroughFixtures.advance(&app, to: "connectivity/statement")
        _ = app.handle(.key(.backspace))
        XCTAssertEqual(id(app), "welcome")
        XCTAssertEqual(app.page, app.pages.count - 1)
        XCTAssertGreaterThan(app.pages.count, 1, "the welcome is two pages at 80x24")
        _ = app.handle(.key(.backspace))
        XCTAssertEqual(app.page, app.pages.count - 2)
    }

    func testEachMoveSavesThePositionAndLeavingResumesThere() {
        var app = WalkthroughFixtures.app()
        let effects = WalkthroughFixtures.advance(&app, to: "data/guidance")
        guard case .savePosition(let last)? = effects.last else { return XCTFail("no position saved") }
        XCTAssertEqual(last.walkthrough, "data/guidance")
        XCTAssertEqual(app.handle(.key(.character("q"))), [.quit])
        XCTAssertTrue(app.isFinished)

        var saved = AlmanacModel.Progress()
        saved.position = last
        let resumed = WalkthroughFixtures.app(progress: saved)
        XCTAssertEqual(resumed.stop.id(in: almanac), "data/guidance")
    }

    func testSavingThePositionKeepsTheGuidesPosition() {
        var progress = AlmanacModel.Progress()
        progress.position = Position(outcome: "value", part: "steps", step: "value.2.1")
        var app = WalkthroughFixtures.app(progress: progress, width: 160, height: 48)
        guard case .savePosition(let p)? = app.handle(.key(.enter)).first else { return XCTFail("no position saved") }
        XCTAssertEqual(p, Position(outcome: "value", part: "steps", step: "value.2.1", walkthrough: "connectivity/statement"))
    }

    func testRestartStartsAtTheWelcomeAndKeepsTheTicks() {
        var progress = PresentFixtures.progress(done: ["data.1.1"])
        progress.position.walkthrough = "value/steps"
        let app = WalkthroughFixtures.app(progress: progress, restart: true)
        XCTAssertEqual(id(app), "welcome")
        XCTAssertEqual(app.progress.status(of: "data.1.1"), .done)
        XCTAssertEqual(WalkthroughFixtures.app(progress: progress).stop.id(in: almanac), "value/steps")
    }

    func testAStatusOtherThanDoneIsNeverReplacedWithoutAWordAndCanBeUndone() {
        var progress = AlmanacModel.Progress()
        progress.steps["security-and-resilience.1.3"] = StepProgress(status: .notApplicable, note: "shared service", changed: WalkthroughFixtures.start)
        var app = WalkthroughFixtures.app(progress: progress)
        _ = WalkthroughFixtures.advance(&app, to: "security-and-resilience/steps")
        XCTAssertEqual(app.handle(.key(.character("3"))).count, 1)
        XCTAssertEqual(app.message, "Step 3 was not applicable; now done. u undoes.")
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("Step 3 was not applicable; now done"))
        XCTAssertEqual(app.handle(.key(.character("u"))), [.progress(.undo)])
        XCTAssertEqual(app.handle(.key(.control("r"))), [.progress(.redo)])
    }

    func testAReadOnlyWalkthroughSaysWhyAndChangesNothing() {
        let reason = "Read-only: progress.json cannot be read (it is truncated). Nothing will be saved. To fix: run 'almanac repair' to move it aside."
        var app = WalkthroughApp(almanac: RealContent.almanac, progress: .init(), readOnlyReason: reason, now: { WalkthroughFixtures.start })
        _ = app.handle(.resize(width: 80, height: 24))
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("almanac repair"), app.render(width: 80, height: 24).text)
        _ = WalkthroughFixtures.advance(&app, to: "data/steps")
        XCTAssertEqual(app.handle(.key(.character("1"))), [])
        XCTAssertEqual(app.message, "Nothing was changed: progress is read-only")
    }

    /// `--theme`: every screen, the help and the list of outcomes carry it to the driver.
    func testEveryScreenCarriesTheChosenTheme() {
        var app = WalkthroughFixtures.app()
        XCTAssertEqual(app.render(width: 80, height: 24).theme, .standard)
        app.theme = .highContrast
        XCTAssertEqual(app.render(width: 80, height: 24).theme, .highContrast)
        _ = WalkthroughFixtures.advance(&app, to: "data/steps")
        XCTAssertEqual(app.render(width: 100, height: 30).theme, .highContrast)
        _ = app.handle(.key(.character("o")))
        XCTAssertNotNil(app.contents)
        XCTAssertEqual(app.render(width: 80, height: 24).theme, .highContrast)
        _ = app.handle(.key(.escape))
        _ = app.handle(.key(.character("?")))
        XCTAssertTrue(app.showingHelp)
        XCTAssertEqual(app.render(width: 80, height: 24).theme, .highContrast)
    }

    func testAnUnknownSavedScreenStartsAtTheWelcome() {
        var progress = AlmanacModel.Progress()
        progress.position.walkthrough = "no-such-outcome/steps"
        XCTAssertEqual(id(WalkthroughFixtures.app(progress: progress)), "welcome")
    }

    func testMarkingAStepSavesTheSameProgressAsTheChecklist() {
        var app = WalkthroughFixtures.app()
        _ = WalkthroughFixtures.advance(&app, to: "security-and-resilience/steps")
        let effects = app.handle(.key(.character("5")))
        XCTAssertEqual(effects, [.progress(.record(StepChange(step: "security-and-resilience.2.2", [.status(.done)], at: WalkthroughFixtures.start)))])
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("[x] 5.") || app.pages.joined().contains { $0.text.hasPrefix("[x] 5.") })
        guard case .progress(.record(let undone))? = app.handle(.key(.character("5"))).first else { return XCTFail("no save") }
        XCTAssertEqual(undone.values, [.status(.notStarted)])
    }

    func testNumbersElsewhereExplainThemselvesAndDoNothing() {
        var app = WalkthroughFixtures.app()
        XCTAssertEqual(app.handle(.key(.character("3"))), [])
        XCTAssertEqual(app.message, "Numbers mark steps on the steps screen.")
    }

    func testEscapeAndStrayKeysNeverLeave() {
        var app = WalkthroughFixtures.app()
        _ = WalkthroughFixtures.advance(&app, to: "data/meaning")
        for key in [Key.escape, .function(5), .tab, .character("x")] {
            XCTAssertEqual(app.handle(.key(key)), [])
            XCTAssertFalse(app.isFinished)
            XCTAssertEqual(id(app), "data/meaning")
        }
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("That key does nothing here: ? lists the keys."))
    }

    func testQuestionMarkListsEveryKeyTheScreensAskFor() {
        var app = WalkthroughFixtures.app()
        _ = WalkthroughFixtures.advance(&app, to: "data/meaning")
        XCTAssertEqual(app.handle(.key(.character("?"))), [])
        let text = app.render(width: 80, height: 24).text
        for words in ["Enter or Space", "Backspace", "1 to 9", "a, b, c", "u, Ctrl-R", "q", "leave"] {
            XCTAssertTrue(text.contains(words), "\(words): \(text)")
        }
        XCTAssertEqual(app.handle(.key(.character("q"))), [], "a key closes the list and does nothing else")
        XCTAssertFalse(app.isFinished)
        XCTAssertEqual(id(app), "data/meaning")
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("?: all keys"))
    }

    func testGuidanceHeadingsExpandAndFold() {
        var app = WalkthroughFixtures.app()
        _ = WalkthroughFixtures.advance(&app, to: "connectivity/guidance")
        let folded = app.pages.joined().count
        _ = app.handle(.key(.character("c")))
        XCTAssertEqual(app.expanded, [2])
        XCTAssertGreaterThan(app.pages.joined().count, folded)
        XCTAssertTrue(app.pages[app.page].contains { $0.text.hasPrefix("c. ") }, "the opened heading is on screen")
        _ = app.handle(.key(.character("c")))
        XCTAssertEqual(app.pages.joined().count, folded)
        _ = app.handle(.key(.enter))
        XCTAssertEqual(app.expanded, [], "headings fold again on the next screen")
    }

    func testEveryGuidanceHeadingCanBeOpenedWithOneKey() {
        XCTAssertFalse(WalkthroughContent.guidanceLabels.contains("q"), "q always leaves")
        for o in almanac.outcomes {
            XCTAssertLessThanOrEqual(GuidanceItem.items(of: o).count, WalkthroughContent.guidanceLabels.count, o.id)
        }
        var app = WalkthroughFixtures.app()
        _ = WalkthroughFixtures.advance(&app, to: "partnership/guidance")
        let count = GuidanceItem.items(of: almanac.outcomes[8]).count
        XCTAssertGreaterThan(count, 9)
        _ = app.handle(.key(.character(WalkthroughContent.guidanceLabels[count - 1])))
        XCTAssertEqual(app.expanded, [count - 1])
    }

    func testEndingNamesTheWeakestOutcomesNextSteps() {
        var done: [String] = []
        for (i, o) in almanac.outcomes.enumerated() where i != 4 && i != 9 { done += o.steps.prefix(5).map(\.id) }
        done += almanac.outcomes[9].steps.prefix(1).map(\.id)
        let summary = WalkthroughSummary(almanac: almanac, progress: PresentFixtures.progress(done: done))
        XCTAssertEqual(summary.nextSteps.map(\.step.id),
                       [almanac.outcomes[4].steps[0].id, almanac.outcomes[9].steps[1].id, almanac.outcomes[0].steps[5].id])
        XCTAssertEqual(summary.tallies[4].done, 0)
        XCTAssertEqual(summary.tallies[0].done, 5)
    }

    func testEnterOnTheSummaryFinishes() {
        var app = WalkthroughFixtures.app(width: 160, height: 48)
        _ = WalkthroughFixtures.advance(&app, to: "ending")
        XCTAssertEqual(app.handle(.key(.enter)), [.quit])
        XCTAssertTrue(app.isFinished)
    }
}

/// What the outer loop tells the walkthrough after carrying out its effects.
final class WalkthroughOuterLoopTests: XCTestCase {
    func testSavedProgressFromAnotherSessionShowsAndAProblemIsReported() {
        var app = WalkthroughFixtures.app()
        _ = WalkthroughFixtures.advance(&app, to: "data/steps")
        XCTAssertFalse(app.render(width: 80, height: 24).text.contains("[x] 1."))
        _ = app.handle(.progress(ProgressUpdate(cause: .changedElsewhere, progress: PresentFixtures.progress(done: ["data.1.1"]))))
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("[x] 1."))
        _ = app.handle(.progress(ProgressUpdate(cause: .saved, progress: app.progress,
                                                problem: "the progress file is locked by another almanac")))
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("Not saved: the progress file is locked"))
        _ = app.handle(.key(.enter))
        XCTAssertNil(app.message)
    }
}
