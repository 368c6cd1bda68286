import XCTest
@testable import AlmanacUI

/// Every text field (search, note, owner, due) edits as a shell's line does.
final class TextFieldEditingTests: XCTestCase {
    /// A field holding `text` with the caret where `|` is.
    func field(_ text: String, multiline: Bool = false) -> TextField {
        let at = text.firstIndex(of: "|")!
        var f = TextField(text.replacingOccurrences(of: "|", with: ""), caretAtStart: true, multiline: multiline)
        for _ in 0..<text.distance(from: text.startIndex, to: at) { f.right() }
        return f
    }

    func shown(_ f: TextField) -> String {
        var s = f.text
        s.insert("|", at: s.index(s.startIndex, offsetBy: f.cursor))
        return s
    }

    func after(_ keys: Key..., on text: String, multiline: Bool = false) -> String {
        var f = field(text, multiline: multiline)
        for k in keys { XCTAssertTrue(f.edit(k), "\(k) is an editing key") }
        return shown(f)
    }

    func testCtrlWErasesTheWordBeforeTheCaretAndTheSpacesAfterIt() {
        XCTAssertEqual(after(.control("w"), on: "ask the DPO|"), "ask the |")
        XCTAssertEqual(after(.control("w"), on: "ask the DPO  |"), "ask the |")
        XCTAssertEqual(after(.control("w"), .control("w"), on: "ask the DPO|"), "ask |")
        XCTAssertEqual(after(.control("w"), on: "ask the| DPO"), "ask | DPO")
        XCTAssertEqual(after(.control("w"), on: "|ask"), "|ask")
        XCTAssertEqual(after(.control("w"), on: "e-mail the DPO|"), "e-mail the |", "a shell's Ctrl-W stops at spaces only")
    }

    func testAltBackspaceErasesBackToPunctuation() {
        XCTAssertEqual(after(.alt("\u{7f}"), on: "e-mail|"), "e-|")
    }

    func testAltBAndFMoveByWords() {
        XCTAssertEqual(after(.alt("b"), on: "ask the DPO|"), "ask the |DPO")
        XCTAssertEqual(after(.alt("b"), .alt("b"), on: "ask the DPO|"), "ask |the DPO")
        XCTAssertEqual(after(.alt("f"), on: "|ask the DPO"), "ask| the DPO")
        XCTAssertEqual(after(.alt("f"), .alt("f"), on: "|ask the DPO"), "ask the| DPO")
        XCTAssertEqual(after(.alt("f"), on: "ask the DPO|"), "ask the DPO|")
        XCTAssertEqual(after(.alt("b"), on: "|ask"), "|ask")
        XCTAssertEqual(after(.alt("d"), on: "ask |the DPO"), "ask | DPO")
    }

    func testCtrlUAndKEraseToTheLinesStartAndEnd() {
        XCTAssertEqual(after(.control("u"), on: "ask the| DPO"), "| DPO")
        XCTAssertEqual(after(.control("k"), on: "ask the| DPO"), "ask the|")
        XCTAssertEqual(after(.control("u"), on: "first\nask the| DPO", multiline: true), "first\n| DPO",
                       "in a note, only the caret's line")
        XCTAssertEqual(after(.control("k"), on: "fi|rst\nsecond", multiline: true), "fi|\nsecond")
    }

    func testCtrlAAndEGoToTheLineHomeAndEndToTheText() {
        XCTAssertEqual(after(.control("a"), on: "ask the| DPO"), "|ask the DPO")
        XCTAssertEqual(after(.control("e"), on: "ask| the DPO"), "ask the DPO|")
        XCTAssertEqual(after(.control("a"), on: "first\nsec|ond", multiline: true), "first\n|second")
        XCTAssertEqual(after(.control("e"), on: "fi|rst\nsecond", multiline: true), "first|\nsecond")
        XCTAssertEqual(after(.end, on: "fi|rst\nsecond", multiline: true), "first\nsecond|")
        XCTAssertEqual(after(.home, on: "first\nsec|ond", multiline: true), "|first\nsecond")
    }

    func testWordsAreGraphemes() {
        XCTAssertEqual(after(.alt("b"), on: "café crème|"), "café |crème")
        XCTAssertEqual(after(.control("w"), on: "日本 語|"), "日本 |")
    }

    func testTheSearchFieldTakesTheShellKeys() {
        var app = Fixtures.app(width: 100, height: 30)
        app.press(.character("/"))
        app.type("digital skills")
        app.press(.control("w"))
        XCTAssertEqual(app.search.field.text, "digital ")
        XCTAssertTrue(app.frame.contains("Find: digital  "), app.frame)
        app.type("inclusion")
        app.press(.alt("b"), .alt("b"), .control("k"))
        XCTAssertEqual(app.search.field.text, "")
        app.type("cyber")
        app.press(.control("a"))
        app.type("x")
        XCTAssertEqual(app.search.field.text, "xcyber")
    }

    func testAnAltKeyOutsideAFieldIsEscThenTheKey() {
        var app = Fixtures.app(width: 100, height: 30)
        app.press(.character("/"))
        app.type("cyber")
        // Esc closes the search, then j moves down, as when the two came apart.
        app.press(.alt("j"))
        XCTAssertEqual(app.mode, .main)
        XCTAssertFalse(app.wantsAltKeys)
    }

    func testOneMatchIsSingular() {
        var app = Fixtures.app(width: 100, height: 30)
        app.press(.character("/"))
        app.type("Epping")
        XCTAssertTrue(app.frame.contains("1 match"), app.frame)
        XCTAssertFalse(app.frame.contains("1 matches"))
    }
}
