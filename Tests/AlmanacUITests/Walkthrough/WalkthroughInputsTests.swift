import AlmanacModel
import XCTest
@testable import AlmanacUI

/// A walkthrough view's input holds exactly what it draws: two states give equal inputs
/// exactly when they give equal frames, so a memo keyed on the input is never stale and
/// never misses for something not drawn (the place saved on every screen, say).
final class WalkthroughInputsTests: XCTestCase {
    func testInputsAreEqualExactlyWhenFramesAre() {
        var app = WalkthroughFixtures.app(width: 100, height: 30)
        var rng = FrameMemoTests.Seeded(state: 16)
        let keys: [Key] = [.enter, .enter, .backspace, .character(" "), .character("a"), .character("b"), .character("1"),
                           .character("2"), .character("o"), .down, .up, .character("3"), .escape, .character("?"),
                           .character("u"), .control("r"), .character("x"), .home]
        let sizes = [(100, 30), (80, 24), (60, 16), (40, 12)]
        var last = (input: app.viewInput(width: app.width, height: app.height), frame: app.render(width: app.width, height: app.height))
        var same = 0, changed = 0
        for step in 0..<1500 {
            let roll = rng.next(100)
            if roll < 85 {
                _ = app.handle(.key(keys[rng.next(keys.count)]))
            } else if roll < 90 {
                let (w, h) = sizes[rng.next(sizes.count)]
                _ = app.handle(.resize(width: w, height: h))
            } else {
                _ = app.handle(.progress(.elsewhere(app.progress, pick: { rng.next($0) }, at: WalkthroughFixtures.start)))
            }
            if app.isFinished { app = WalkthroughFixtures.app(width: app.width, height: app.height) }
            let now = (input: app.viewInput(width: app.width, height: app.height), frame: app.render(width: app.width, height: app.height))
            XCTAssertEqual(now.input == last.input, now.frame == last.frame,
                           "step \(step): inputs \(now.input == last.input ? "equal" : "differ") but frames do not\n\(now.frame.text)")
            if (now.input == last.input) != (now.frame == last.frame) { return }
            if now.frame == last.frame { same += 1 } else { changed += 1 }
            last = now
        }
        XCTAssertGreaterThan(same, 50, "too few keys left the screen alone: the test proves little")
        XCTAssertGreaterThan(changed, 500)
    }
}
