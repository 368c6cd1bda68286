import AlmanacModel
import XCTest
@testable import AlmanacUI

/// What the content pane is made of, checked on styles the text snapshots cannot show.
final class DocumentTests: XCTestCase {
    let connectivity = Fixtures.almanac.outcomes[0]

    func doc(_ o: Outcome, _ part: Part, width: Int = 76) -> RenderedDocument {
        RenderedDocument(key: .init(outcome: 0, checklist: part == .practice, width: width, unicode: true),
                         items: DocumentBuilder.items(o, part, front: Fixtures.almanac.front), part: part)
    }

    func testResourceNamesAreUnderlined() {
        let runs = doc(connectivity, .section(0)).lines.flatMap(\.line.runs)
        let underlined = runs.filter(\.style.underline).map(\.text).joined(separator: " ")
        XCTAssertTrue(underlined.contains("Essex County Council's Digital Strategy"), underlined)
        XCTAssertFalse(runs.filter { !$0.style.underline }.map(\.text).joined().contains("Essex County Council's Digital Strategy"))
    }

    func testOverviewEndsWithTheLeaderCheck() {
        let items = DocumentBuilder.items(connectivity, .overview, front: nil)
        XCTAssertEqual(items.suffix(2).first, .heading(DocumentBuilder.leaderCheckLabel))
        XCTAssertEqual(items.last, .paragraph(RichText(plain: connectivity.leaderCheck!)))
        let leadership = Fixtures.almanac.outcomes.first { $0.id == "leadership" }!
        XCTAssertFalse(DocumentBuilder.items(leadership, .overview, front: nil).contains(.heading(DocumentBuilder.leaderCheckLabel)))
    }

    func testBulletsHangUnderTheirText() {
        let security = Fixtures.almanac.outcomes.first { $0.id == "security-and-resilience" }!
        let lines = doc(security, .tools, width: 40).lines.map(\.line.plain)
        let first = lines.firstIndex { $0.hasPrefix("• ") }!
        XCTAssertTrue(lines[first + 1].hasPrefix("  ") && !lines[first + 1].hasPrefix("   "), lines[first + 1])
    }

    func testCaseStudiesNameTheCouncilsTypeAndRegion() {
        let text = doc(connectivity, .caseStudies).lines.map(\.line.plain).joined(separator: "\n")
        XCTAssertTrue(text.contains("Wolverhampton: Metropolitan Borough, West Midlands"), text)
    }

    func testChecklistHasEveryStepWithAFactsLine() {
        let d = doc(connectivity, .practice)
        XCTAssertEqual(d.stepStarts.count, 9)
        for i in 0..<9 {
            XCTAssertEqual(d.lines[d.stepStarts[i]].kind, .stepFirst(i))
            XCTAssertTrue(d.lines.contains { $0.kind == .stepMeta(i) })
        }
    }
}
