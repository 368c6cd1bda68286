import XCTest
import AlmanacModel
@testable import AlmanacUI

/// The terminal's cursor rests on what the screen is about, so magnifiers and screen readers
/// follow it: the title, a later page's first line, the step or heading just pressed, the
/// chosen row of the list of outcomes.
final class WalkthroughCursorTests: XCTestCase {
    func screen(_ id: String, keys: [Key] = [], width: Int = 80, height: Int = 24) -> Screen {
        var app = WalkthroughFixtures.app(width: width, height: height)
        _ = WalkthroughFixtures.advance(&app, to: id)
        for k in keys { _ = app.handle(.key(k)) }
        return app.render(width: width, height: height)
    }

    /// The text from the cursor to the end of its line.
    func atCursor(_ s: Screen) -> String {
        String(s.line(s.cursor.y).dropFirst(s.cursor.x))
    }

    func testAScreensFirstPageHasItOnTheTitle() {
        let s = screen("data/meaning")
        XCTAssertFalse(s.cursorHidden)
        XCTAssertEqual(s.cursor.x, 2)
        XCTAssertTrue(atCursor(s).hasPrefix(WalkthroughContent.title(.outcome(1, .meaning), RealContent.almanac)), atCursor(s))
        let wide = screen("data/meaning", width: 160, height: 48)
        XCTAssertEqual(wide.cursor.x, 42, "the column is centred")
    }

    func testALaterPageHasItOnThatPagesFirstLine() {
        let s = screen("welcome", keys: [.enter])
        XCTAssertGreaterThan(s.cursor.y, 2)
        XCTAssertFalse(atCursor(s).trimmingCharacters(in: .whitespaces).isEmpty)
        XCTAssertTrue(s.line(s.cursor.y - 1).trimmingCharacters(in: .whitespaces).isEmpty, "the first line below the title")
    }

    func testAStepsScreenHasItOnTheStepLastMarkedElseTheFirst() {
        let first = screen("data/steps")
        XCTAssertTrue(atCursor(first).hasPrefix("[ ] 1. "), atCursor(first))
        let marked = screen("data/steps", keys: [.character("4")])
        XCTAssertTrue(atCursor(marked).hasPrefix("[x] 4. "), atCursor(marked))
        let wide = screen("data/steps", keys: [.character("9"), .character("6")], width: 160, height: 48)
        XCTAssertTrue(atCursor(wide).hasPrefix("[x] 6. "), atCursor(wide))
    }

    func testAGuidanceScreenHasItOnTheHeadingJustOpened() {
        let s = screen("connectivity/guidance", keys: [.character("b")])
        XCTAssertTrue(atCursor(s).hasPrefix("b. "), atCursor(s))
        let closed = screen("connectivity/guidance", keys: [.character("b"), .character("b")])
        XCTAssertTrue(atCursor(closed).hasPrefix("b. "), "still on the heading once folded")
    }

    func testTheListOfOutcomesHasItOnTheChosenRow() {
        let s = screen("data/meaning", keys: [.character("o"), .down, .down])
        XCTAssertTrue(atCursor(s).hasPrefix("▸  4. Economic"), atCursor(s))
        let typed = screen("data/meaning", keys: [.character("o"), .character("1"), .character("1")])
        XCTAssertTrue(atCursor(typed).hasPrefix("▸ 11. "), atCursor(typed))
    }

    func testTheKeysHaveItOnTheirTitle() {
        let s = screen("data/meaning", keys: [.character("?")])
        XCTAssertTrue(atCursor(s).hasPrefix("The keys"), atCursor(s))
    }
}
