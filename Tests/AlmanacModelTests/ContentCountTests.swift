import XCTest
import AlmanacModel

/// The counts the almanac's text holds (../shared/almanac/STRUCTURE.md).
final class ContentCountTests: XCTestCase {
    let almanac = Fixtures.almanac

    func testTwelveOutcomesInContentsOrder() {
        XCTAssertEqual(almanac.outcomes.count, 12)
        XCTAssertEqual(almanac.outcomes.map(\.number), Array(1...12))
        XCTAssertEqual(almanac.outcomes.first?.id, "connectivity")
        XCTAssertEqual(almanac.outcomes[9].id, "security-and-resilience")
        XCTAssertEqual(almanac.index.outcomes.map(\.id), almanac.outcomes.map(\.id))
    }

    func testThirtySixThemesAndOneHundredAndEightSteps() {
        XCTAssertEqual(almanac.outcomes.flatMap(\.themes).count, 36)
        XCTAssertEqual(almanac.steps.count, 108)
        XCTAssertEqual(Set(almanac.steps.map(\.id)).count, 108, "step ids are unique")
        for o in almanac.outcomes {
            XCTAssertEqual(o.themes.map { $0.steps.count }, [3, 3, 3], o.id)
        }
    }

    func testStepIdsAreTypable() {
        let pattern = try! NSRegularExpression(pattern: "^[a-z-]+\\.[1-3]\\.[1-3]$")
        for step in almanac.steps {
            let range = NSRange(step.id.startIndex..., in: step.id)
            XCTAssertNotNil(pattern.firstMatch(in: step.id, range: range), step.id)
        }
        XCTAssertTrue(almanac.steps.contains { $0.id == "inclusion.2.3" })
        let lorawan = almanac.steps.first { $0.text.contains("LoRaWAN") }
        XCTAssertEqual(lorawan?.id, "connectivity.3.3")
    }

    func testThirtyFiveCaseStudiesEachWithACouncil() {
        let cases = almanac.outcomes.flatMap(\.caseStudies)
        XCTAssertEqual(cases.count, 35)
        XCTAssertEqual(cases.filter { $0.category != nil }.count, 31)
        for c in cases {
            XCTAssertFalse(c.councils.isEmpty, c.organisation)
            for name in c.councils {
                XCTAssertNotNil(almanac.front.notableCouncil(named: name), name)
            }
        }
        let havant = cases.first { $0.organisation.hasPrefix("Havant") }
        XCTAssertEqual(havant?.councils.sorted(), ["East Hampshire", "Havant"])
    }

    func testElevenLeaderChecksAllButLeadership() {
        let checks = almanac.outcomes.filter { $0.leaderCheck != nil }
        XCTAssertEqual(checks.count, 11)
        XCTAssertNil(almanac.outcomes.first { $0.id == "leadership" }?.leaderCheck)
    }

    func testAnnexes() {
        XCTAssertEqual(almanac.front.contributors.count, 27)
        XCTAssertEqual(almanac.front.experts.count, 18)
        XCTAssertEqual(almanac.front.notablePractice.count, 34)
        XCTAssertEqual(almanac.front.introduction.map(\.title), ["Overview", "Background", "Methodology"])
    }

    func testToolsSectionsInSixChapters() {
        XCTAssertEqual(almanac.outcomes.filter { $0.tools != nil }.map(\.id),
                       ["connectivity", "democracy-and-participation", "inclusion", "leadership",
                        "security-and-resilience", "services"])
        XCTAssertEqual(almanac.outcomes.map { $0.sections.count }.reduce(0, +), 35)
    }
}
