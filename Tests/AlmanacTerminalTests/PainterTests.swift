@testable import AlmanacTerminal
import AlmanacUI
import CNcursesw
import Glibc
import XCTest

/// Paints frames into a curses window whose output goes to /dev/null, then reads the
/// window back cell by cell: what the terminal would be told to show, without a terminal.
final class PainterTests: XCTestCase {
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>!
    private var files: [UnsafeMutablePointer<FILE>] = []

    override func setUpWithError() throws {
        setlocale(LC_ALL, "C.UTF-8")
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
            throw XCTSkip("cannot open /dev/null")
        }
        files = [output, input]
        guard let screen = newterm("xterm-256color", output, input) else { throw XCTSkip("no xterm-256color terminfo") }
        self.screen = screen
        set_term(screen)
        window = almanac_stdscr()
    }

    override func tearDown() {
        endwin()
        if let screen { delscreen(screen) }
        files.forEach { fclose($0) }
    }

    private var width: Int { Int(getmaxx(window)) }
    private var height: Int { Int(getmaxy(window)) }

    private func painter() -> Painter { Painter(window: window) }

    /// The base character curses holds at a cell.
    private func character(x: Int, y: Int) -> Character? {
        var cell = cchar_t()
        guard mvwin_wch(window, Int32(y), Int32(x), &cell) == OK else { return nil }
        var text = [wchar_t](repeating: 0, count: 8)
        var attr: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&cell, &text, &attr, &pair, nil) == OK else { return nil }
        return Unicode.Scalar(UInt32(bitPattern: text[0])).map(Character.init)
    }

    private func row(_ y: Int, from x: Int, count: Int) -> String {
        String((x..<x + count).compactMap { character(x: $0, y: y) })
    }

    private func write(_ text: String, x: Int, y: Int, into screen: inout Screen) {
        for (i, c) in text.enumerated() { screen[x + i, y] = Cell(c) }
    }

    func testTextLandsWhereTheScreenSays() {
        var frame = Screen(width: width, height: height)
        write("Hello", x: 3, y: 2, into: &frame)
        painter().paint(frame)
        XCTAssertEqual(row(2, from: 3, count: 5), "Hello")
        XCTAssertEqual(character(x: 2, y: 2), " ")
    }

    func testWideCharacterTakesTwoColumnsAndTheTextAfterItStaysAligned() {
        var frame = Screen(width: width, height: height)
        frame[0, 0] = Cell("漢")
        frame[1, 0] = Cell(" ", continuation: true)
        frame[2, 0] = Cell("x")
        painter().paint(frame)
        XCTAssertEqual(character(x: 0, y: 0), "漢")
        XCTAssertEqual(character(x: 2, y: 0), "x")
    }

    func testBottomRightCellIsFilledWithoutScrolling() {
        var frame = Screen(width: width, height: height)
        write("top", x: 0, y: 0, into: &frame)
        frame[width - 1, height - 1] = Cell("Z")
        painter().paint(frame)
        XCTAssertEqual(character(x: width - 1, y: height - 1), "Z")
        XCTAssertEqual(row(0, from: 0, count: 3), "top", "the window scrolled")
    }

    func testWideCharacterInTheLastColumnBecomesASpaceRatherThanWrapping() {
        var frame = Screen(width: width, height: height)
        frame[width - 1, 0] = Cell("漢")
        write("next", x: 0, y: 1, into: &frame)
        painter().paint(frame)
        XCTAssertEqual(character(x: width - 1, y: 0), " ")
        XCTAssertEqual(row(1, from: 0, count: 4), "next")
    }

    func testControlCharactersAreNotSentToTheTerminal() {
        var frame = Screen(width: width, height: height)
        frame[0, 0] = Cell("\u{1B}")
        frame[1, 0] = Cell("\t")
        painter().paint(frame)
        XCTAssertEqual(row(0, from: 0, count: 2), "  ")
    }

    func testCombiningMarkStaysWithItsBase() {
        var frame = Screen(width: width, height: height)
        frame[0, 0] = Cell("e\u{301}")
        frame[1, 0] = Cell("x")
        painter().paint(frame)
        XCTAssertEqual(character(x: 0, y: 0), "e")
        XCTAssertEqual(character(x: 1, y: 0), "x")
    }

    /// Unchanged cells are skipped on the second frame; changed ones must still arrive.
    func testSecondFrameShowsOnlyWhatItSays() {
        let painter = painter()
        var first = Screen(width: width, height: height)
        write("first frame", x: 0, y: 0, into: &first)
        painter.paint(first)
        var second = Screen(width: width, height: height)
        write("second", x: 0, y: 0, into: &second)
        painter.paint(second)
        XCTAssertEqual(row(0, from: 0, count: 11), "second     ")
    }

    func testScrolledFramesLandExactlyAsDrawn() {
        // Rows moved up and down by the window's own scrolling must end where the frame says.
        func frame(_ first: Int) -> Screen {
            var f = Screen(width: width, height: height)
            write("fixed title", x: 0, y: 0, into: &f)
            for y in 1..<height - 1 { write("row \(first + y)", x: 2, y: y, into: &f) }
            write("status \(first)", x: 0, y: height - 1, into: &f)
            return f
        }
        let p = painter()
        for first in [0, 1, 2, 1, 4, 3, 3, 0] {
            p.paint(frame(first))
            XCTAssertEqual(row(0, from: 0, count: 11), "fixed title")
            for y in [1, height / 2, height - 2] {
                let text = "row \(first + y)"
                XCTAssertEqual(row(y, from: 2, count: text.count), text, "row \(y) after scrolling to \(first)")
                XCTAssertEqual(character(x: 2 + text.count, y: y), " ", "nothing left over from the old row")
            }
            XCTAssertEqual(row(height - 1, from: 0, count: 8), "status \(first)")
        }
    }

    /// Frames made from the last one (as the guide's reading view makes them) say which rows
    /// moved and which were drawn; the window must end up exactly as each frame says.
    func testFramesMadeFromTheLastOneLandExactlyAsDrawn() {
        let rows = 1...(height - 2)
        func text(_ first: Int, _ y: Int) -> String { "line \(first + y) of the document" }
        var frame = Screen(width: width, height: height)
        write("title", x: 0, y: 0, into: &frame)
        for y in rows { write(text(0, y), x: 2, y: y, into: &frame) }
        frame.lineage = Screen.Lineage()
        frame.lineage?.serial = 1
        let p = painter()
        p.paint(frame)
        var first = 0
        for (serial, by) in [(2, 1), (3, 1), (4, -1), (5, 2), (6, -2), (7, 0)] {
            var next = Screen(frame, scrolling: rows, by: by)
            first += by
            var lineage = Screen.Lineage()
            (lineage.base, lineage.serial, lineage.top, lineage.bottom, lineage.by) = (serial - 1, serial, rows.lowerBound, rows.upperBound, by)
            let exposed = by > 0 ? Array((rows.upperBound - by + 1)...rows.upperBound) : Array(rows.lowerBound..<(rows.lowerBound - by))
            for y in exposed { write(text(first, y), x: 2, y: y, into: &next); lineage.markDrawn(y) }
            next.lineage = lineage
            p.paint(next)
            for y in rows {
                XCTAssertEqual(row(y, from: 2, count: text(first, y).count), text(first, y), "row \(y) after moving by \(by)")
            }
            XCTAssertEqual(row(0, from: 0, count: 5), "title")
            frame = next
        }
    }

    /// A frame whose base is not the frame drawn last is compared in full, lineage or not.
    func testALineageFromAnotherFrameIsNotTrusted() {
        var a = Screen(width: width, height: height)
        write("first", x: 0, y: 3, into: &a)
        a.lineage = Screen.Lineage()
        a.lineage?.serial = 10
        var b = Screen(width: width, height: height)
        write("second", x: 0, y: 3, into: &b)
        var lineage = Screen.Lineage()
        (lineage.base, lineage.serial) = (9, 11)   // says it follows frame 9, which was never drawn
        b.lineage = lineage
        let p = painter()
        p.paint(a)
        p.paint(b)
        XCTAssertEqual(row(3, from: 0, count: 6), "second")
        // Following the frame drawn last, rows it does not mark as drawn are taken as they were.
        var c = b
        write("third!", x: 0, y: 3, into: &c)
        (lineage.base, lineage.serial) = (11, 12)
        c.lineage = lineage
        p.paint(c)
        XCTAssertEqual(row(3, from: 0, count: 6), "second", "the painter trusts the lineage: row 3 was not drawn")
    }

    func testCursorIsParkedWhereTheScreenSays() {
        var frame = Screen(width: width, height: height)
        frame.cursor = (7, 4)
        painter().paint(frame)
        XCTAssertEqual(getcurx(window), 7)
        XCTAssertEqual(getcury(window), 4)
    }

    func testRolesGetTheirThemeAttributes() {
        var frame = Screen(width: width, height: height)
        frame[0, 0] = Cell("s", style: Style(.selected))
        frame[1, 0] = Cell("n")
        frame.theme = .mono
        painter().paint(frame)
        var cell = cchar_t()
        var text = [wchar_t](repeating: 0, count: 8)
        var attr: attr_t = 0
        var pair: Int16 = 0
        mvwin_wch(window, 0, 0, &cell)
        getcchar(&cell, &text, &attr, &pair, nil)
        XCTAssertNotEqual(attr & almanac_a_reverse(), 0, "selected is reverse video in mono")
        mvwin_wch(window, 0, 1, &cell)
        getcchar(&cell, &text, &attr, &pair, nil)
        XCTAssertEqual(attr & almanac_a_reverse(), 0)
    }
}
