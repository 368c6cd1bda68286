import XCTest
@testable import AlmanacStorage
@testable import AlmanacModel

/// The one progress session every screen uses: saves field changes into what the file holds,
/// sees other processes' saves, and takes back only this person's own changes.
final class ProgressSessionTests: XCTestCase {
    var folder: TemporaryFolder!
    var store: ProgressStore!
    var clockTime = Sample.t0

    override func setUp() {
        folder = TemporaryFolder("session")
        store = ProgressStore(path: folder.file("progress.json"))
        clockTime = Sample.t0
    }

    func session() -> ProgressSession {
        ProgressSession(store: store, historyPath: folder.file("progress.json.undo/me@here.json")) { [unowned self] in
            clockTime = clockTime.addingTimeInterval(1)
            return clockTime
        }
    }

    func tick(_ id: String, _ status: StepStatus = .done) -> StepChange {
        clockTime = clockTime.addingTimeInterval(1)
        return StepChange(step: id, [.status(status)], at: clockTime)
    }

    func testTheOverwriteFromTheIssueCannotHappen() throws {
        let guide = session()
        // A colleague sets a note, owner and due date while the guide is open.
        try store.save([StepChange(step: "c.1.2", [.status(.inProgress), .note("KEEP"), .owner("Sam"), .due("2027-01-31")],
                                   at: Sample.t0.addingTimeInterval(0.5))])
        _ = guide.record(tick("c.1.1"))
        _ = guide.record(tick("c.1.2"))
        let step = try XCTUnwrap(store.load().steps["c.1.2"])
        XCTAssertEqual(step.status, .done)
        XCTAssertEqual(step.note, "KEEP")
        XCTAssertEqual(step.owner, "Sam")
        XCTAssertEqual(step.due, "2027-01-31")
        XCTAssertEqual(guide.progress.steps["c.1.2"], step, "the screen shows what the file holds")
    }

    func testAChangeMadeAfterSeeingAValueWinsWhateverTheClocksSay() throws {
        let screen = session()
        // A colleague whose clock runs an hour ahead marks the step in progress.
        try store.save([StepChange(step: "a", [.status(.inProgress)], at: Sample.t0.addingTimeInterval(3600))])
        _ = screen.checkForChanges()
        _ = screen.record(tick("a"))
        XCTAssertEqual(try store.load().status(of: "a"), .done, "the tick made after seeing it is not lost")
        XCTAssertEqual(screen.undo().cause, .undone)
        XCTAssertEqual(try store.load().status(of: "a"), .inProgress)
    }

    func testAnotherProcessesSaveIsSeenOnceByAStat() throws {
        let screen = session()
        XCTAssertNil(screen.checkForChanges(), "nothing changed yet")
        _ = screen.record(tick("a"))
        XCTAssertNil(screen.checkForChanges(), "its own save is not news")
        try store.save([tick("b")])
        let news = try XCTUnwrap(screen.checkForChanges())
        XCTAssertEqual(news.cause, .changedElsewhere)
        XCTAssertEqual(news.progress.status(of: "b"), .done)
        XCTAssertEqual(news.progress.status(of: "a"), .done)
        XCTAssertNil(screen.checkForChanges(), "and only once")
    }

    func testUndoRedoAndTheirLimits() throws {
        let screen = session()
        _ = screen.record(tick("a"))
        _ = screen.record(StepChange(step: "a", [.note("mine")], at: clockTime.addingTimeInterval(1)))
        XCTAssertEqual(screen.undo().cause, .undone)
        XCTAssertNil(try store.load().steps["a"]?.note)
        XCTAssertEqual(try store.load().status(of: "a"), .done, "one change at a time")
        XCTAssertEqual(screen.redo().cause, .redone)
        XCTAssertEqual(try store.load().steps["a"]?.note, "mine")
        // Someone else changes the status meanwhile: undoing the tick leaves theirs.
        _ = screen.undo()
        try store.save([StepChange(step: "a", [.status(.notApplicable)], at: clockTime.addingTimeInterval(50))])
        _ = screen.checkForChanges()
        let refused = screen.undo()
        XCTAssertEqual(refused.cause, .unchanged)
        XCTAssertTrue(refused.message?.contains("changed elsewhere") == true, refused.message ?? "")
        XCTAssertEqual(try store.load().status(of: "a"), .notApplicable)
        XCTAssertEqual(screen.undo().message, "Nothing to undo")
    }

