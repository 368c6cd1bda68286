import AlmanacTerminal
import XCTest

final class TerminalLocaleTests: XCTestCase {
    func testUTF8CodesetNames() {
        XCTAssertTrue(TerminalLocale.isUTF8(codeset: "UTF-8"))
        XCTAssertTrue(TerminalLocale.isUTF8(codeset: "utf8"))
        XCTAssertFalse(TerminalLocale.isUTF8(codeset: "ANSI_X3.4-1968"), "the C locale's codeset is ASCII")
        XCTAssertFalse(TerminalLocale.isUTF8(codeset: "ISO-8859-1"))
    }
}
