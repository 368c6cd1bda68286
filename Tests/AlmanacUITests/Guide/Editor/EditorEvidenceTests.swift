import AlmanacModel
import AlmanacStorage
import SnapshotTesting
import XCTest
@testable import AlmanacUI

/// The step editor's evidence list and reason: seen, added, removed, saved as one change that
/// `u` undoes, and drawn at 80x24 and 160x48.
final class EditorEvidenceTests: XCTestCase {
    static let minutes = Evidence("https://council.example/minutes", label: "Board minutes")
    static let hostile = Evidence("javascript:alert(1)\u{1B}[2J", label: "\u{202E}evil")
    static let progress = AlmanacModel.Progress(steps: [
        "connectivity.1.1": StepProgress(status: .notApplicable, evidence: [minutes, hostile], reason: "County runs it", changed: Fixtures.now),
    ])

    /// The editor open on connectivity.1.1.
    func editor(_ progress: AlmanacModel.Progress = EditorEvidenceTests.progress, width: Int = 80, height: Int = 24) -> GuideApp {
        var app = Fixtures.app(width: width, height: height, progress: progress)
        app.press(.tab, .end, .enter, .enter)
        XCTAssertEqual(app.mode, .editor)
        return app
    }

    /// Tab from the note to `field`.
    func tab(_ app: inout GuideApp, to field: EditorState.Field) {
        for _ in 0..<10 where app.editor?.field != field { app.press(.tab) }
        XCTAssertEqual(app.editor?.field, field)
    }

