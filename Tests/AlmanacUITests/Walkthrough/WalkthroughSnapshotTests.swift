import XCTest
import AlmanacModel
@testable import AlmanacUI

/// The walkthrough's screens as a councillor sees them.
final class WalkthroughSnapshotTests: XCTestCase {
    func screen(_ id: String, page: Int = 0, width: Int = 80, height: Int = 24,
                progress: AlmanacModel.Progress = AlmanacModel.Progress(), digits: [Character] = []) -> Screen {
        var app = WalkthroughFixtures.app(progress: progress, width: width, height: height)
        _ = WalkthroughFixtures.advance(&app, to: id)
        for d in digits { _ = app.handle(.key(.character(d))) }
        for _ in 0..<page { _ = app.handle(.key(.enter)) }
        return app.render(width: width, height: height)
    }

    func testWelcome() {
        assertFrame(screen("welcome"), named: "page1")
        assertFrame(screen("welcome", page: 1), named: "page2")
        assertFrame(screen("welcome", width: 160, height: 48), named: "160x48")
    }

    func testOutcomeScreens() {
        for part in ["statement", "meaning", "leader-check", "guidance", "case-study", "case-study-4", "steps"] {
            assertFrame(screen("democracy-and-participation/\(part)"), named: part)
        }
    }

    func testGuidanceHeadingOpensOnRequest() {
        assertFrame(screen("connectivity/guidance", digits: ["b"]))
    }

    func testStepsShowTheChecklistsTicks() {
        let p = PresentFixtures.progress(done: ["data.1.2", "data.3.1"])
        assertFrame(screen("data/steps", progress: p), named: "80x24")
        assertFrame(screen("data/steps", width: 160, height: 48, progress: p), named: "160x48")
    }

    func testListOfOutcomes() {
        let p = PresentFixtures.progress(done: ["data.1.2", "data.3.1", "value.1.1"])
        var app = WalkthroughFixtures.app(progress: p)
        _ = WalkthroughFixtures.advance(&app, to: "democracy-and-participation/guidance")
        _ = app.handle(.key(.character("o")))
        assertFrame(app.render(width: 80, height: 24), named: "80x24")
        _ = app.handle(.resize(width: 160, height: 48))
        _ = app.handle(.key(.character("7")))
        assertFrame(app.render(width: 160, height: 48), named: "160x48")
    }

    func testEnding() {
        let almanac = RealContent.almanac
        let done = almanac.outcomes.enumerated().flatMap { i, o in o.steps.prefix(i % 10).map(\.id) }
        assertFrame(screen("ending", progress: PresentFixtures.progress(done: done)), named: "80x24")
        assertFrame(screen("ending", width: 160, height: 48, progress: PresentFixtures.progress(done: done)), named: "160x48")
    }
}
