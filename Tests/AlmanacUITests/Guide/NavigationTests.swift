import AlmanacModel
import XCTest
@testable import AlmanacUI

final class NavigationTests: XCTestCase {
    func testStartsOnTheFirstOutcomeHavingLoadedOnlyIt() {
        let app = Fixtures.app()
        XCTAssertEqual(app.outcomeIndex, 0)
        XCTAssertEqual(app.focus, .outcomes)
        XCTAssertEqual(app.outcomes.compactMap { $0 }.map(\.id), ["connectivity"], "the rest load when needed")
        XCTAssertEqual(app.currentPart, .overview)
    }

    func testArrowsAndVimKeysMoveThroughOutcomesPartsAndContent() {
        var app = Fixtures.app()
        app.press(.down, .character("j"))
        XCTAssertEqual(app.outcomeIndex, 2)
        XCTAssertNotNil(app.outcomes[2], "selecting an outcome loads it")
        app.press(.character("k"))
        XCTAssertEqual(app.outcomeIndex, 1)
        app.press(.enter)
        XCTAssertEqual(app.focus, .parts)
        app.press(.down)
        XCTAssertEqual(app.currentPart, .section(0))
        app.press(.character("l"))
        XCTAssertEqual(app.focus, .content)
        let start = app.document!.lineStart(of: .section(0))!
        XCTAssertEqual(app.contentScroll, start, "reading opens at the chosen part")
        app.press(.down, .down)
        XCTAssertEqual(app.contentScroll, start + 2)
        app.press(.character("g"))
        XCTAssertEqual(app.contentScroll, 0)
        app.press(.character("G"))
        XCTAssertEqual(app.contentScroll, app.document!.lines.count - GuideLayout(width: 80, height: 24, focus: .content).contentText.height)
        app.press(.escape)
        XCTAssertEqual(app.focus, .parts)
        app.press(.backspace)
        XCTAssertEqual(app.focus, .outcomes)
        app.press(.tab, .tab, .tab)
        XCTAssertEqual(app.focus, .outcomes, "Tab goes round")
        app.press(.backTab)
        XCTAssertEqual(app.focus, .content)
    }

    func testScrollingIsClampedInTheUpdate() {
        var app = Fixtures.app()
        app.press(.tab, .tab)
        for _ in 0..<500 { app.press(.pageDown) }
        let doc = app.document!
        let height = GuideLayout(width: 80, height: 24, focus: .content).contentText.height
        XCTAssertEqual(app.contentScroll, doc.lines.count - height)
        for _ in 0..<500 { app.press(.up) }
        XCTAssertEqual(app.contentScroll, 0)
    }

    func testDigitsJumpToOutcomesKeepingThePartKind() {
        var app = Fixtures.app()
        app.press(.character("="))
        XCTAssertEqual(app.outcomeIndex, 11)
        app.press(.character("0"))
        XCTAssertEqual(app.outcomeIndex, 9)
        app.press(.tab, .end, .enter)
        XCTAssertEqual(app.currentPart, .practice)
        app.press(.character("3"))
        XCTAssertEqual(app.outcomeIndex, 2)
        XCTAssertEqual(app.currentPart, .practice, "an officer on a checklist stays on checklists")
    }

    func testResizeKeepsTheReadersPlace() {
        var app = Fixtures.app(width: 120, height: 40)
        app.press(.tab, .down, .tab)  // the first guidance section, reading it
        for _ in 0..<30 { app.press(.down) }
        let item = app.document!.lines[app.contentScroll].item
        _ = app.handle(.resize(width: 70, height: 30))
        XCTAssertEqual(app.document!.key.width, GuideLayout(width: 70, height: 30, focus: .content).contentText.width)
        XCTAssertEqual(app.document!.lines[app.contentScroll].item, item, "the same paragraph stays at the top")
        _ = app.handle(.resize(width: 130, height: 45))
        XCTAssertEqual(app.document!.lines[app.contentScroll].item, item)
    }

