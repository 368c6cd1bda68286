import XCTest
import AlmanacModel
@testable import AlmanacUI

/// Any terminal size, however small, draws without trapping, and every frame is exactly its size.
final class PresentTinySizeTests: XCTestCase {
    let sizes = [(1, 1), (2, 1), (5, 2), (12, 4), (20, 6), (33, 9), (47, 13)]

    func testEverySlideAndOverlayAtTinySizes() {
        for (w, h) in sizes {
            for mode in [PresentApp.Mode.projector, .presenter] {
                var app = PresentFixtures.app(mode: mode, width: w, height: h)
                for _ in 0..<60 {
                    let screen = app.render(width: w, height: h)
                    XCTAssertEqual(screen.text.split(separator: "\n", omittingEmptySubsequences: false).count, h)
                    _ = app.handle(.key(.pageDown))
                }
                for key in [Key.character("?"), .character("o"), .character("o"), .tab, .character("g"), .character("1")] {
                    _ = app.handle(.key(key))
                    _ = app.render(width: w, height: h)
                }
            }
        }
    }

    func testWalkthroughAtTinySizes() {
        for (w, h) in sizes {
            var app = WalkthroughFixtures.app(width: w, height: h)
            for _ in 0..<60 {
                XCTAssertEqual(app.render(width: w, height: h).width, w)
                _ = app.handle(.key(.enter))
            }
            XCTAssertFalse(app.isFinished)
        }
    }

    func testEnterAloneReachesTheEndInASmallWindow() {
        var app = WalkthroughFixtures.app(width: 47, height: 13)
        var presses = 0
        while !app.isFinished && presses < 2000 {
            _ = app.render(width: 47, height: 13)
            _ = app.handle(.key(.enter))
            presses += 1
        }
        XCTAssertTrue(app.isFinished)
        XCTAssertGreaterThan(presses, app.stops.count, "small windows page long screens")
    }
}