    func testTheListAndReasonShowDisplaySafe() {
        let frame = editor().frame
        XCTAssertTrue(frame.contains("Why n/a:  County runs it"), frame)
        XCTAssertTrue(frame.contains("Evidence: 2 items"), frame)
        XCTAssertTrue(frame.contains("1. Board minutes: https://council.example/minutes"), frame)
        XCTAssertTrue(frame.contains("2. \\u{202E}evil: javascript:alert(1)^[[2J"), frame)
        XCTAssertFalse(frame.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }

    func testTheReasonIsOnlyForAStepThatIsNotApplicable() {
        var app = editor(AlmanacModel.Progress(steps: ["connectivity.1.1": StepProgress(status: .inProgress, reason: "old", changed: Fixtures.now)]))
        XCTAssertFalse(app.frame.contains("Why n/a"))
        XCTAssertFalse(app.editor!.stops.contains(.reason))
        XCTAssertFalse(app.editor!.stops.contains(.evidence), "no list to visit while it is empty")
        app.press(.control("o"))
        XCTAssertEqual(app.message, "Nothing changed")
    }

    func testAddingTwoItemsThenSavingIsOneChange() {
        var app = editor()
        tab(&app, to: .evidenceText)
        XCTAssertTrue(app.frame.contains("Enter add it"), "the keys row names what Enter does here")
        app.type("/shared/policy.pdf")
        app.press(.tab)
        app.type("Policy")
        XCTAssertEqual(app.press(.enter), [], "Enter adds; nothing is saved yet")
        XCTAssertEqual(app.editor?.evidence.last, Evidence("/shared/policy.pdf", label: "Policy"))
        XCTAssertEqual(app.editor?.field, .evidenceText, "ready for the next")
        app.type("Cyber plan v2")
        let effects = app.press(.control("o"))   // typed but not added: kept too
        XCTAssertEqual(effects, [.progress(.record(StepChange(step: "connectivity.1.1",
            [.evidence([Self.minutes, Self.hostile, Evidence("/shared/policy.pdf", label: "Policy"), Evidence("Cyber plan v2")])],
            at: Fixtures.now, seenEvidence: [Self.minutes, Self.hostile])))])
        XCTAssertEqual(app.mode, .main)
        XCTAssertTrue(app.frame.contains("4 evidence"), "the checklist row counts them")
    }

    func testEnterWithNothingTypedSaysWhatToType() {
        var app = editor()
        tab(&app, to: .evidenceLabel)
        app.type("label only")
        XCTAssertEqual(app.press(.enter), [])
        XCTAssertEqual(app.editor?.field, .evidenceText)
        XCTAssertTrue(app.frame.contains("Type the evidence first"), app.frame)
    }

    func testDeleteRemovesTheChosenItemAndErasesInAField() {
        var app = editor()
        tab(&app, to: .evidence)
        app.press(.down)
        XCTAssertEqual(app.editor?.selectedEvidence, 1, "↓ goes through the items first")
        app.press(.delete)
        XCTAssertEqual(app.editor?.evidence, [Self.minutes])
        app.press(.delete)
        XCTAssertEqual(app.editor?.evidence, [])
        XCTAssertEqual(app.editor?.field, .evidenceText, "an empty list is left for the Add field")
        app.type("ab")
        app.press(.left, .delete)
        XCTAssertEqual(app.editor?.current.text, "a", "Delete erases in a text field")
        XCTAssertEqual(app.press(.escape), [], "Esc drops the removals")
        XCTAssertEqual(app.progress.steps["connectivity.1.1"]?.evidence, [Self.minutes, Self.hostile])
    }

    func testARemovalSavedThenUndone() throws {
        let file = LiveFile(Self.progress)
        let session = file.session()
        var app = Fixtures.app(progress: try file.store.load())
        app.press(.tab, .end, .enter, .enter)
        tab(&app, to: .evidence)
        app.press(.delete, through: session)
        app.press(.control("o"), through: session)
        XCTAssertEqual(try file.store.load().steps["connectivity.1.1"]?.evidence, [Self.hostile])
        app.press(.character("u"), through: session)
        XCTAssertEqual(try file.store.load().steps["connectivity.1.1"]?.evidence, [Self.minutes, Self.hostile], "u undoes it")
        app.press(.control("r"), through: session)
        XCTAssertEqual(try file.store.load().steps["connectivity.1.1"]?.evidence, [Self.hostile], "Ctrl-R redoes it")
    }

    func testAnAddSavedWhileAnotherProcessAddedKeepsBoth() throws {
        let file = LiveFile(Self.progress)
        let session = file.session()
        var app = Fixtures.app(progress: try file.store.load())
        app.press(.tab, .end, .enter, .enter)
        // A colleague's `almanac set --evidence` lands while the editor is open.
        let theirs = Evidence("Their item")
        try file.store.save([StepChange(step: "connectivity.1.1", [.evidence([Self.minutes, Self.hostile, theirs])], at: Fixtures.now.addingTimeInterval(0.001))])
        tab(&app, to: .evidenceText)
        app.type("Mine")
        app.press(.control("o"), through: session)
        XCTAssertEqual(try file.store.load().steps["connectivity.1.1"]?.evidence, [Self.minutes, Self.hostile, theirs, Evidence("Mine")])
    }

    func testTheReasonIsSaved() {
        var app = editor()
        tab(&app, to: .reason)
        app.press(.control("u"))
        app.type("Run by the county")
        XCTAssertEqual(app.press(.control("o")), [.progress(.record(StepChange(step: "connectivity.1.1",
            [.reason("Run by the county")], at: Fixtures.now)))])
    }

    func testAClickChoosesAnItem() {
        var app = editor()
        let rows = app.editorRows(app.layout)
        app.handle(.mouse(.left, x: 20, y: rows.evidence + 2))
        XCTAssertEqual(app.editor?.field, .evidence)
        XCTAssertEqual(app.editor?.selectedEvidence, 1)
    }

    func testSnapshots() {
        for (w, h) in [(80, 24), (160, 48)] {
            var app = editor(width: w, height: h)
            tab(&app, to: .evidence)
            app.press(.down)
            let frame = app.render(width: w, height: h)
            assertSnapshot(of: frame.text, as: .lines, named: "\(w)x\(h)", testName: "editor-evidence")
            assertSnapshot(of: frame.styleLayer, as: .lines, named: "\(w)x\(h).styles", testName: "editor-evidence")
            XCTAssertTrue(frame.text.contains("Del remove the chosen item"), frame.text)
        }
    }
}
