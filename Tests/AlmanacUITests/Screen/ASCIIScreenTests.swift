import AlmanacModel
import XCTest
@testable import AlmanacUI

/// Under LANG=C every screen draws ASCII that keeps the meaning: no character it cannot show.
final class ASCIIScreenTests: XCTestCase {
    func assertASCII(_ screen: Screen, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let bad = screen.text.unicodeScalars.filter { $0.value >= 0x80 }
        XCTAssertTrue(bad.isEmpty, "\(what) draws \(Set(bad).map { "U+" + String($0.value, radix: 16) }):\n\(screen.text)",
                      file: file, line: line)
    }

    func testTextPutOnAnASCIIScreenIsTransliterated() {
        var s = Screen(width: 30, height: 1)
        s.asciiOnly = true
        let end = s.put("error – clicking £5", x: 0, y: 0)
        XCTAssertEqual(s.text.trimmingCharacters(in: .whitespacesAndNewlines), "error - clicking GBP5")
        XCTAssertEqual(end, 21, "the caller learns the width drawn")
        var unicode = Screen(width: 30, height: 1)
        unicode.put("error – clicking", x: 0, y: 0)
        XCTAssertTrue(unicode.text.contains("–"), "a UTF-8 terminal keeps the dash")
    }

    func testTheGuideDrawsOnlyASCII() {
        /// Connectivity's text, scrolled to "(USO) – the national standard on connectivity speeds".
        func scrolled(unicode: Bool) -> Screen {
            var app = Fixtures.app(width: 100, height: 30, unicode: unicode)
            app.press(.character("/"))
            app.type("national standard on connectivity")
            app.press(.enter)
            return app.render(width: 100, height: 30)
        }
        XCTAssertTrue(scrolled(unicode: true).text.contains("(USO) – the"), "the dash is on screen: \(scrolled(unicode: true).text)")
        let ascii = scrolled(unicode: false)
        assertASCII(ascii, "connectivity's reading pane")
        XCTAssertTrue(ascii.text.contains("(USO) - the"), ascii.text)
        var app = Fixtures.app(width: 100, height: 30, unicode: false)
        assertASCII(app.render(width: 100, height: 30), "the first screen")
        app.press(.character("?"))
        assertASCII(app.render(width: 100, height: 30), "the help")
    }

    func testTheWalkthroughHeaderKeepsItsSeparators() {
        var app = WalkthroughApp(almanac: RealContent.almanac, progress: AlmanacModel.Progress(), ascii: true,
                                 now: { WalkthroughFixtures.start })
        _ = app.handle(.resize(width: 80, height: 24))
        let frame = app.render(width: 80, height: 24)
        assertASCII(frame, "the walkthrough's welcome")
        XCTAssertTrue(frame.text.contains(" | "), "the · between header parts is a |: \(frame.text)")
        for _ in 0..<12 { _ = app.handle(.key(.enter)) }
        assertASCII(app.render(width: 80, height: 24), "a walkthrough screen")
    }

    func testPresentAndThePresenterViewDrawOnlyASCII() {
        var app = PresentFixtures.app(width: 100, height: 30, ascii: true)
        for _ in 0..<8 {
            assertASCII(app.render(width: 100, height: 30), "slide \(app.slide)")
            _ = app.handle(.key(.character(" ")))
        }
        let presenter = PresentFixtures.app(mode: .presenter, width: 120, height: 40, ascii: true)
        assertASCII(presenter.render(width: 120, height: 40), "the presenter view")
    }
}
