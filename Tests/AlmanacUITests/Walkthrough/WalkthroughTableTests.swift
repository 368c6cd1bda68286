import XCTest
import AlmanacModel
@testable import AlmanacUI

/// Tables on walkthrough screens: drawn as grids where the column has room, else as lines.
final class WalkthroughTableTests: XCTestCase {
    let almanac = RealContent.almanac
    var data: Outcome { almanac.outcomes.first { $0.id == "data" }! }

    /// The key that opens the guidance heading titled `heading`.
    func label(_ heading: String, in o: Outcome) -> Character {
        WalkthroughContent.guidanceLabels[GuidanceItem.items(of: o).firstIndex { $0.heading == heading }!]
    }

    func bodyLines(_ heading: String, width: Int, ascii: Bool = false) -> [String] {
        let i = almanac.outcomes.firstIndex { $0.id == "data" }!
        let n = GuidanceItem.items(of: data).firstIndex { $0.heading == heading }!
        let body = WalkthroughContent.body(.outcome(i, .guidance), almanac, AlmanacModel.Progress(),
                                           expanded: [n], width: width, ascii: ascii)
        return TextFlow.pages(body, width: width, height: 1000)[0].map(\.text)
    }

    func testATableIsAGridWhereItsColumnsAreReadable() {
        let lines = bodyLines("Examples of data sources", width: 76)
        XCTAssertTrue(lines.contains { $0.hasPrefix("   ┌") }, "the grid, under its heading's indent")
        XCTAssertTrue(lines.contains { $0.hasPrefix("   │ Service Delivery            │ • Web ") })
        XCTAssertTrue(lines.contains { $0.contains("│ • Sensors ") }, "each item on a line of its own")
        XCTAssertFalse(lines.contains { $0.contains("·") })
    }

    func testANarrowColumnKeepsTheFlatLines() {
        let lines = bodyLines("Examples of data sources", width: 36)
        XCTAssertFalse(lines.contains { $0.contains("┌") })
        let text = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        XCTAssertTrue(text.contains("Service Delivery Information · Web; Sensors;"), "items parted by ;")
    }

    func testASCIIModeDrawsASCIIBorders() {
        let lines = bodyLines("Examples of data sources", width: 76, ascii: true)
        XCTAssertTrue(lines.contains { $0.hasPrefix("   +----") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("   | Service Delivery            | * Web ") })
        XCTAssertFalse(lines.contains { $0.contains("┌") || $0.contains("•") })
    }

    func testARowIsNotSplitAcrossPages() {
        let row = (1...3).map { TextLine("row line \($0)") }
        let text = (1...8).map { Paragraph("line \($0)", spaceBefore: 0) }
        let pages = TextFlow.pages(text + [.lines(row)], width: 40, height: 10)
        XCTAssertEqual(pages.map(\.count), [8, 3], "the row goes over whole")
        // A row taller than a page is split rather than lost.
        let tall = TextFlow.pages([.lines((1...5).map { TextLine("\($0)") })], width: 40, height: 3)
        XCTAssertEqual(tall.map(\.count), [3, 2])
    }

    /// Pages on (Enter) until the screen shows `text`, within the guidance screen's pages.
    func page(_ app: inout WalkthroughApp, to text: String, width: Int) {
        for _ in 0..<10 where !app.render(width: width, height: 24).text.contains(text) {
            _ = app.handle(.key(.enter))
        }
        XCTAssertTrue(app.render(width: width, height: 24).text.contains(text))
    }

    func testGuidanceScreenWithATable() {
        var app = WalkthroughFixtures.app()
        _ = WalkthroughFixtures.advance(&app, to: "data/guidance")
        _ = app.handle(.key(.character(label("Examples of data sources", in: data))))
        page(&app, to: "Administrative/Operational", width: 80)
        assertFrame(app.render(width: 80, height: 24), named: "80x24")
        // The next page starts at a row, not inside one.
        _ = app.handle(.key(.enter))
        assertFrame(app.render(width: 80, height: 24), named: "80x24-next")
    }

    func testGuidanceScreenWithATableNarrow() {
        var app = WalkthroughFixtures.app(width: 44, height: 24)
        _ = WalkthroughFixtures.advance(&app, to: "data/guidance")
        _ = app.handle(.key(.character(label("Examples of data sources", in: data))))
        page(&app, to: "Administrative/Operational", width: 44)
        assertFrame(app.render(width: 44, height: 24), named: "44x24")
    }
}