    func testResizeKeepsTheSelectedStepVisible() {
        var app = Fixtures.app(width: 120, height: 40)
        app.press(.tab, .end, .enter, .end)
        XCTAssertEqual(app.currentStep?.id, "connectivity.3.3")
        _ = app.handle(.resize(width: 60, height: 16))
        let doc = app.document!
        let height = GuideLayout(width: 60, height: 16, focus: .content).contentText.height
        let start = doc.stepStarts[8]
        XCTAssertTrue((app.contentScroll..<app.contentScroll + height).contains(start))
        XCTAssertTrue(app.frame.contains("LoRaWAN"))
    }

    func testPositionIsRestoredAndSavedOnQuit() {
        let progress = AlmanacModel.Progress(position: Position(outcome: "inclusion", part: "practice", step: "inclusion.2.3"))
        var app = Fixtures.app(progress: progress)
        XCTAssertEqual(app.currentOutcome?.id, "inclusion")
        XCTAssertEqual(app.currentStep?.id, "inclusion.2.3")
        XCTAssertEqual(app.focus, .content)
        app.press(.up)
        let effects = app.press(.character("q"))
        XCTAssertTrue(app.isFinished)
        XCTAssertEqual(effects, [.savePosition(Position(outcome: "inclusion", part: "practice", step: "inclusion.2.2")), .quit])
    }

    func testUnknownSavedPositionFallsBackToTheStart() {
        let app = Fixtures.app(progress: AlmanacModel.Progress(position: Position(outcome: "no-such", part: "nowhere")))
        XCTAssertEqual(app.outcomeIndex, 0)
        XCTAssertEqual(app.currentPart, .overview)
    }

    func testThemeCycles() {
        var app = Fixtures.app()
        XCTAssertEqual(app.render(width: 80, height: 24).theme, .standard)
        app.press(.character("t"))
        XCTAssertEqual(app.render(width: 80, height: 24).theme, .highContrast)
        app.press(.character("t"), .character("t"))
        XCTAssertEqual(app.theme, .standard)
    }

    func testMouseSelectsScrollsAndTicks() {
        var app = Fixtures.app(width: 120, height: 40)
        let layout = GuideLayout(width: 120, height: 40, focus: .outcomes)
        _ = app.handle(.mouse(.left, x: layout.outcomes.x + 5, y: layout.outcomes.y + 1 + 4))
        XCTAssertEqual(app.outcomeIndex, 4)
        let parts = app.parts
        _ = app.handle(.mouse(.left, x: layout.parts.x + 3, y: layout.parts.y + 1 + parts.count - 1))
        XCTAssertEqual(app.currentPart, .practice)
        XCTAssertEqual(app.focus, .parts)
        // Click the first step's check box: the first text row of a step is `  [ ] …`.
        let text = GuideLayout(width: 120, height: 40, focus: .parts).contentText
        let row = app.document!.stepStarts[0] - app.contentScroll
        let effects = app.handle(.mouse(.left, x: text.x + 3, y: text.y + row))
        XCTAssertEqual(app.focus, .content)
        guard case .progress(.record(let change))? = effects.first else { return XCTFail("no save: \(effects)") }
        XCTAssertEqual(change.step, app.currentOutcome!.steps[0].id)
        XCTAssertEqual(change.values, [.status(.done)])
        // Clicking the text of a step selects it without ticking.
        let second = app.document!.stepStarts[1] - app.contentScroll
        XCTAssertEqual(app.handle(.mouse(.left, x: text.x + 20, y: text.y + second)), [])
        XCTAssertEqual(app.stepIndex, 1)
        // The wheel scrolls the content.
        let before = app.contentScroll
        _ = app.handle(.mouse(.wheelDown, x: text.x + 5, y: text.y + 5))
        XCTAssertEqual(app.contentScroll, before + 3)
    }
}
