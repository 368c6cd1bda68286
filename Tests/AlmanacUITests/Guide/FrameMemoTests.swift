import AlmanacModel
import XCTest
@testable import AlmanacUI

/// The view memos are only caches: every frame `render` gives must be the frame drawn by a
/// copy of the state that has none.
final class FrameMemoTests: XCTestCase {
    /// A small fixed-seed generator, so a failure can be replayed.
    struct Seeded {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    /// Mostly reading keys (so the memo is used often), mixed with everything that changes
    /// what a reading frame shows: parts, outcomes, search highlights, ticks, themes, saves
    /// answered, resizes and idle work.
    func testFramesFromTheMemoAreTheFramesDrawnAfresh() {
        var app = Fixtures.app(width: 100, height: 30)
        var rng = Seeded(state: 2026)
        let reading: [Key] = [.down, .up, .down, .up, .character("j"), .character("k"), .pageDown, .pageUp, .down, .down]
        let others: [Key] = [.tab, .backTab, .escape, .enter, .home, .end, .character("n"), .character("N"),
                             .character("t"), .character(" "), .character("u"), .character("s"), .right, .left,
                             .character("3"), .character("1"), .character("?"), .character("c"),
                             .character("w"), .character("o"), .character("p"), .character("d"), .character("e")]
        let sizes = [(100, 30), (80, 24), (120, 40), (60, 16), (59, 16)]
        var compared = 0
        for step in 0..<3000 {
            let roll = rng.next(100)
            if roll < 70 {
                // Back to reading, as a reader would: from the lists, Tab reaches the content.
                if app.showingHelp || app.mode != .main { app.press(.escape) }
                if app.focus != .content || app.currentPart == .practice { app.press(.escape, .escape, .tab, .character("g"), .tab) }
                app.press(reading[rng.next(reading.count)])
            } else if roll < 90 {
                app.press(others[rng.next(others.count)])
            } else if roll < 93 {
                // A search whose hits stay highlighted while reading.
                app.press(.escape, .escape, .escape)
                app.press(.character("/"))
                app.type(["broadband", "data", "council"][rng.next(3)])
                app.press(.enter, .tab)
            } else if roll < 95 {
                let (w, h) = sizes[rng.next(sizes.count)]
                _ = app.handle(.resize(width: w, height: h))
            } else if roll < 97 {
                _ = app.idle()
            } else {
                // The driver answers a save (or reports it failed), which the status bar shows.
                for effect in app.press(.escape, .character("2"), .tab, .end, .enter, .character(" ")) {
                    if case .progress(.record(let change)) = effect {
                        let failed = rng.next(2) != 0
                        _ = app.handle(.progress(ProgressUpdate(cause: .saved, progress: app.progress, unsaved: failed ? [change] : [],
                                                                problem: failed ? "disk full" : nil)))
                    }
                }
            }
            let memo = app.render(width: app.width, height: app.height)
            let fresh = app.withoutMemos.render(width: app.width, height: app.height)
            XCTAssertEqual(memo, fresh, "step \(step): the memo's frame differs\n\(memo.text)\n---\n\(fresh.text)")
            if memo != fresh { return }
            compared += 1
        }
        XCTAssertEqual(compared, 3000)
        XCTAssertGreaterThan(app.frameMemo.reused, 1000, "the memo was hardly used: the test proves little")
    }

    /// The status bar and the step counts come from their memos when nothing they show changed.
    func testStatusBarAndCountsAreKeptBetweenFrames() {
        var app = Fixtures.app(width: 100, height: 30)
        while app.idle() {}   // the outcomes on either side load, as between keys in the guide
        _ = app.render(width: 100, height: 30)
        let kept = app.viewMemos.statusBar?.cells
        let counts = app.viewMemos.tallies?.key
        app.press(.down)
        XCTAssertEqual(app.render(width: 100, height: 30), app.withoutMemos.render(width: 100, height: 30))
        XCTAssertNotNil(kept)
        XCTAssertEqual(app.viewMemos.statusBar?.cells, kept, "moving between outcomes leaves the hints alone")
        XCTAssertEqual(app.viewMemos.tallies?.key, counts, "and the counts")
        app.press(.tab, .end, .enter, .character(" "))
        XCTAssertEqual(app.render(width: 100, height: 30), app.withoutMemos.render(width: 100, height: 30))
        XCTAssertNotEqual(app.viewMemos.tallies?.key, counts, "a tick counts again")
    }

    /// Copies of a state share the memo; each still gets its own frame.
    func testCopiesOfAStateGetTheirOwnFrames() {
        var a = Fixtures.app(width: 100, height: 30)
        a.press(.tab, .tab)
        _ = a.render(width: 100, height: 30)
        var b = a
        b.press(.down, .down)
        a.press(.down)
        // A tick in one copy changes the title bar's count, not the other's.
        var c = b
        c.press(.escape, .end, .enter, .character(" "), .escape, .home, .enter, .down)
        // Progress that changes under a reading frame (as a merge from another process would)
        // shows in the title bar's count.
        var d = a
        _ = d.render(width: 100, height: 30)
        d.progress.steps["connectivity.1.1"] = StepProgress(status: .done, changed: Fixtures.now)
        for app in [a, b, c, d, a, c, b, d] {
            XCTAssertEqual(app.render(width: 100, height: 30), app.withoutMemos.render(width: 100, height: 30))
        }
    }
}

extension GuideApp {
    /// A copy with empty memos: it draws everything afresh.
    var withoutMemos: GuideApp {
        var copy = self
        copy.frameMemo = FrameMemo()
        copy.viewMemos = ViewMemos()
        return copy
    }
}
