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

    func testSpaceTicksAndSavesAtOnce() {
        var app = checklist()
        let effects = app.press(.character(" "))
        let expected = StepProgress(status: .done, changed: Fixtures.now)
        XCTAssertEqual(effects, [.saveStep(id: "connectivity.1.1", expected)])
        XCTAssertEqual(app.progress.status(of: "connectivity.1.1"), .done)
        XCTAssertEqual(app.saveState, .saving)
        XCTAssertTrue(app.frame.contains("[✓] Ensure"))
        app.saveFinished(error: nil)
        XCTAssertEqual(app.saveState, .saved)
        XCTAssertTrue(app.frame.hasSuffix("saved"))
        XCTAssertEqual(app.press(.character(" ")).first, .saveStep(id: "connectivity.1.1", StepProgress(status: .notStarted, changed: Fixtures.now)))
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

    func testUndoIsRepeatableAndKeepsNotes() {
        let note = StepProgress(status: .inProgress, note: "ask IT", changed: Date(timeIntervalSince1970: 0))
        var app = checklist(progress: AlmanacModel.Progress(steps: ["connectivity.1.1": note]))
        app.press(.character(" "))              // 1.1 done
        app.press(.down, .character(" "))       // 1.2 done
        app.press(.down, .character("s"))       // 1.3 in progress
        XCTAssertEqual(app.press(.character("u")).first,
                       .saveStep(id: "connectivity.1.3", StepProgress(status: .notStarted, changed: Fixtures.now)))
        app.press(.character("u"))
        XCTAssertEqual(app.progress.status(of: "connectivity.1.2"), .notStarted)
        XCTAssertEqual(app.currentStep?.id, "connectivity.1.2", "undo shows the step it changed")
        let effects = app.press(.character("u"))
        var restored = note
        restored.changed = Fixtures.now  // a newer time, so the undo wins a merge
        XCTAssertEqual(effects, [.saveStep(id: "connectivity.1.1", restored)])
        XCTAssertEqual(app.press(.character("u")), [])
        XCTAssertEqual(app.message, "Nothing to undo in this session")
    }

    func testReadOnlyRefusesChangesAndSaysWhy() {
        var app = checklist(readOnly: true)
        XCTAssertEqual(app.press(.character(" ")), [])
        XCTAssertEqual(app.progress.status(of: "connectivity.1.1"), .notStarted)
        XCTAssertEqual(app.message, "Nothing was changed: progress is read-only")
        XCTAssertTrue(app.frame.contains("The progress file is damaged."))
        app.press(.enter)
        XCTAssertEqual(app.mode, .main, "no editor when nothing can be saved")
    }

    func testSaveFailureIsShownAndTheStepIsSentAgain() {
        var app = checklist()
        app.press(.character(" "))
        app.saveFinished(error: "the disk is full")
        XCTAssertEqual(app.saveState, .failed("the disk is full"))
        XCTAssertTrue(app.frame.contains("NOT SAVED: the disk is full"))
        let effects = app.press(.down, .character(" "))
        XCTAssertEqual(effects.map { if case .saveStep(let id, _) = $0 { return id } else { return "" } },
                       ["connectivity.1.2", "connectivity.1.1"])
        app.saveFinished(error: nil)
        app.saveFinished(error: nil)
        XCTAssertEqual(app.saveState, .saved)
        XCTAssertTrue(app.unsavedSteps.isEmpty)
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
        let expected = StepProgress(status: .notStarted, note: "sk Jo —日本!", owner: "Sam Patel", due: "2026-02-28", changed: Fixtures.now)
        XCTAssertEqual(effects, [.saveStep(id: "connectivity.1.1", expected)])
        XCTAssertEqual(app.mode, .main)
        XCTAssertTrue(app.frame.contains("overdue 2026-02-28"), "today is 2026-06-01")
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

    func testDueDateValidation() {
        XCTAssertNil(DueDate.problem("2024-02-29"))
        XCTAssertNotNil(DueDate.problem("2023-02-29"))
        XCTAssertNotNil(DueDate.problem("2024-13-01"))
        XCTAssertNotNil(DueDate.problem("24-1-1"))
        XCTAssertNotNil(DueDate.problem("2024/01/01"))
        let due = { (d: String, s: StepStatus) in StepProgress(status: s, due: d, changed: Date(timeIntervalSince1970: 0)) }
        XCTAssertTrue(due("2026-05-31", .inProgress).isOverdue(today: "2026-06-01"))
        XCTAssertFalse(due("2026-06-01", .notStarted).isOverdue(today: "2026-06-01"))
        XCTAssertFalse(due("2026-05-31", .done).isOverdue(today: "2026-06-01"), "done is never late")
        XCTAssertFalse(due("2026-05-31", .notApplicable).isOverdue(today: "2026-06-01"))
        XCTAssertFalse(due("2026-02-30", .notStarted).isOverdue(today: "2026-06-01"), "not a date: not overdue")
    }
}
