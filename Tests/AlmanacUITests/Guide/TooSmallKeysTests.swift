import AlmanacModel
import Foundation
import XCTest
@testable import AlmanacUI

/// While the window is too small only the request for room is on screen, so keys must not act
/// on what is hidden: no tick, no typing, no moving; quit and help still work.
final class TooSmallKeysTests: XCTestCase {
    func testNoKeyChangesWhatCannotBeSeen() {
        var app = Fixtures.app(width: 100, height: 30)
        app.press(.tab, .end, .enter)          // the checklist, first step selected
        let before = app
        app.handle(.resize(width: 50, height: 12))
        var effects: [GuideEffect] = []
        for key: Key in [.character("j"), .character(" "), .down, .enter, .character("s"), .character("u"), .tab,
                         .character("/"), .character("c"), .character("3"), .character("e"), .character("t"), .character("w")] {
            effects += app.handle(.key(key))
        }
        XCTAssertTrue(effects.isEmpty, "no change was sent: \(effects)")
        app.handle(.resize(width: 100, height: 30))
        XCTAssertEqual(app.frame, before.frame, "the same screen as before the window shrank")
        XCTAssertEqual(app.progress, before.progress)
    }

    func testTheEditorTakesNoTypingWhileHidden() {
        var app = Fixtures.app(width: 100, height: 30)
        app.press(.tab, .end, .enter, .enter)  // the step editor
        app.handle(.resize(width: 40, height: 10))
        app.type("hidden")
        app.handle(.resize(width: 100, height: 30))
        XCTAssertFalse(app.frame.contains("hidden"))
    }

    func testQuitStillWorks() {
        var app = Fixtures.app(width: 100, height: 30)
        app.handle(.resize(width: 30, height: 8))
        app.type("q")
        XCTAssertTrue(app.isFinished)
    }
}

/// The theme chosen with t is kept: the guide asks the driver to remember it.
final class ThemeMemoryTests: XCTestCase {
    func testTAsksForTheThemeToBeKept() {
        var app = Fixtures.app()
        XCTAssertEqual(app.type("t"), [.rememberTheme(.highContrast)])
        XCTAssertEqual(app.type("t"), [.rememberTheme(.mono)])
        XCTAssertTrue(app.frame.contains("Theme: mono (kept for next time)"))
    }
}
