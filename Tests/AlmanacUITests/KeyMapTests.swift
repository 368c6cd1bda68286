import XCTest
@testable import AlmanacUI

final class KeyMapTests: XCTestCase {
    func testNoKeyIsBoundTwiceInAScope() {
        for scope in [Scope.help, .editor, .search, .caseBrowser, .checklist, .main, .global] {
            var seen: [Key: String] = [:]
            for b in KeyMap.bindings where b.scope == scope {
                for k in b.keys {
                    XCTAssertNil(seen[k], "\(k) in \(scope): \(seen[k] ?? "") and \(b.help)")
                    seen[k] = b.help
                }
            }
        }
    }

    /// The help is generated from the table, so every binding's line is in it.
    func testHelpListsEveryBinding() {
        let help = HelpView.lines(width: 200, unicode: true).map(\.plain)
        for b in KeyMap.bindings {
            XCTAssertTrue(help.contains { $0.hasPrefix(b.label) && $0.hasSuffix(b.help) }, b.help)
        }
    }

    func testStatusBarHintsComeFromTheTable() {
        var app = Fixtures.app(width: 130, height: 30)
        app.press(.tab, .end, .enter)
        let bar = app.frame.split(separator: "\n").last.map(String.init) ?? ""
        for (label, hint) in KeyMap.hints(in: app.scopes).prefix(4) {
            XCTAssertTrue(bar.contains("\(label) \(hint)"), "\(label) \(hint) in \(bar)")
        }
        XCTAssertTrue(bar.contains("Space tick"))
    }

    func testDigitsMapToTwelveOutcomes() {
        let b = KeyMap.binding(for: .character("="), in: [.main])
        XCTAssertEqual(b?.command, .jumpOutcome)
        XCTAssertEqual(b?.keys.count, 12)
    }
}
