import AlmanacModel
import XCTest

final class SafeTextTests: XCTestCase {
    func testEscapeSequencesBecomeVisible() {
        XCTAssertEqual(displaySafe("a\u{1B}[2Jb"), "a\\u{1B}[2Jb")
        XCTAssertEqual(displaySafe("bell\u{07} nul\u{00} del\u{7F} csi\u{9B}"),
                       "bell\\u{7} nul\\u{0} del\\u{7F} csi\\u{9B}")
        XCTAssertEqual(displaySafe("tab\there"), "tab\\u{9}here")
    }

    func testLineBreaksAreKeptAndNormalised() {
        XCTAssertEqual(displaySafe("one\ntwo\r\nthree\rfour"), "one\ntwo\nthree\nfour")
        XCTAssertEqual(displaySafe("\r\n\r\n"), "\n\n")
    }

    func testBidiOverridesSeparatorsAndNoncharactersAreEscaped() {
        XCTAssertEqual(displaySafe("abc\u{202E}fed"), "abc\\u{202E}fed")
        XCTAssertEqual(displaySafe("x\u{2066}y\u{2069}"), "x\\u{2066}y\\u{2069}")
        XCTAssertEqual(displaySafe("p\u{2028}q"), "p\\u{2028}q")
        // Swift literals cannot hold noncharacters; build them.
        let nonchars = String(String.UnicodeScalarView([0xFFFE, 0xFDD0, 0x1FFFF].compactMap(Unicode.Scalar.init)))
        XCTAssertEqual(nonchars.unicodeScalars.count, 3)
        XCTAssertEqual(displaySafe(nonchars), "\\u{FFFE}\\u{FDD0}\\u{1FFFF}")
    }

    func testOrdinaryTextIsUntouched() {
        let text = "Café – “quotes”, <b>, | pipes, é, 日本語, 👍🏽, C:\\Users\\jo, \"x\", 50% & more"
        XCTAssertEqual(displaySafe(text), text)
        XCTAssertEqual(displaySafe(""), "")
    }
}
