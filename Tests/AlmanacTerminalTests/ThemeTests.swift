import AlmanacTerminal
import AlmanacUI
import XCTest

final class ThemeTests: XCTestCase {
    func testNamesMatchTheCommandLine() {
        XCTAssertEqual(Theme(rawValue: "default"), .default)
        XCTAssertEqual(Theme(rawValue: "high-contrast"), .highContrast)
        XCTAssertEqual(Theme(rawValue: "mono"), .mono)
        XCTAssertNil(Theme(rawValue: "dark"))
    }

    func testNoColourChoosesMonoUnlessAThemeIsAskedFor() {
        XCTAssertEqual(Theme.resolve(requested: nil, environment: ["NO_COLOR": "1"]), .mono)
        XCTAssertEqual(Theme.resolve(requested: nil, environment: ["NO_COLOR": ""]), .default, "an empty NO_COLOR does not count")
        XCTAssertEqual(Theme.resolve(requested: nil, environment: [:]), .default)
        XCTAssertEqual(Theme.resolve(requested: .highContrast, environment: ["NO_COLOR": "1"]), .highContrast)
    }

    func testMonoUsesNoColourAtAll() {
        XCTAssertFalse(Theme.mono.usesColour)
        for role in Role.allCases {
            let look = Theme.mono.look(role)
            XCTAssertEqual(look.foreground, -1, "\(role)")
            XCTAssertEqual(look.background, -1, "\(role)")
        }
    }

    /// In mono, attributes are all there is: the roles a reader must tell apart must differ.
    func testMonoKeepsSelectionAndHeadingsVisible() {
        let normal = Theme.mono.look(.normal)
        for role in [Role.selected, .title, .heading, .error, .status] {
            XCTAssertNotEqual(Theme.mono.look(role), normal, "\(role) looks like normal text in mono")
        }
        XCTAssertTrue(Theme.mono.look(.selected).reverse)
    }

    func testSelectionStandsOutInEveryTheme() {
        for theme in Theme.allCases {
            XCTAssertNotEqual(theme.look(.selected), theme.look(.normal), "\(theme)")
        }
    }

    func testHighContrastHasNoDimText() {
        for role in Role.allCases {
            XCTAssertFalse(Theme.highContrast.look(role).dim, "\(role)")
            XCTAssertNotEqual(Theme.highContrast.look(role).foreground, Theme.highContrast.look(role).background, "\(role)")
        }
    }
}
