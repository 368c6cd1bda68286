import AlmanacTerminal
import AlmanacUI
import CNcursesw
import XCTest

final class CursesKeyMapTests: XCTestCase {
    func testCursorAndPagingCodes() {
        XCTAssertEqual(CursesKeyMap.key(code: KEY_UP), .up)
        XCTAssertEqual(CursesKeyMap.key(code: KEY_DOWN), .down)
        XCTAssertEqual(CursesKeyMap.key(code: KEY_LEFT), .left)
        XCTAssertEqual(CursesKeyMap.key(code: KEY_RIGHT), .right)
        XCTAssertEqual(CursesKeyMap.key(code: KEY_PPAGE), .pageUp)
        XCTAssertEqual(CursesKeyMap.key(code: KEY_NPAGE), .pageDown)
        XCTAssertEqual(CursesKeyMap.key(code: KEY_HOME), .home)
        XCTAssertEqual(CursesKeyMap.key(code: KEY_END), .end)
    }

    func testEditingCodes() {
        XCTAssertEqual(CursesKeyMap.key(code: KEY_ENTER), .enter)
        XCTAssertEqual(CursesKeyMap.key(code: KEY_BACKSPACE), .backspace)
        XCTAssertEqual(CursesKeyMap.key(code: KEY_DC), .delete)
        XCTAssertEqual(CursesKeyMap.key(code: KEY_BTAB), .backTab)
    }

    func testFunctionKeysAreNumberedFromOne() {
        XCTAssertEqual(CursesKeyMap.key(code: KEY_F0 + 1), .function(1))
        XCTAssertEqual(CursesKeyMap.key(code: KEY_F0 + 10), .function(10))
        XCTAssertEqual(CursesKeyMap.key(code: KEY_F0 + 12), .function(12))
        XCTAssertNil(CursesKeyMap.key(code: KEY_F0), "F0 does not exist on keyboards")
    }

    func testUnusedCodesAreIgnored() {
        XCTAssertNil(CursesKeyMap.key(code: KEY_IC))
        XCTAssertNil(CursesKeyMap.key(code: KEY_MOUSE), "mouse events are read with getmouse, not mapped as keys")
        XCTAssertNil(CursesKeyMap.key(code: KEY_RESIZE), "resizes become InputEvent.resize, not keys")
    }

    func testEnterArrivesAsNewlineOrCarriageReturn() {
        XCTAssertEqual(CursesKeyMap.key(character: 10), .enter)
        XCTAssertEqual(CursesKeyMap.key(character: 13), .enter)
    }

    func testBackspaceArrivesAsDeleteOrControlH() {
        XCTAssertEqual(CursesKeyMap.key(character: 127), .backspace)
        XCTAssertEqual(CursesKeyMap.key(character: 8), .backspace)
    }

    func testTabAndEscape() {
        XCTAssertEqual(CursesKeyMap.key(character: 9), .tab)
        XCTAssertEqual(CursesKeyMap.key(character: 27), .escape)
    }

    func testControlLetters() {
        XCTAssertEqual(CursesKeyMap.key(character: 1), .control("a"))
        XCTAssertEqual(CursesKeyMap.key(character: 6), .control("f"))
        XCTAssertEqual(CursesKeyMap.key(character: 19), .control("s"))
        XCTAssertEqual(CursesKeyMap.key(character: 26), .control("z"))
    }

    func testOtherControlCodesAreIgnored() {
        XCTAssertNil(CursesKeyMap.key(character: 0))
        XCTAssertNil(CursesKeyMap.key(character: 28))
        XCTAssertNil(CursesKeyMap.key(character: 0x85), "C1 controls are not characters to type")
    }

    func testPrintableCharacters() {
        XCTAssertEqual(CursesKeyMap.key(character: UInt32(UInt8(ascii: "q"))), .character("q"))
        XCTAssertEqual(CursesKeyMap.key(character: UInt32(UInt8(ascii: " "))), .character(" "))
        XCTAssertEqual(CursesKeyMap.key(character: 0xE9), .character("é"))
        XCTAssertEqual(CursesKeyMap.key(character: 0x6F22), .character("漢"))
    }

    func testInvalidScalarIsIgnored() {
        XCTAssertNil(CursesKeyMap.key(character: 0xD800), "a lone surrogate is not a character")
    }

    func testAKeyThatCameWithAnEscIsAlt() {
        XCTAssertEqual(CursesKeyMap.alt(character: UInt32(UInt8(ascii: "b"))), .alt("b"))
        XCTAssertEqual(CursesKeyMap.alt(character: 127), .alt("\u{7f}"))
        XCTAssertNil(CursesKeyMap.alt(character: 27), "Esc Esc is two Escs")
        XCTAssertNil(CursesKeyMap.alt(character: 13), "Esc then Enter stays two keys")
        XCTAssertEqual(Key.alt("j").unfolded, [.escape, .character("j")])
        XCTAssertEqual(Key.alt("\u{7f}").unfolded, [.escape, .backspace])
    }
}
