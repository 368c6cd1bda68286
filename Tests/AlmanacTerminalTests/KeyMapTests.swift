import AlmanacTerminal
import AlmanacUI
import CNcursesw
import XCTest

final class KeyMapTests: XCTestCase {
    func testCursorAndPagingCodes() {
        XCTAssertEqual(KeyMap.key(code: KEY_UP), .up)
        XCTAssertEqual(KeyMap.key(code: KEY_DOWN), .down)
        XCTAssertEqual(KeyMap.key(code: KEY_LEFT), .left)
        XCTAssertEqual(KeyMap.key(code: KEY_RIGHT), .right)
        XCTAssertEqual(KeyMap.key(code: KEY_PPAGE), .pageUp)
        XCTAssertEqual(KeyMap.key(code: KEY_NPAGE), .pageDown)
        XCTAssertEqual(KeyMap.key(code: KEY_HOME), .home)
        XCTAssertEqual(KeyMap.key(code: KEY_END), .end)
    }

    func testEditingCodes() {
        XCTAssertEqual(KeyMap.key(code: KEY_ENTER), .enter)
        XCTAssertEqual(KeyMap.key(code: KEY_BACKSPACE), .backspace)
        XCTAssertEqual(KeyMap.key(code: KEY_DC), .delete)
        XCTAssertEqual(KeyMap.key(code: KEY_BTAB), .backTab)
    }

    func testFunctionKeysAreNumberedFromOne() {
        XCTAssertEqual(KeyMap.key(code: KEY_F0 + 1), .function(1))
        XCTAssertEqual(KeyMap.key(code: KEY_F0 + 10), .function(10))
        XCTAssertEqual(KeyMap.key(code: KEY_F0 + 12), .function(12))
        XCTAssertNil(KeyMap.key(code: KEY_F0), "F0 does not exist on keyboards")
    }

    func testUnusedCodesAreIgnored() {
        XCTAssertNil(KeyMap.key(code: KEY_IC))
        XCTAssertNil(KeyMap.key(code: KEY_MOUSE), "mouse events are read with getmouse, not mapped as keys")
        XCTAssertNil(KeyMap.key(code: KEY_RESIZE), "resizes become InputEvent.resize, not keys")
    }

    func testEnterArrivesAsNewlineOrCarriageReturn() {
        XCTAssertEqual(KeyMap.key(character: 10), .enter)
        XCTAssertEqual(KeyMap.key(character: 13), .enter)
    }

    func testBackspaceArrivesAsDeleteOrControlH() {
        XCTAssertEqual(KeyMap.key(character: 127), .backspace)
        XCTAssertEqual(KeyMap.key(character: 8), .backspace)
    }

    func testTabAndEscape() {
        XCTAssertEqual(KeyMap.key(character: 9), .tab)
        XCTAssertEqual(KeyMap.key(character: 27), .escape)
    }

    func testControlLetters() {
        XCTAssertEqual(KeyMap.key(character: 1), .control("a"))
        XCTAssertEqual(KeyMap.key(character: 6), .control("f"))
        XCTAssertEqual(KeyMap.key(character: 19), .control("s"))
        XCTAssertEqual(KeyMap.key(character: 26), .control("z"))
    }

    func testOtherControlCodesAreIgnored() {
        XCTAssertNil(KeyMap.key(character: 0))
        XCTAssertNil(KeyMap.key(character: 28))
        XCTAssertNil(KeyMap.key(character: 0x85), "C1 controls are not characters to type")
    }

    func testPrintableCharacters() {
        XCTAssertEqual(KeyMap.key(character: UInt32(UInt8(ascii: "q"))), .character("q"))
        XCTAssertEqual(KeyMap.key(character: UInt32(UInt8(ascii: " "))), .character(" "))
        XCTAssertEqual(KeyMap.key(character: 0xE9), .character("é"))
        XCTAssertEqual(KeyMap.key(character: 0x6F22), .character("漢"))
    }

    func testInvalidScalarIsIgnored() {
        XCTAssertNil(KeyMap.key(character: 0xD800), "a lone surrogate is not a character")
    }
}
