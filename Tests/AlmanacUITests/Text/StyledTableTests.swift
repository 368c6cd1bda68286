import AlmanacModel
import XCTest
@testable import AlmanacUI

final class StyledTableTests: XCTestCase {
    var connectivityTables: [Table] {
        Fixtures.almanac.outcomes[0].sections.flatMap(\.blocks).compactMap { b -> Table? in
            if case .table(let t) = b { return t } else { return nil }
        }
    }

    /// At 80 columns the content text is 76 wide: both Connectivity tables are grids there.
    func testSpeedAndTrafficLightTablesAreGridsAt80Columns() {
        XCTAssertEqual(connectivityTables.count, 2)
        for table in connectivityTables {
            let lines = StyledTable.lines(table, width: 76, glyphs: .unicode)
            XCTAssertTrue(lines[0].plain.hasPrefix("┌"), "a grid, not stacked records")
            for l in lines { XCTAssertLessThanOrEqual(l.width, 76, l.plain) }
            // Grid lines all have the same width.
            let gridWidths = Set(lines.prefix { !$0.plain.hasPrefix("Table") }.map(\.width))
            XCTAssertEqual(gridWidths.count, 1)
        }
        let traffic = StyledTable.lines(connectivityTables[1], width: 76, glyphs: .unicode).map(\.plain)
        XCTAssertTrue(traffic[1].contains("Superfast") && traffic[1].contains("Gigabit"), traffic[1])
        XCTAssertFalse(traffic.joined().contains("Superfa "), "no header word is cut")
    }

    func testNarrowWidthsStackRecordsWithHeaders() {
        let lines = StyledTable.lines(connectivityTables[1], width: 40, glyphs: .unicode)
        XCTAssertFalse(lines[0].plain.hasPrefix("┌"))
        XCTAssertTrue(lines.contains { $0.plain.hasPrefix("Superfast: ") })
        for l in lines { XCTAssertLessThanOrEqual(l.width, 40, l.plain) }
    }

    func testASCIIGrid() {
        let lines = StyledTable.lines(connectivityTables[0], width: 76, glyphs: .ascii)
        XCTAssertTrue(lines[0].plain.hasPrefix("+-"))
        XCTAssertTrue(lines.allSatisfy { $0.plain.unicodeScalars.allSatisfy(\.isASCII) })
    }
}
