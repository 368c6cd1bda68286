import AlmanacModel
import XCTest
@testable import AlmanacUI

/// The projected and presenter views' inputs are complete: states with equal inputs, drawn
/// at one size, give equal frames, whatever else differs between them (the saved session,
/// the notes file's text for other slides, the time while no clock shows). The converse does
/// not hold, by design: a long prompt takes the slide name's place in the footer, and a small
/// screen cuts the overview's last rows.
final class PresentInputsTests: XCTestCase {
    func testStatesWithEqualInputsDrawEqualFrames() {
        for mode in [PresentApp.Mode.projector, .presenter] {
            let room = SharedRoom()
            var app = PresentFixtures.app(mode: mode, width: 100, height: 30, environment: room.environment("test"))
            var rng = FrameMemoTests.Seeded(state: mode == .projector ? 23 : 42)
            let keys: [Key] = [.character(" "), .right, .left, .pageDown, .backspace, .home, .end, .character("g"),
                               .character("3"), .character("1"), .enter, .tab, .down, .character("x"), .character("2"),
                               .character("b"), .character("o"), .character("?"), .character("t"), .character("T"),
                               .character("+"), .character("n"), .escape]
            let sizes = [(100, 30), (80, 24), (60, 16), (30, 10), (16, 6)]
            var recent: [(input: Drawn, frame: Screen)] = []
            var matched = 0
            for step in 0..<1500 {
                let roll = rng.next(100)
                if roll < 80 {
                    _ = app.handle(.key(keys[rng.next(keys.count)]))
                } else if roll < 85 {
                    let (w, h) = sizes[rng.next(sizes.count)]
                    _ = app.handle(.resize(width: w, height: h))
                } else if roll < 92 {
                    // Time passes: only what shows a clock may change.
                    room.now += TimeInterval(rng.next(90))
                    _ = app.handle(.tick)
                } else {
                    _ = app.handle(.progress(.elsewhere(app.progress, pick: { rng.next($0) }, at: PresentFixtures.start)))
                }
                let input = mode == .projector
                    ? Drawn.projector(app.projectorInput(width: app.width, height: app.height), width: app.width, height: app.height)
                    : .presenter(app.presenterInput(width: app.width, height: app.height), width: app.width, height: app.height)
                let frame = app.render(width: app.width, height: app.height)
                for earlier in recent where earlier.input == input {
                    matched += 1
                    XCTAssertEqual(earlier.frame, frame, "\(mode) step \(step): equal inputs drew different frames\n\(earlier.frame.text)\n---\n\(frame.text)")
                    if earlier.frame != frame { return }
                }
                recent = Array((recent + [(input, frame)]).suffix(40))
            }
            XCTAssertGreaterThan(matched, 200, "\(mode): few states shared an input: the test proves little")
        }
    }

    /// What a frame is drawn from: either view's input, and the size.
    enum Drawn: Equatable {
        case projector(PresentView.Input, width: Int, height: Int)
        case presenter(PresenterView.Input, width: Int, height: Int)
    }
}
