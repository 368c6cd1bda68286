import AlmanacModel
import XCTest
@testable import AlmanacUI

/// Keys remapped in the settings file: dispatch, the status bar and the help follow together;
/// an entry that cannot work is named and keeps its defaults.
final class KeyRemappingTests: XCTestCase {
    func checklist(_ keys: GuideKeys) -> GuideApp {
        var app = Fixtures.app(width: 100, height: 30)
        app.keys = keys
        app.press(.tab, .end, .enter)
        XCTAssertEqual(app.currentStep?.id, "connectivity.1.1")
        return app
    }

    func testARemappedTickTicksAndTheStatusBarAndHelpSaySo() {
        let (keys, problems) = KeyRemapping.apply(["tick": ["x"]])
        XCTAssertEqual(problems, [])
        var app = checklist(keys)
        XCTAssertTrue(app.frame.split(separator: "\n").last!.contains("x tick"), app.frame)
        app.press(.character(" "))
        XCTAssertEqual(app.progress.status(of: "connectivity.1.1"), .notStarted, "Space no longer ticks")
        app.press(.character("x"))
        XCTAssertEqual(app.progress.status(of: "connectivity.1.1"), .done)
        app.press(.character("?"))
        XCTAssertTrue(app.frame.contains("x            Tick or untick the step"), app.frame)
        XCTAssertFalse(app.frame.contains("Space        Tick"), app.frame)
    }

    func testSeveralKeysAndNamedKeys() {
        let (keys, problems) = KeyRemapping.apply(["search": ["/", "f"], "quit": ["F10"], "theme": ["Ctrl-T"]])
        XCTAssertEqual(problems, [])
        var app = Fixtures.app(width: 100, height: 30)
        app.keys = keys
        app.press(.character("f"))
        XCTAssertEqual(app.mode, .search)
        app.press(.escape, .control("t"))
        XCTAssertEqual(app.theme, .highContrast)
        XCTAssertTrue(app.frame.contains("F10 quit"), app.frame)
        app.press(.character("q"))
        XCTAssertFalse(app.isFinished, "q no longer quits")
        app.press(.function(10))
        XCTAssertTrue(app.isFinished || app.confirmingQuit)
        var interrupted = Fixtures.app()
        interrupted.keys = keys
        interrupted.press(.control("c"))
        XCTAssertTrue(interrupted.isFinished || interrupted.confirmingQuit, "Ctrl-C always leaves")
    }

    func testAKeyAnotherActionHasOnTheSameScreenIsRefusedAndTheRestApplies() {
        let (keys, problems) = KeyRemapping.apply(["status": ["j"], "tick": ["x"]])
        XCTAssertEqual(problems, ["keys.status: j already does 'Move down'; choose another key or remap that action too"])
        var app = checklist(keys)
        app.press(.character("j"))
        XCTAssertEqual(app.currentStep?.id, "connectivity.1.2", "j still moves down")
        app.press(.character("x"))
        XCTAssertEqual(app.progress.status(of: "connectivity.1.2"), .done, "tick = x applies")
        app.press(.character("s"))
        XCTAssertEqual(app.progress.status(of: "connectivity.1.2"), .inProgress, "status keeps s")
    }

    func testTwoActionsGivenOneKeyAreRefused() {
        let problems = KeyRemapping.apply(["tick": ["x"], "status": ["x"]]).problems
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("x is also given to"), problems[0])
    }

    func testMovingAKeyFreesItForAnother() {
        // Space moves from tick to status, and tick takes x: a swap, not a clash.
        let (keys, problems) = KeyRemapping.apply(["tick": ["x"], "status": ["Space"]])
        XCTAssertEqual(problems, [])
        var app = checklist(keys)
        app.press(.character(" "))
        XCTAssertEqual(app.progress.status(of: "connectivity.1.1"), .inProgress)
    }

    func testScreensThatNeverMeetMayShareAKey() {
        // The case browser's c (category) and the guide's c (cases) are apart already; so may be
        // a remapped filter and a main-screen key.
        XCTAssertEqual(KeyRemapping.apply(["filter-type": ["t"]]).problems.first?.contains("Change theme"), true,
                       "t is the theme everywhere, the browser included")
        XCTAssertEqual(KeyRemapping.apply(["filter-type": ["e"]]).problems, [], "e edits only in the checklist")
    }

    func testBadEntriesSayWhatToWrite() {
        let problems = KeyRemapping.apply(["frob": ["x"], "tick": ["Hyper-X"], "undo": [], "quit": ["Ctrl-S"]]).problems
        XCTAssertEqual(problems.count, 4, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("keys.frob is not an action; the actions are tick, status") })
        XCTAssertTrue(problems.contains { $0.hasPrefix("keys.tick: 'Hyper-X' is not a key; write a character") })
        XCTAssertTrue(problems.contains { $0.hasPrefix("keys.undo names no key") })
        XCTAssertTrue(problems.contains { $0.contains("Ctrl-S never reaches the guide (the terminal's flow control") })
        XCTAssertEqual(KeyRemapping.apply(["frob": ["x"]]).keys, .standard)
    }

    func testKeyNames() {
        XCTAssertEqual(KeyNames.parse("x"), .character("x"))
        XCTAssertEqual(KeyNames.parse("?"), .character("?"))
        XCTAssertEqual(KeyNames.parse(" "), .character(" "))
        XCTAssertEqual(KeyNames.parse("space"), .character(" "))
        XCTAssertEqual(KeyNames.parse("Ctrl-X"), .control("x"))
        XCTAssertEqual(KeyNames.parse("C-x"), .control("x"))
        XCTAssertEqual(KeyNames.parse("^x"), .control("x"))
        XCTAssertEqual(KeyNames.parse("F5"), .function(5))
        XCTAssertEqual(KeyNames.parse("pgdn"), .pageDown)
        XCTAssertEqual(KeyNames.parse("PageDown"), .pageDown)
        XCTAssertEqual(KeyNames.parse("Shift-Tab"), .backTab)
        XCTAssertNil(KeyNames.parse("F13"))
        XCTAssertNil(KeyNames.parse("Ctrl-1"))
        XCTAssertNil(KeyNames.parse("\u{1B}"))
        XCTAssertNil(KeyNames.parse(""))
        for key in [Key.character("x"), .control("t"), .function(5), .pageDown, .character(" ")] {
            XCTAssertEqual(KeyNames.parse(KeyNames.label(key)), key, "\(key) reads back")
        }
    }
}
