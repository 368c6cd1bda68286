import AlmanacTerminal
import AlmanacUI
import XCTest

final class TerminalThemeTests: XCTestCase {
    func testNamesMatchTheCommandLine() {
        XCTAssertEqual(TerminalTheme(rawValue: "default"), .default)
        XCTAssertEqual(TerminalTheme(rawValue: "high-contrast"), .highContrast)
        XCTAssertEqual(TerminalTheme(rawValue: "mono"), .mono)
        XCTAssertNil(TerminalTheme(rawValue: "dark"))
    }

    func testNoColourChoosesMonoUnlessAThemeIsAskedFor() {
        XCTAssertEqual(TerminalTheme.resolve(requested: nil, environment: ["NO_COLOR": "1"]), .mono)
        XCTAssertEqual(TerminalTheme.resolve(requested: nil, environment: ["NO_COLOR": ""]), .default, "an empty NO_COLOR does not count")
        XCTAssertEqual(TerminalTheme.resolve(requested: nil, environment: [:]), .default)
        XCTAssertEqual(TerminalTheme.resolve(requested: .highContrast, environment: ["NO_COLOR": "1"]), .highContrast)
    }

    func testMonoUsesNoColourAtAll() {
        XCTAssertFalse(TerminalTheme.mono.usesColour)
        for role in Role.allCases {
            let look = TerminalTheme.mono.look(role)
            XCTAssertEqual(look.foreground, -1, "\(role)")
            XCTAssertEqual(look.background, -1, "\(role)")
        }
    }

    /// In mono, attributes are all there is: the roles a reader must tell apart must differ.
    func testMonoKeepsSelectionAndHeadingsVisible() {
        let normal = TerminalTheme.mono.look(.normal)
        for role in [Role.selected, .title, .heading, .error, .status] {
            XCTAssertNotEqual(TerminalTheme.mono.look(role), normal, "\(role) looks like normal text in mono")
        }
        XCTAssertTrue(TerminalTheme.mono.look(.selected).reverse)
    }

    func testSelectionStandsOutInEveryTheme() {
        for theme in TerminalTheme.allCases {
            XCTAssertNotEqual(theme.look(.selected), theme.look(.normal), "\(theme)")
        }
    }

    func testHighContrastHasNoDimText() {
        for role in Role.allCases {
            XCTAssertFalse(TerminalTheme.highContrast.look(role).dim, "\(role)")
            XCTAssertNotEqual(TerminalTheme.highContrast.look(role).foreground, TerminalTheme.highContrast.look(role).background, "\(role)")
        }
    }
}
