import AlmanacModel
import XCTest
@testable import AlmanacUI

/// No size traps: every size from 1x1 to 130x45, on each screen, resized to and drawn.
final class EverySizeTests: XCTestCase {
    func testEverySizeRendersOnEveryScreen() {
        var screens: [(String, GuideApp)] = []
        var app = Fixtures.app(progress: SnapshotTests.progress)
        screens.append(("overview", app))
        app.press(.tab, .down, .tab)
        screens.append(("section", app))
        app.press(.escape, .end, .enter)
        screens.append(("checklist", app))
        app.press(.enter)
        app.type("日本 – note")
        screens.append(("editor", app))
        app.press(.escape)
        app.type("/digital")
        screens.append(("search", app))
        app.press(.escape)
        app.type("c")
        screens.append(("cases", app))
        app.press(.escape)
        app.type("w")
        screens.append(("my work", app))
        app.type("dp")
        screens.append(("my work, none", app))
        app.press(.escape)
        app.type("?")
        screens.append(("help", app))

        // Every size for the two busiest screens; for the rest every other size plus each
        // size next to the minimum, to keep the test quick on a shared machine.
        let near = Set([GuideLayout.minWidth - 1, GuideLayout.minWidth, GuideLayout.minWidth + 1,
                        GuideLayout.minHeight - 1, GuideLayout.minHeight, GuideLayout.minHeight + 1])
        for (name, start) in screens {
            var app = start
            let full = name == "overview" || name == "checklist"
            for w in 1...130 where full || w % 3 == 0 || near.contains(w) || w < 4 {
                for h in 1...45 where full || h % 2 == 0 || near.contains(h) || h < 4 {
                    _ = app.handle(.resize(width: w, height: h))
                    let screen = app.render(width: w, height: h)
                    XCTAssertEqual(screen.cells.count, w * h)
                    XCTAssertTrue(screen.cursor.x < w && screen.cursor.y < h, "\(name) \(w)x\(h)")
                    if w < GuideLayout.minWidth || h < GuideLayout.minHeight {
                        if w >= 40 && h >= 4 { XCTAssertTrue(screen.text.contains("Enlarge the window"), "\(name) \(w)x\(h)") }
                    }
                }
            }
        }
    }

    /// Every line drawn at the state's own size: what the driver does on each frame.
    func testKeysAtTinySizesDoNotTrap() {
        var app = Fixtures.app(width: 1, height: 1)
        for key: Key in [.down, .tab, .enter, .pageDown, .end, .character(" "), .character("u"), .character("/"),
                         .character("x"), .enter, .escape, .character("c"), .down, .enter, .character("?"), .escape,
                         .character("w"), .character(" "), .character("e"), .escape, .character("o"), .down, .escape] {
            _ = app.handle(.key(key))
            _ = app.render(width: 1, height: 1)
            _ = app.handle(.mouse(.left, x: 0, y: 0))
        }
        XCTAssertFalse(app.isFinished)
    }
}
