import AlmanacTerminal
import AlmanacUI
import XCTest

/// Every colour pair of every theme, measured: WCAG contrast on xterm's palette, dark and
/// light, 256 colours and 8, bold or not (xterm brightens bold colours 0-7), reversed or not.
final class ThemeContrastTests: XCTestCase {
    func testEveryPairReachesItsContrastOnEveryBackground() {
        var measured = 0
        for theme in TerminalTheme.allCases {
            for background in TerminalBackground.allCases {
                for depth in TerminalTheme.Depth.allCases {
                    for role in Role.allCases {
                        let look = theme.look(role, on: background, depth: depth)
                        for bold in [false, true] {
                            // Reverse video swaps the two colours: the ratio is the same.
                            for pair in ColourContrast.shownPairs(look, bold: bold, on: background) {
                                let ratio = ColourContrast.ratio(pair.text, pair.background)
                                XCTAssertGreaterThanOrEqual(ratio, TerminalTheme.requiredContrast(role),
                                    "\(theme) \(role) on \(background), \(depth)\(bold ? ", bold" : ""): \(String(format: "%.2f", ratio)):1")
                                measured += 1
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(measured, TerminalTheme.allCases.count * 2 * 2 * Role.allCases.count * 2 - 1)
    }

    /// The selection bar must stand out from the terminal's background (3:1, as for any
    /// control), or be reverse video of the terminal's own colours.
    func testSelectionBarShowsOnEveryBackground() {
        for theme in TerminalTheme.allCases {
            for background in TerminalBackground.allCases {
                for depth in TerminalTheme.Depth.allCases {
                    let look = theme.look(.selected, on: background, depth: depth)
                    let terminal = ColourContrast.terminalDefaults(background)
                    let bar = look.reverse
                        ? (look.foreground < 0 ? terminal.text : ColourContrast.rgb(Int(look.foreground)))
                        : (look.background < 0 ? terminal.background : ColourContrast.rgb(Int(look.background)))
                    let ratio = ColourContrast.ratio(bar, terminal.background)
                    XCTAssertGreaterThanOrEqual(ratio, 3, "\(theme) on \(background), \(depth): the bar is \(ratio):1 against the terminal")
                }
            }
        }
    }

    /// The measure itself, on values anyone can check: black on white is 21:1, and xterm's
    /// blue on black (the old default theme's headings) is the 2.2:1 that was reported.
    func testTheMeasureMatchesKnownValues() {
        XCTAssertEqual(ColourContrast.ratio(ColourContrast.rgb(16), ColourContrast.rgb(231)), 21, accuracy: 0.01)
        XCTAssertEqual(ColourContrast.ratio(ColourContrast.rgb(4), ColourContrast.rgb(0)), 2.23, accuracy: 0.01)
        XCTAssertEqual(ColourContrast.ratio(ColourContrast.rgb(7), ColourContrast.rgb(6)), 1.57, accuracy: 0.01)
        let bright = ColourContrast.shownPairs(.init(foreground: 0, background: 3), bold: true, on: .dark)
        XCTAssertEqual(bright.count, 2, "bold black may be drawn grey")
        let stripped = ColourContrast.shownPairs(.init(foreground: 0, background: 3, takesBold: false), bold: true, on: .dark)
        XCTAssertEqual(stripped.count, 1)
    }

    func testBackgroundFromTheTerminalsAnswer() {
        XCTAssertEqual(TerminalBackground.fromReply("11;rgb:ffff/ffff/ffff"), .light)
        XCTAssertEqual(TerminalBackground.fromReply("11;rgb:0000/0000/0000"), .dark)
        XCTAssertEqual(TerminalBackground.fromReply("11;rgb:1e1e/1e1e/1e1e"), .dark)
        XCTAssertEqual(TerminalBackground.fromReply("11;rgb:fd/f6/e3"), .light, "Solarized light, two digits")
        XCTAssertEqual(TerminalBackground.fromReply("11;rgba:0000/0000/0000/ffff"), .dark)
        XCTAssertEqual(TerminalBackground.fromReply("11;#fafafa"), .light)
        XCTAssertNil(TerminalBackground.fromReply("11;?"))
        XCTAssertNil(TerminalBackground.fromReply("10;rgb:ffff/ffff/ffff"), "OSC 10 is the text colour")
        XCTAssertNil(TerminalBackground.fromReply("11;rgb:zz/00/00"))
    }

    func testBackgroundChosenThenGuessed() {
        XCTAssertEqual(TerminalBackground.chosen(option: "light", environment: [:]), .some(.light))
        XCTAssertEqual(TerminalBackground.chosen(option: nil, environment: ["ALMANAC_BACKGROUND": "Dark"]), .some(.dark))
        XCTAssertEqual(TerminalBackground.chosen(option: "auto", environment: ["ALMANAC_BACKGROUND": "dark"]), .some(nil))
        XCTAssertEqual(TerminalBackground.chosen(option: nil, environment: [:]), .some(nil))
        XCTAssertNil(TerminalBackground.chosen(option: "grey", environment: [:]), "not a background")
        XCTAssertEqual(TerminalBackground.guess(environment: ["COLORFGBG": "0;15"]), .light)
        XCTAssertEqual(TerminalBackground.guess(environment: ["COLORFGBG": "15;default;0"]), .dark)
        XCTAssertEqual(TerminalBackground.guess(environment: ["COLORFGBG": "0;7"]), .light)
        XCTAssertEqual(TerminalBackground.guess(environment: [:]), .dark)
    }
}
