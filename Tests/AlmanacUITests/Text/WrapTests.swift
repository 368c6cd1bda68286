import AlmanacModel
import XCTest
@testable import AlmanacUI

final class WrapTests: XCTestCase {
    func testWrapsByColumnsNotCharacters() {
        XCTAssertEqual(StyledWrap.strings("aaa bbb ccc", width: 7), ["aaa bbb", "ccc"])
        // Each ideograph is two columns: four of them fill eight.
        XCTAssertEqual(StyledWrap.strings("日本 語語 日本語", width: 8), ["日本", "語語", "日本語"])
        XCTAssertEqual(StyledWrap.strings("日本 語語", width: 9), ["日本 語語"])
    }

    func testHangingIndentForBullets() {
        let lines = StyledWrap.lines([Run("one two three four")], width: 10, prefix: Run("• "), indent: 2).map(\.plain)
        XCTAssertEqual(lines, ["• one two", "  three", "  four"])
    }

    func testLongWordsAreCutAndSpacesCollapse() {
        XCTAssertEqual(StyledWrap.strings("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(StyledWrap.strings("a   b", width: 10), ["a b"])
        XCTAssertEqual(StyledWrap.strings("", width: 10), [""])
    }

    func testStylesSurviveAndWordsSpanRuns() {
        let runs = [Run("see "), Run("Vodafone", Style(underline: true)), Run("'s tools")]
        let lines = StyledWrap.lines(runs, width: 12)
        XCTAssertEqual(lines.map(\.plain), ["see", "Vodafone's", "tools"])
        XCTAssertEqual(lines[1].runs.first?.style.underline, true)
        XCTAssertEqual(lines[1].runs.last?.text, "'s")
    }

    /// Every paragraph of the almanac, at many widths: no line wider than asked, no word lost.
    func testNoLineOverflowsOnTheRealText() {
        let paragraphs = Fixtures.almanac.outcomes.flatMap { $0.sections.flatMap(\.blocks) }.compactMap { b -> RichText? in
            if case .paragraph(let t) = b { return t } else { return nil }
        }
        XCTAssertGreaterThan(paragraphs.count, 100)
        for width in [20, 37, 60, 76, 117] {
            for p in paragraphs {
                let lines = StyledWrap.lines(p.runs(), width: width, prefix: Run("• "), indent: 2)
                for l in lines { XCTAssertLessThanOrEqual(l.width, width, l.plain) }
                guard width >= 30 else { continue }  // narrower, long words are cut
                let words = lines.map(\.plain).joined(separator: " ").split(separator: " ").filter { $0 != "•" }
                XCTAssertEqual(words, p.plain.split(separator: " "))
            }
        }
    }
}
