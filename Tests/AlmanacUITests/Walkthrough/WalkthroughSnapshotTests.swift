import XCTest
import SnapshotTesting
import AlmanacModel
@testable import AlmanacUI

/// The walkthrough's screens as a councillor sees them.
final class WalkthroughSnapshotTests: XCTestCase {
    func screen(_ id: String, page: Int = 0, width: Int = 80, height: Int = 24,
                progress: AlmanacModel.Progress = AlmanacModel.Progress(), digits: [Character] = []) -> String {
        var app = WalkthroughFixtures.app(progress: progress, width: width, height: height)
        _ = WalkthroughFixtures.advance(&app, to: id)
        for d in digits { _ = app.handle(.key(.character(d))) }
        for _ in 0..<page { _ = app.handle(.key(.enter)) }
        return app.render(width: width, height: height).text
    }

    func testWelcome() {
        assertSnapshot(of: screen("welcome"), as: .lines, named: "page1")
        assertSnapshot(of: screen("welcome", page: 1), as: .lines, named: "page2")
        assertSnapshot(of: screen("welcome", width: 160, height: 48), as: .lines, named: "160x48")
    }

    func testOutcomeScreens() {
        for part in ["statement", "meaning", "leader-check", "guidance", "case-study", "case-study-4", "steps"] {
            assertSnapshot(of: screen("democracy-and-participation/\(part)"), as: .lines, named: part)
        }
    }

    func testGuidanceHeadingOpensOnRequest() {
        assertSnapshot(of: screen("connectivity/guidance", digits: ["b"]), as: .lines)
    }

    func testStepsShowTheChecklistsTicks() {
        let p = PresentFixtures.progress(done: ["data.1.2", "data.3.1"])
        assertSnapshot(of: screen("data/steps", progress: p), as: .lines, named: "80x24")
        assertSnapshot(of: screen("data/steps", width: 160, height: 48, progress: p), as: .lines, named: "160x48")
    }

    func testListOfOutcomes() {
        let p = PresentFixtures.progress(done: ["data.1.2", "data.3.1", "value.1.1"])
        var app = WalkthroughFixtures.app(progress: p)
        _ = WalkthroughFixtures.advance(&app, to: "democracy-and-participation/guidance")
        _ = app.handle(.key(.character("o")))
        assertSnapshot(of: app.render(width: 80, height: 24).text, as: .lines, named: "80x24")
        _ = app.handle(.resize(width: 160, height: 48))
        _ = app.handle(.key(.character("7")))
        assertSnapshot(of: app.render(width: 160, height: 48).text, as: .lines, named: "160x48")
    }

    func testEnding() {
        let almanac = RealContent.almanac
        let done = almanac.outcomes.enumerated().flatMap { i, o in o.steps.prefix(i % 10).map(\.id) }
        assertSnapshot(of: screen("ending", progress: PresentFixtures.progress(done: done)), as: .lines, named: "80x24")
        assertSnapshot(of: screen("ending", width: 160, height: 48, progress: PresentFixtures.progress(done: done)), as: .lines, named: "160x48")
    }
}
