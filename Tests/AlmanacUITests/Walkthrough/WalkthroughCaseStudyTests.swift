import XCTest
import AlmanacModel
@testable import AlmanacUI

/// Every case study of an outcome is read inside the walkthrough, one screen each.
final class WalkthroughCaseStudyTests: XCTestCase {
    let almanac = RealContent.almanac

    func testEachCaseStudyHasAScreenOfItsOwn() {
        let stops = WalkthroughStop.all(in: almanac)
        for (i, o) in almanac.outcomes.enumerated() {
            let studies = stops.filter { if case .outcome(i, .caseStudy, _) = $0 { true } else { false } }
            XCTAssertEqual(studies.count, o.caseStudies.count, o.id)
        }
    }

    func testEnterReadsEveryCaseStudyOfTheOutcomeWithTheMost() throws {
        let (i, o) = try XCTUnwrap(almanac.outcomes.enumerated().max { $0.element.caseStudies.count < $1.element.caseStudies.count })
        XCTAssertGreaterThan(o.caseStudies.count, 2)
        var app = WalkthroughFixtures.app(width: 160, height: 48)
        _ = WalkthroughFixtures.advance(&app, to: "\(o.id)/case-study")
        var seen: [String] = []
        while case .outcome(i, .caseStudy, let n) = app.stop {
            let text = app.render(width: 160, height: 48).text
            XCTAssertTrue(text.contains(o.caseStudies[n].organisation), text)
            XCTAssertTrue(text.contains("\(n + 1) of \(o.caseStudies.count)"), text)
            let opening = String(o.caseStudies[n].summary[0].plain.prefix(40))
            XCTAssertTrue(text.replacingOccurrences(of: "\n", with: " ").contains(opening), opening)
            seen.append(app.stop.id(in: almanac))
            _ = app.handle(.key(.enter))
        }
        XCTAssertEqual(seen, ["\(o.id)/case-study"] + (2...o.caseStudies.count).map { "\(o.id)/case-study-\($0)" })
        XCTAssertEqual(app.stop.id(in: almanac), "\(o.id)/steps")
    }

    func testALaterCaseStudyIsWhereTheWalkthroughResumes() {
        var progress = AlmanacModel.Progress()
        progress.position.walkthrough = "democracy-and-participation/case-study-3"
        let app = WalkthroughFixtures.app(progress: progress)
        XCTAssertEqual(app.stop, .outcome(2, .caseStudy, study: 2))
    }

    /// The only commands the walkthrough still suggests; the CLI tests run them.
    func testTheCommandsTheWalkthroughSuggests() {
        var commands: Set<String> = []
        for stop in WalkthroughStop.all(in: almanac) {
            let body = WalkthroughContent.body(stop, almanac, .init())
            for (n, p) in body.enumerated() {
                // "…, run:" then the command on its own line, or "run: the command (…)".
                if p.text.hasSuffix("run:"), n + 1 < body.count { commands.insert(body[n + 1].text) }
                guard let r = p.text.range(of: "run: ") else { continue }
                commands.insert(String(p.text[r.upperBound...].prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces))
            }
        }
        XCTAssertFalse(commands.contains { $0.hasPrefix("see ") })
        let studies = almanac.outcomes.filter { $0.caseStudies.count > 1 }.map { "almanac cases \($0.id)" }
        XCTAssertEqual(commands, Set(studies + ["almanac walkthrough --restart"]))
    }
}
