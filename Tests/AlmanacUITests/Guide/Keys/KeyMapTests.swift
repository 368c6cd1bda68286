import XCTest
@testable import AlmanacUI

final class KeyMapTests: XCTestCase {
    func testNoKeyIsBoundTwiceInAScope() {
        for scope in [Scope.help, .editor, .search, .caseBrowser, .myWork, .checklist, .main, .global] {
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
        let help = HelpText.lines(width: 200, unicode: true).map(\.plain)
        for b in KeyMap.bindings {
            XCTAssertTrue(help.contains { $0.hasPrefix(b.label) && $0.hasSuffix(b.help) }, b.help)
        }
    }

    /// The help points to the other ways in: the plain commands and the manual page.
    func testHelpEndsWithThePlainCommands() {
        let help = HelpText.lines(width: 200, unicode: true).map(\.plain).joined(separator: " ")
        XCTAssertTrue(help.contains("Plain commands"), help)
        XCTAssertTrue(help.contains("almanac --help") && help.contains("man almanac"), help)
        XCTAssertTrue(help.contains("almanac read does all this line by line"), help)
    }

    func testStatusBarHintsComeFromTheTable() {
        var app = Fixtures.app(width: 130, height: 30)
        app.press(.tab, .end, .enter)
        let bar = app.frame.split(separator: "\n").last.map(String.init) ?? ""
        for h in GuideKeys.standard.hints(in: app.scopes).prefix(4) {
            let (label, hint) = (h.label, h.hint)
            XCTAssertTrue(bar.contains("\(label) \(hint)"), "\(label) \(hint) in \(bar)")
        }
        XCTAssertTrue(bar.contains("Space tick"))
    }

    /// The indexed table finds what a scan of the bindings finds, for every key any binding
    /// names and for keys none does, in every scope list the guide uses.
    func testKeyTableAgreesWithAScanOfTheBindings() {
        let scanned = { (key: Key, scopes: [Scope]) -> Int? in
            for scope in scopes {
                if let i = KeyMap.bindings.firstIndex(where: { $0.scope == scope && $0.keys.contains(key) }) { return i }
            }
            return nil
        }
        var keys = KeyMap.bindings.flatMap(\.keys)
        keys += [.character("é"), .character("\r\n"), .character("Z"), .control("z"), .function(5), .function(99), .delete]
        let lists: [[Scope]] = [ScopeLists.help, ScopeLists.editor, ScopeLists.search, ScopeLists.caseBrowser, ScopeLists.myWork,
                                ScopeLists.checklist, ScopeLists.main, [.global], [.checklist]]
        var found = 0
        for key in keys {
            for scopes in lists {
                XCTAssertEqual(KeyTable.index(of: key, in: scopes, entries: KeyTable.entries(KeyMap.bindings)), scanned(key, scopes), "\(key) in \(scopes)")
                if scanned(key, scopes) != nil { found += 1 }
            }
        }
        XCTAssertGreaterThan(found, 100)
        XCTAssertNil(KeyTable.code(.character("é")))
        XCTAssertNil(KeyTable.code(.character("\r\n")))
    }

    func testDigitsMapToTwelveOutcomes() {
        let b = GuideKeys.standard.binding(for: .character("="), in: [.main])
        XCTAssertEqual(b?.command, .jumpOutcome)
        XCTAssertEqual(b?.keys.count, 12)
        XCTAssertEqual(GuideKeys.standard.command(for: .character("="), in: [.main])?.keyIndex, 11)
        XCTAssertEqual(GuideKeys.standard.command(for: .character("1"), in: ScopeLists.main)?.keyIndex, 0)
    }
}
