import Foundation
import XCTest
import AlmanacModel

final class TextLayoutTests: XCTestCase {
    func testWidthCountsColumnsNotCharacters() {
        XCTAssertEqual(DisplayWidth.of("£5bn – ‘ok’ ©"), 13)
        XCTAssertEqual(DisplayWidth.of("日本"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining accent takes no column")
    }

    func testWrapKeepsWithinWidthWithHangingIndent() {
        let text = "Any open data you publish should adopt Open Referral UK's Open Standard and use existing data languages."
        let lines = Wrap.lines(text, width: 30, firstIndent: "- ", indent: "  ")
        XCTAssertGreaterThan(lines.count, 3)
        XCTAssertTrue(lines[0].hasPrefix("- "))
        for l in lines.dropFirst() { XCTAssertTrue(l.hasPrefix("  ") && !l.hasPrefix("   "), l) }
        for l in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(l), 30, l) }
        XCTAssertEqual(lines.joined(separator: " ").split(separator: " ").filter { $0 != "-" }.joined(separator: " "), text)
    }

    func testWrapCutsWordsLongerThanTheLineAndHandlesWideCharacters() {
        let lines = Wrap.lines("abcdefghij 日本語テキスト", width: 4)
        for l in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(l), 4, l) }
        XCTAssertEqual(lines.joined(), "abcdefghij日本語テキスト")
        XCTAssertEqual(Wrap.lines("", width: 10), [""])
        XCTAssertEqual(Wrap.lines("x", width: 0), ["x"])
    }

    func testFitPadsAndCutsByColumns() {
        XCTAssertEqual(Wrap.fit("ab", width: 4), "ab  ")
        XCTAssertEqual(Wrap.fit("日本語", width: 5), "日本 ")
    }

    func testTableFitsWidthAndKeepsWordsWhole() {
        let rows = [["Use", "Activity", "Decent"],
                    ["In council building", "Checking emails Delivering services Multidisciplinary team meetings", "Amber"]]
        let layout = TableLayout(cells: rows, width: 44)
        let lines = layout.render(header: rows[0], rows: [rows[1].map { [$0] }])
        for l in lines { XCTAssertEqual(DisplayWidth.of(l), lines[0].count, "every line is as wide as the rules: \(l)") }
        XCTAssertLessThanOrEqual(lines[0].count, 44)
        XCTAssertTrue(lines.contains { $0.contains("Multidisciplinary") }, "a word that fits a column is not cut")
    }

    func testEachItemOfAListCellIsMarkedAndHangs() {
        let row = [["In council building"], ["Checking emails", "Delivering services (such as downloading data)"]]
        let lines = TableLayout(paragraphs: [row], width: 40).render(header: nil, rows: [row])
        let cells = lines.dropFirst().prefix(3).map { $0.split(separator: "|")[1].trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(cells, ["- Checking emails", "- Delivering services", "(such as downloading"])
        XCTAssertTrue(lines[3].contains("|   (such as"), "an item's later lines hang under its text")
        // Sentences are prose, not a list: no markers.
        let prose = [["One.", "Two."]]
        XCTAssertEqual(TableLayout(paragraphs: [prose], width: 20).rowLines(prose).map { $0[0] }, ["One.", "Two."])
    }

    func testTableUsesNaturalWidthsWhenThereIsRoom() {
        let layout = TableLayout(cells: [["a", "bb"], ["ccc", "d"]], width: 80)
        XCTAssertEqual(layout.columnWidths, [3, 2])
    }
}
