import AlmanacModel
import XCTest
@testable import AlmanacUI

/// Every screen counts done of applicable, by the model's one rule: one step of Security and
/// resilience not applicable and one done is 1/8 there and 1/107 overall, everywhere.
final class TallyAgreementTests: XCTestCase {
    let progress: AlmanacModel.Progress = {
        var p = AlmanacModel.Progress()
        p.apply(StepChange(step: "security-and-resilience.1.1", [.status(.notApplicable)], at: Fixtures.now))
        p.apply(StepChange(step: "security-and-resilience.1.2", [.status(.done)], at: Fixtures.now))
        return p
    }()

    func testTheGuideCountsDoneOfApplicableBeforeAndAfterTheOutcomeLoads() {
        var app = Fixtures.app(width: 100, height: 30, progress: progress)
        XCTAssertTrue(app.frame.contains("1/107 steps done"), app.frame)
        XCTAssertTrue(app.frame.contains("1/8"), "counted from the id pattern before the outcome loads: \(app.frame)")
        app.press(.character("0"))   // outcome 10 loads
        XCTAssertTrue(app.frame.contains("1/8"), app.frame)
        XCTAssertTrue(app.frame.contains("1/107 steps done"))
    }

    func testSlidesAndTheWalkthroughAgree() {
        let tallies = OutcomeTally.all(almanac: RealContent.almanac, progress: progress)
        let security = tallies.first { $0.id == "security-and-resilience" }
        XCTAssertEqual(security.map { "\($0.done)/\($0.applicable)" }, "1/8")
        let summary = ProgressSummary(progress, outcomes: RealContent.almanac.outcomes, today: "2026-06-01")
        XCTAssertEqual(summary.done, 1)
        XCTAssertEqual(summary.total, 107)
        var slides = PresentFixtures.app(progress: progress)
        _ = slides.handle(.key(.character("o")))
        XCTAssertTrue(slides.render(width: 80, height: 24).text.contains("1/8"), slides.render(width: 80, height: 24).text)
        var walk = WalkthroughFixtures.app(progress: progress)
        _ = WalkthroughFixtures.advance(&walk, to: "ending")
        XCTAssertTrue(walk.render(width: 80, height: 24).text.contains("1/8"), walk.render(width: 80, height: 24).text)
    }
}
