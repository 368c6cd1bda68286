import XCTest
import AlmanacModel
import AlmanacUI

/// The frame grid views draw into and snapshot tests read.
final class ScreenGridTests: XCTestCase {
    func testTextSkipsContinuationCellsAndTrimsTrailingSpaces() {
        var s = Screen(width: 6, height: 2)
        s[0, 0] = Cell("日")
        s[1, 0] = Cell(" ", continuation: true)
        s[2, 0] = Cell("x")
        XCTAssertEqual(s.line(0), "日x   ")
        XCTAssertEqual(s.text, "日x\n")
    }

    func testWritesOutsideTheGridAreIgnoredAndTheCursorIsClamped() {
        var s = Screen(width: 3, height: 2)
        s[5, 5] = Cell("z")
        s[-1, 0] = Cell("z")
        XCTAssertFalse(s.text.contains("z"))
        s.cursor = (x: 10, y: -4)
        XCTAssertEqual(s.cursor.x, 2)
        XCTAssertEqual(s.cursor.y, 0)
    }

    func testAnEmptyScreenHasNoCells() {
        let s = Screen(width: 0, height: -3)
        XCTAssertEqual(s.cells.count, 0)
        XCTAssertEqual(s.text, "")
    }

    func testEveryKindOfTextLandsOneCharacterPerCellWhicheverPathDrawsIt() {
        // ASCII, Latin and punctuation take fast paths; marks, wide and emoji go grapheme by grapheme.
        let texts = ["plain ASCII", "It\u{2019}s \u{201C}ok\u{201D} \u{2013} \u{2500}\u{2502} \u{E9}\u{A3}\u{2026}",
                     "e\u{301}x", "\u{65E5}\u{672C}!", "a\u{200D}b", "\u{1F1EC}\u{1F1E7}", "tab\there"]
        for text in texts {
            var s = Screen(width: 20, height: 1)
            let end = s.put(text, x: 1, y: 0)
            var expected = Screen(width: 20, height: 1)
            var col = 1
            for ch in text {
                let w = DisplayWidth.of(ch)
                if w == 0 { continue }
                expected[col, 0] = Cell(ch)
                if w == 2 { expected[col + 1, 0] = Cell(" ", continuation: true) }
                col += w
            }
            XCTAssertEqual(s, expected, text)
            XCTAssertEqual(end, col, text)
        }
    }
}
