import AlmanacModel
import XCTest
@testable import AlmanacUI

final class ChecklistTests: XCTestCase {
    /// The guide on Connectivity's checklist, first step selected.
    func checklist(progress: AlmanacModel.Progress = AlmanacModel.Progress(), readOnly: Bool = false) -> GuideApp {
        var app = Fixtures.app(progress: progress, readOnly: readOnly, banner: readOnly ? "The progress file is damaged." : nil)
        app.press(.tab, .end, .enter)
        XCTAssertEqual(app.currentStep?.id, "connectivity.1.1")
        return app
    }

    func record(_ id: String, _ values: FieldValue...) -> GuideEffect {
        .progress(.record(StepChange(step: id, values, at: Fixtures.now)))
    }

    func testSpaceTicksOnlyTheStatusAndSavesAtOnce() {
        var app = checklist()
        let effects = app.press(.character(" "))
        XCTAssertEqual(effects, [record("connectivity.1.1", .status(.done))])
        XCTAssertEqual(app.progress.status(of: "connectivity.1.1"), .done)
        XCTAssertEqual(app.saveState, .saving)
        XCTAssertTrue(app.frame.contains("[✓] Ensure"))
        _ = app.handle(.progress(ProgressUpdate(cause: .saved, progress: app.progress)))
        XCTAssertEqual(app.saveState, .saved)
        XCTAssertTrue(app.frame.hasSuffix("saved"))
        XCTAssertEqual(app.press(.character(" ")).first, record("connectivity.1.1", .status(.notStarted)))
    }

    func testStatusCyclesThroughInProgressAndNotApplicable() {
        var app = checklist()
        app.press(.down)
        var seen: [StepStatus] = []
        for _ in 0..<3 {
            app.press(.character("s"))
            seen.append(app.progress.status(of: "connectivity.1.2"))
        }
        XCTAssertEqual(seen, [.inProgress, .notApplicable, .notStarted])
        app.press(.character(" "), .character("s"))
        XCTAssertEqual(app.progress.status(of: "connectivity.1.2"), .inProgress, "from done, s goes back to in progress")
    }

    func testUndoIsRepeatableKeepsNotesAndSurvivesARestart() {
        let note = StepProgress(status: .inProgress, note: "ask IT", changed: Date(timeIntervalSince1970: 100))
        let file = LiveFile(AlmanacModel.Progress(steps: ["connectivity.1.1": note]))
        var tick = 0.0
        let clock = { () -> Date in tick += 1; return Fixtures.now.addingTimeInterval(tick) }
        var session = file.session(clock: clock)
        var app = checklist(progress: session.progress)
        app.press(.character(" "), through: session)              // 1.1 done
        app.press(.down, .character(" "), through: session)       // 1.2 done
        app.press(.down, .character("s"), through: session)       // 1.3 in progress
        app.press(.character("u"), through: session)
        XCTAssertEqual(app.progress.status(of: "connectivity.1.3"), .notStarted)
        // Start again: the history is in the file beside the progress.
        session = file.session(clock: clock)
        app = checklist(progress: session.progress)
        app.press(.down, through: session)
        app.press(.character("u"), through: session)
        XCTAssertEqual(app.progress.status(of: "connectivity.1.2"), .notStarted)
        XCTAssertEqual(app.currentStep?.id, "connectivity.1.2", "undo shows the step it changed")
        app.press(.character("u"), through: session)
        XCTAssertEqual(try file.store.load().steps["connectivity.1.1"]?.status, .inProgress)
        XCTAssertEqual(try file.store.load().steps["connectivity.1.1"]?.note, "ask IT")
        app.press(.character("u"), through: session)
        XCTAssertEqual(app.message, "Nothing to undo")
        app.press(.control("r"), through: session)
        XCTAssertEqual(try file.store.load().status(of: "connectivity.1.1"), .done, "Ctrl-R redoes")
    }

    func testUndoLeavesAFieldSomeoneElseChangedSince() throws {
        let file = LiveFile()
        let session = file.session()
        var app = checklist(progress: session.progress)
        app.press(.character(" "), through: session)
        // A colleague unticks it from the command line meanwhile, and then adds a note.
        try file.store.save([StepChange(step: "connectivity.1.1", [.status(.inProgress), .note("mine")], at: Date().addingTimeInterval(1))])
        if let news = session.checkForChanges() { _ = app.handle(.progress(news)) }
        XCTAssertEqual(app.progress.status(of: "connectivity.1.1"), .inProgress, "the change elsewhere is shown")
        app.press(.character("u"), through: session)
        XCTAssertEqual(try file.store.load().status(of: "connectivity.1.1"), .inProgress, "undo did not revert their change")
        XCTAssertTrue(app.message?.contains("changed elsewhere") == true, app.message ?? "no message")
    }

