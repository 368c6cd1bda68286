import AlmanacModel
import XCTest
@testable import AlmanacUI

/// The slides' page memo is only a cache: every frame, projector's or presenter's, must be
/// the frame drawn by a copy of the state with an empty memo.
final class PresentPageMemoTests: XCTestCase {
    func testFramesFromTheMemoAreTheFramesLaidOutAfresh() {
        for mode in [PresentApp.Mode.projector, .presenter] {
            var app = PresentFixtures.app(mode: mode, width: 100, height: 30)
            var rng = FrameMemoTests.Seeded(state: mode == .projector ? 8 : 15)
            let turns: [Key] = [.character(" "), .right, .character(" "), .left, .pageDown, .backspace]
            let others: [Key] = [.home, .end, .character("g"), .character("3"), .character("1"), .enter, .tab,
                                 .down, .character("x"), .character("2"), .character("b"), .character("o"),
                                 .character("?"), .character("t"), .character("n"), .escape]
            let sizes = [(100, 30), (80, 24), (120, 40), (60, 16), (30, 10)]
            var renders = 0
            for step in 0..<1500 {
                let roll = rng.next(100)
                if roll < 65 {
                    _ = app.handle(.key(turns[rng.next(turns.count)]))
                    // Mostly with the idle work done, as between a speaker's clicks.
                    if rng.next(4) != 0 { while app.idle() {} }
                } else if roll < 85 {
                    _ = app.handle(.key(others[rng.next(others.count)]))
                } else if roll < 90 {
                    let (w, h) = sizes[rng.next(sizes.count)]
                    _ = app.handle(.resize(width: w, height: h))
                } else if roll < 92 {
                    // Who the session is for, as the command sets it: the opening slide shows it.
                    app.audience = ["Anytown Council", nil, "Borsetshire"][rng.next(3)]
                } else {
                    // A tick saved elsewhere: practice slides, the overview and the decisions change.
                    _ = app.handle(.progress(.elsewhere(app.progress, pick: { rng.next($0) }, at: PresentFixtures.start)))
                }
                let memo = app.render(width: app.width, height: app.height)
                let fresh = app.withoutMemo.render(width: app.width, height: app.height)
                XCTAssertEqual(memo, fresh, "\(mode) step \(step): the memo's frame differs\n\(memo.text)\n---\n\(fresh.text)")
                if memo != fresh { return }
                renders += 1
            }
            XCTAssertGreaterThan(app.pageMemo.hits, renders, "\(mode): the memo was hardly used: the test proves little")
        }
    }

    /// A slide lays out once however many frames and keys ask for its pages.
    func testASlideIsLaidOutOnce() {
        var app = PresentFixtures.app(width: 100, height: 30)
        _ = app.render(width: 100, height: 30)
        let made = app.pageMemo.made
        _ = app.handle(.key(.character(" ")))
        _ = app.render(width: 100, height: 30)
        _ = app.render(width: 100, height: 30)
        _ = app.pageCount
        XCTAssertEqual(app.pageMemo.made, made + 1)
    }

    /// The next slide is laid out while idle: the click then lays nothing out.
    func testTheNextSlideIsReadyAfterIdleWork() {
        var app = PresentFixtures.app(width: 100, height: 30)
        _ = app.render(width: 100, height: 30)
        XCTAssertTrue(app.idle())
        XCTAssertFalse(app.idle(), "nothing more to do")
        let made = app.pageMemo.made
        _ = app.handle(.key(.character(" ")))
        _ = app.render(width: 100, height: 30)
        XCTAssertEqual(app.slideIndex, 1)
        XCTAssertEqual(app.pageMemo.made, made)
    }

    /// The write that lets the presenter view follow waits for the frame; a tick does not.
    func testOnlyThePublishWaitsForTheFrame() {
        let app = PresentFixtures.app()
        XCTAssertTrue(app.canFollowFrame(.publish(app.session)))
        XCTAssertFalse(app.canFollowFrame(.progress(.undo)))
        XCTAssertFalse(app.canFollowFrame(.quit))
    }
}

extension PresentApp {
    /// A copy with an empty memo: it lays everything out afresh.
    var withoutMemo: PresentApp {
        var copy = self
        copy.pageMemo = PageMemo(capacity: 4)
        return copy
    }
}
