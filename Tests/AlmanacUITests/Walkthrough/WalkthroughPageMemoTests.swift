import AlmanacModel
import XCTest
@testable import AlmanacUI

/// The walkthrough's page memo is only a cache: every frame must be the frame drawn by a copy
/// of the state with an empty memo, whatever keys, progress and sizes came before.
final class WalkthroughPageMemoTests: XCTestCase {
    func testFramesFromTheMemoAreTheFramesLaidOutAfresh() {
        var app = WalkthroughFixtures.app(width: 100, height: 30)
        var rng = FrameMemoTests.Seeded(state: 158)
        let turns: [Key] = [.character(" "), .enter, .character(" "), .backspace, .right, .left]
        let others: [Key] = [.character("a"), .character("b"), .character("c"), .character("1"), .character("2"),
                             .character("3"), .character("o"), .down, .enter, .escape, .character("?"),
                             .character("u"), .control("r"), .character("x")]
        let sizes = [(100, 30), (80, 24), (120, 40), (60, 16), (40, 12)]
        var renders = 0
        for step in 0..<2000 {
            let roll = rng.next(100)
            if roll < 70 {
                _ = app.handle(.key(turns[rng.next(turns.count)]))
                // Mostly with the idle work done, as between a councillor's keys.
                if rng.next(4) != 0 { while app.idle() {} }
            } else if roll < 88 {
                _ = app.handle(.key(others[rng.next(others.count)]))
            } else if roll < 93 {
                let (w, h) = sizes[rng.next(sizes.count)]
                _ = app.handle(.resize(width: w, height: h))
            } else {
                // Another process ticks or unticks a step: the steps and summary screens change.
                _ = app.handle(.progress(.elsewhere(app.progress, pick: { rng.next($0) }, at: WalkthroughFixtures.start)))
            }
            if app.isFinished { app = WalkthroughFixtures.app(width: app.width, height: app.height) }
            let memo = app.render(width: app.width, height: app.height)
            let fresh = app.withoutMemo.render(width: app.width, height: app.height)
            XCTAssertEqual(memo, fresh, "step \(step): the memo's frame differs\n\(memo.text)\n---\n\(fresh.text)")
            if memo != fresh { return }
            renders += 1
        }
        XCTAssertGreaterThan(app.pageMemo.hits, renders, "the memo was hardly used: the test proves little")
    }

    /// The next screen is laid out while idle: Enter then lays nothing out.
    func testTheNextScreenIsReadyAfterIdleWork() {
        var app = WalkthroughFixtures.app(width: 100, height: 30)
        _ = app.render(width: 100, height: 30)
        XCTAssertTrue(app.idle())
        XCTAssertFalse(app.idle(), "nothing more to do")
        let made = app.pageMemo.made
        _ = app.handle(.key(.enter))
        _ = app.render(width: 100, height: 30)
        XCTAssertEqual(app.index, 1)
        XCTAssertEqual(app.pageMemo.made, made)
    }

    /// A page turn within a screen lays nothing out again.
    func testAPageTurnUsesTheKeptLayout() {
        var app = WalkthroughFixtures.app(width: 100, height: 30)
        var n = 0
        while app.pages.count < 2 {
            _ = app.handle(.key(.enter))
            n += 1
            precondition(n < 500, "no screen of two pages")
        }
        _ = app.render(width: 100, height: 30)
        let made = app.pageMemo.made
        _ = app.handle(.key(.character(" ")))
        _ = app.render(width: 100, height: 30)
        XCTAssertEqual(app.page, 1)
        XCTAssertEqual(app.pageMemo.made, made)
    }
}

extension WalkthroughApp {
    /// A copy with an empty memo: it lays everything out afresh.
    var withoutMemo: WalkthroughApp {
        var copy = self
        copy.pageMemo = PageMemo()
        return copy
    }
}

final class WalkthroughDeferredSaveTests: XCTestCase {
    /// Saving the place waits for the frame; marking a step does not.
    func testOnlyThePlaceWaitsForTheFrame() {
        let app = WalkthroughFixtures.app()
        XCTAssertTrue(app.canFollowFrame(.savePosition(app.progress.position)))
        XCTAssertFalse(app.canFollowFrame(.progress(.undo)))
        XCTAssertFalse(app.canFollowFrame(.quit))
    }
}