    func testHistoryAndUnsavedChangesSurviveARestart() throws {
        var screen = session()
        _ = screen.record(tick("a"))
        // The next save fails: a folder where the lock file goes.
        try FileManager.default.removeItem(atPath: store.lockPath)
        try FileManager.default.createDirectory(atPath: store.lockPath, withIntermediateDirectories: false)
        let failed = screen.record(tick("b"))
        XCTAssertNotNil(failed.problem)
        XCTAssertEqual(failed.unsaved.map(\.step), ["b"])
        XCTAssertEqual(failed.progress.status(of: "b"), .done, "still shown")
        try FileManager.default.removeItem(atPath: store.lockPath)
        screen = session()
        XCTAssertEqual(screen.unsaved.map(\.step), ["b"], "kept for the next start")
        XCTAssertNil(screen.retry().problem)
        XCTAssertEqual(try store.load().status(of: "b"), .done)
        _ = screen.undo()
        _ = screen.undo()
        XCTAssertEqual(try store.load().status(of: "a"), .notStarted, "undo reaches the last run's change")
    }

    func testUnsavedChangesGoToTheStateFolderWhenTheFilesDiskTakesNothing() throws {
        // Beside the file, a plain file blocks the history's folder (as a full disk would).
        _ = folder.write("progress.json.undo", "in the way")
        let fallback = folder.file("state/almanac/undo/progress.json")
        func open() -> ProgressSession {
            ProgressSession(store: store, historyPath: folder.file("progress.json.undo/me@here.json"), fallbackHistoryPath: fallback)
        }
        var screen = open()
        try FileManager.default.createDirectory(atPath: store.lockPath, withIntermediateDirectories: true)
        let failed = screen.record(tick("a"))
        XCTAssertNotNil(failed.problem)
        XCTAssertTrue(failed.unsavedKept)
        XCTAssertEqual(screen.historyFile, fallback)
        try FileManager.default.removeItem(atPath: store.lockPath)
        screen = open()
        XCTAssertEqual(screen.unsaved.map(\.step), ["a"], "the next start finds them in the state folder")
        // With nowhere to keep them, the session says so.
        try FileManager.default.removeItem(atPath: folder.file("state/almanac/undo"))
        _ = folder.write("state/almanac/undo", "in the way too")
        try FileManager.default.createDirectory(atPath: store.lockPath, withIntermediateDirectories: true)
        screen = ProgressSession(store: store, historyPath: folder.file("progress.json.undo/me@here.json"), fallbackHistoryPath: fallback)
        XCTAssertFalse(screen.record(tick("b")).unsavedKept)
    }

    func testAnUnreadableFileMakesTheSessionReadOnlyAndIsNeverWritten() throws {
        let path = folder.write("progress.json", "{\"version\": 2, \"steps\": {\"a\": {")
        let before = FileManager.default.contents(atPath: path)
        let screen = session()
        XCTAssertTrue(screen.readOnly)
        XCTAssertTrue(screen.banner?.contains("almanac repair") == true, screen.banner ?? "")
        XCTAssertEqual(screen.record(tick("a")).cause, .unchanged)
        XCTAssertEqual(screen.undo().cause, .unchanged)
        XCTAssertNotNil(screen.savePosition(Position(outcome: "data")))
        XCTAssertEqual(FileManager.default.contents(atPath: path), before)
    }

    func testARepairedFileMakesTheSessionWritableAgain() throws {
        _ = folder.write("progress.json", "{\"version\": 2, \"steps\": {\"a\": {")
        let screen = session()
        XCTAssertTrue(screen.readOnly)
        XCTAssertNil(screen.checkForChanges(), "nothing changed yet")
        _ = try store.repair()   // in another terminal
        try store.save([tick("b")])
        let news = try XCTUnwrap(screen.checkForChanges())
        XCTAssertFalse(screen.readOnly)
        XCTAssertNil(news.readOnly, "the banner goes")
        XCTAssertEqual(news.progress.status(of: "b"), .done)
        XCTAssertNil(screen.record(tick("c")).problem)
        XCTAssertEqual(try store.load().status(of: "c"), .done)
    }

    func testOneTallyRule() {
        var p = Progress()
        p.apply(StepChange(step: "s.1.1", [.status(.done)], at: Sample.t0))
        p.apply(StepChange(step: "s.1.2", [.status(.notApplicable)], at: Sample.t0))
        p.apply(StepChange(step: "s.1.3", [.status(.inProgress)], at: Sample.t0))
        let t = StepTally(["s.1.1", "s.1.2", "s.1.3", "s.2.1"], in: p)
        XCTAssertEqual(t.fraction, "1/3", "not applicable leaves both counts")
        XCTAssertEqual(t.inProgress, 1)
        XCTAssertEqual(t.notApplicable, 1)
    }
}