    func testReadOnlyRefusesChangesAndSaysWhy() {
        var app = checklist(readOnly: true)
        XCTAssertEqual(app.press(.character(" ")), [])
        XCTAssertEqual(app.progress.status(of: "connectivity.1.1"), .notStarted)
        XCTAssertEqual(app.message, "Nothing was changed: progress is read-only")
        XCTAssertTrue(app.frame.contains("The progress file is damaged."))
        app.press(.enter)
        XCTAssertEqual(app.mode, .main, "no editor when nothing can be saved")
        XCTAssertEqual(app.press(.character("u")), [], "nor undo")
    }

    func testSaveFailureIsShownAndQuittingAsksFirst() {
        var app = checklist()
        app.press(.character(" "))
        let change = StepChange(step: "connectivity.1.1", [.status(.done)], at: Fixtures.now)
        _ = app.handle(.progress(ProgressUpdate(cause: .saved, progress: app.progress, unsaved: [change], problem: "the disk is full")))
        XCTAssertEqual(app.saveState, .failed("the disk is full"))
        XCTAssertTrue(app.frame.contains("NOT SAVED (see the top)"), app.frame)
        XCTAssertTrue(app.frame.contains("Not saved: your changes stay on this screen"), app.frame)
        XCTAssertTrue(app.frame.contains("the disk is full"), app.frame)
        XCTAssertEqual(Set(app.unsaved.map(\.step)), ["connectivity.1.1"])
        XCTAssertEqual(app.press(.character("q")), [], "quitting with unsaved changes asks")
        XCTAssertFalse(app.isFinished)
        XCTAssertTrue(app.frame.contains("1 change not saved (connectivity.1.1)"), app.frame)
        XCTAssertEqual(app.press(.character("r")), [.progress(.retry)])
        XCTAssertFalse(app.isFinished)
        app.press(.character("q"))
        app.press(.escape)
        XCTAssertFalse(app.isFinished, "Esc stays")
        app.press(.character("q"), .character("q"))
        XCTAssertTrue(app.isFinished, "q twice quits anyway")
    }

    func testEditorEditsNoteOwnerAndDueInPlace() {
        var app = checklist()
        app.press(.enter)
        XCTAssertEqual(app.mode, .editor)
        app.type("Ask Jo — 日本")
        app.press(.left, .left, .backspace, .home, .delete)
        XCTAssertEqual(app.editor?.current.text, "sk Jo —日本")
        app.press(.end)
        app.type("!")
        app.press(.tab)
        app.type("Sam Patel")
        app.press(.tab)
        app.type("2026-02-30")
        XCTAssertEqual(app.press(.enter), [])
        XCTAssertEqual(app.mode, .editor, "an impossible date is refused")
        XCTAssertTrue(app.frame.contains("is not a day of that month"))
        app.press(.backspace, .backspace)
        app.type("28")
        let effects = app.press(.enter)
        XCTAssertEqual(effects, [.progress(.record(StepChange(step: "connectivity.1.1",
            [.note("sk Jo —日本!"), .owner("Sam Patel"), .due("2026-02-28")], at: Fixtures.now, seenNote: "")))])
        XCTAssertEqual(app.mode, .main)
        XCTAssertTrue(app.frame.contains("overdue 2026-02-28"), "today is 2026-06-01")
    }

    /// Today is Monday 1 June 2026: `+1w` shows the day it means while typed, and is saved as it.
    func testADueDateCountedFromTodayIsShownThenSavedAsItsDate() {
        var app = checklist()
        app.press(.enter, .tab, .tab)
        XCTAssertTrue(app.frame.contains("YYYY-MM-DD, e.g. 2026-06-01, or +2w, eom, friday; empty for none"), app.frame)
        app.type("+1w")
        XCTAssertTrue(app.frame.contains("+1w → 2026-06-08 (Mon)"), app.frame)
        app.press(.backspace)
        XCTAssertFalse(app.frame.contains("→"), "half typed: no date yet")
        app.type("W")
        XCTAssertTrue(app.frame.contains("+1W → 2026-06-08 (Mon)"), app.frame)
        let effects = app.press(.control("o"))
        XCTAssertEqual(effects, [record("connectivity.1.1", .due("2026-06-08"))])
        XCTAssertEqual(app.mode, .main)
        XCTAssertEqual(app.progress.steps["connectivity.1.1"]?.due, "2026-06-08")
    }

    func testABadCountedDueDateIsRefusedSayingWhatToType() {
        var app = checklist()
        app.press(.enter, .tab, .tab)
        app.type("-3d")
        XCTAssertEqual(app.press(.control("o")), [])
        XCTAssertEqual(app.mode, .editor)
        XCTAssertTrue(app.frame.contains("Due date '-3d' is in the past; count forward from today, e.g. +3d"), app.frame)
        XCTAssertFalse(app.frame.contains("→"))
    }

    func testControlKeysEditTheFieldAndControlCCancels() {
        var app = checklist()
        app.press(.enter)
        app.type("abc")
        app.press(.control("a"))
        app.type(">")
        app.press(.control("e"), .left)
        app.press(.control("u"))
        XCTAssertEqual(app.editor?.current.text, "c")
        app.press(.control("c"))
        XCTAssertEqual(app.mode, .main)
        XCTAssertNil(app.progress.steps["connectivity.1.1"])
    }

    func testNotesWithControlCharactersAreShownEscaped() {
        let hostile = StepProgress(status: .inProgress, note: "red\u{1B}[31m alert", changed: Fixtures.now)
        let app = checklist(progress: AlmanacModel.Progress(steps: ["connectivity.1.1": hostile]))
        XCTAssertTrue(app.frame.contains("note: red^[[31m alert"), app.frame)
    }

    func testEditorCancelChangesNothing() {
        var app = checklist()
        app.press(.enter)
        app.type("draft")
        XCTAssertEqual(app.press(.escape), [])
        XCTAssertNil(app.progress.steps["connectivity.1.1"])
    }

    /// Which due dates typed are accepted is DueDateInputTests' (the model's one checker).
    func testOverdueIsBeforeTodayAndNotFinished() {
        let due = { (d: String, s: StepStatus) in StepProgress(status: s, due: d, changed: Date(timeIntervalSince1970: 0)) }
        XCTAssertTrue(due("2026-05-31", .inProgress).isOverdue(today: "2026-06-01"))
        XCTAssertFalse(due("2026-06-01", .notStarted).isOverdue(today: "2026-06-01"))
        XCTAssertFalse(due("2026-05-31", .done).isOverdue(today: "2026-06-01"), "done is never late")
        XCTAssertFalse(due("2026-05-31", .notApplicable).isOverdue(today: "2026-06-01"))
        XCTAssertFalse(due("2026-02-30", .notStarted).isOverdue(today: "2026-06-01"), "not a date: not overdue")
    }
}

/// The guide with a real progress session: what another process saves appears without a key,
/// and never disturbs a note being typed.
final class LiveChecklistTests: XCTestCase {
    func testANoteChangedElsewhereWhileTypingIsShownAndKeptBesideTheNewOne() throws {
        let file = LiveFile()
        let session = file.session()
        var app = Fixtures.app(progress: session.progress)
        app.press(.tab, .end, .enter)
        app.press(.enter, through: session)          // the editor on connectivity.1.1
        app.type("my note")
        try file.store.save([StepChange(step: "connectivity.1.1", [.note("their note"), .owner("Jo")], at: Date())])
        let news = try XCTUnwrap(session.checkForChanges())
        _ = app.handle(.progress(news))
        XCTAssertEqual(app.mode, .editor, "the editor stays open")
        XCTAssertEqual(app.editor?.current.text, "my note", "and keeps what is being typed")
        app.press(.control("o"), through: session)
        let saved = try XCTUnwrap(file.store.load().steps["connectivity.1.1"])
        XCTAssertEqual(saved.note, "my note\n[also written elsewhere meanwhile] their note")
        XCTAssertEqual(saved.owner, "Jo", "the owner they set is kept: only the note was typed")
        XCTAssertEqual(app.message, "The note of connectivity.1.1 had changed elsewhere meanwhile: both are kept")
    }

    func testARepairedFileLiftsTheBanner() throws {
        let file = LiveFile()
        FileManager.default.createFile(atPath: file.path, contents: Data("{\"version\": 2, \"steps\": {\"a\": {".utf8))
        let session = file.session()
        var app = Fixtures.app(progress: session.progress, readOnly: session.readOnly, banner: session.banner)
        XCTAssertTrue(app.frame.contains("almanac repair"), app.frame)
        XCTAssertEqual(app.press(.character("u")), [])
        _ = try file.store.repair()
        _ = app.handle(.progress(try XCTUnwrap(session.checkForChanges())))
        XCTAssertFalse(app.readOnly)
        XCTAssertFalse(app.frame.contains("almanac repair"), app.frame)
    }
}
