import AlmanacModel
import XCTest
@testable import AlmanacUI

/// My work (`w`): every step of the 12 outcomes as one list, filtered and sorted by due date,
/// ticked and edited as in the checklist. Today is 2026-06-01 in the fixtures.
final class MyWorkTests: XCTestCase {
    static let progress: AlmanacModel.Progress = {
        let t = Fixtures.now
        return AlmanacModel.Progress(steps: [
            "connectivity.1.1": StepProgress(status: .done, due: "2026-01-01", changed: t),
            "connectivity.1.2": StepProgress(status: .inProgress, owner: "Priya Shah", due: "2026-04-30", changed: t),
            "data.2.1": StepProgress(status: .notStarted, owner: "sam", due: "2026-05-15", changed: t),
            "value.1.1": StepProgress(status: .notStarted, owner: "Sam ", due: "2026-06-01", changed: t),
            "inclusion.3.3": StepProgress(status: .inProgress, note: "Ask the library\nthen IT", due: "2026-09-30", changed: t),
            "leadership.2.2": StepProgress(status: .notStarted, owner: "Alex", due: "2026-06-01", changed: t),
            "services.1.1": StepProgress(status: .notApplicable, owner: "Alex", changed: t),
            "data.1.1": StepProgress(status: .notStarted, due: "next spring", changed: t),
        ])
    }()

    func open(width: Int = 120, height: Int = 40, progress: AlmanacModel.Progress = progress, readOnly: Bool = false,
              unicode: Bool = true) -> GuideApp {
        var app = Fixtures.app(width: width, height: height, progress: progress, unicode: unicode, readOnly: readOnly,
                               banner: readOnly ? "The progress file is damaged." : nil)
        app.press(.character("w"))
        XCTAssertEqual(app.mode, .myWork)
        return app
    }

    func ids(_ app: GuideApp) -> [String] { app.myWork.rows.map { app.myWork.all[$0].step.id } }

    func record(_ id: String, _ values: FieldValue...) -> GuideEffect {
        .progress(.record(StepChange(step: id, values, at: Fixtures.now)))
    }

    func testEveryStepNotDoneOverdueFirstThenByDueDateThenUndatedInTheAlmanacsOrder() {
        let app = open()
        XCTAssertEqual(app.myWork.all.count, 108, "the 12 outcomes' steps, not the introduction's or annexes'")
        let shown = ids(app)
        XCTAssertEqual(shown.count, 106, "done and not applicable are left out by default")
        XCTAssertEqual(Array(shown.prefix(5)), ["connectivity.1.2", "data.2.1", "leadership.2.2", "value.1.1", "inclusion.3.3"],
                       "overdue by date, then due today and later; equal dates in the almanac's order")
        // Undated steps follow in the almanac's order; a due date that is not a date counts as none.
        let undated = Array(shown.dropFirst(5))
        let order = app.myWork.all.map(\.step.id)
        XCTAssertEqual(undated, undated.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
        XCTAssertEqual(undated.first, "connectivity.1.3")
        XCTAssertTrue(undated.contains("data.1.1"))
        XCTAssertFalse(shown.contains("connectivity.1.1") || shown.contains("services.1.1"))
        let frame = app.frame
        XCTAssertTrue(frame.contains("106 of 108 steps"), frame)
        XCTAssertTrue(frame.contains("2026-04-30 overdue"), "overdue in words, not colour alone")
        XCTAssertFalse(frame.contains("2026-06-01 overdue"), "due today is not overdue")
    }

    func testFiltersStepThroughTheirValuesAndXClears() {
        var app = open()
        // Owners one spelling each, case and spaces ignored, alphabetical; then no owner; then anyone.
        var owners: [MyWorkFilters.Owner] = []
        repeat {
            app.press(.character("o"))
            owners.append(app.myWork.filters.owner)
        } while app.myWork.filters.owner != .anyone
        XCTAssertEqual(owners, [.named("Alex"), .named("Priya Shah"), .named("sam"), .nobody, .anyone])
        app.press(.character("o"), .character("o"), .character("o"))
        XCTAssertEqual(Set(ids(app)), ["data.2.1", "value.1.1"], "sam and Sam are one person")
        XCTAssertTrue(app.frame.contains("Owner o: sam"), app.frame)
        app.press(.character("o"))
        XCTAssertEqual(ids(app).count, 106 - 4, "no owner")

        app.press(.character("x"))
        XCTAssertEqual(app.myWork.filters, MyWorkFilters())
        var statuses: [String] = []
        for _ in 0..<6 {
            app.press(.character("p"))
            statuses.append(app.myWork.filters.status.name)
            let counted = ids(app).count
            switch app.myWork.filters.status {
            case .inProgress: XCTAssertEqual(counted, 2)
            case .notStarted: XCTAssertEqual(counted, 104)
            case .done: XCTAssertEqual(ids(app), ["connectivity.1.1"])
            case .notApplicable: XCTAssertEqual(ids(app), ["services.1.1"])
            case .all: XCTAssertEqual(counted, 108)
            case .notDone: XCTAssertEqual(counted, 106)
            }
        }
        XCTAssertEqual(statuses, ["in progress", "not started", "done", "not applicable", "all", "not done"])

        app.press(.character("d"))
        XCTAssertEqual(ids(app), ["connectivity.1.2", "data.2.1"], "overdue only")
        app.press(.character("p"), .character("p"), .character("p"))
        XCTAssertEqual(ids(app), [], "done steps are never overdue")
        XCTAssertTrue(app.frame.contains("No step matches these filters."), app.frame)
        XCTAssertTrue(app.frame.contains("x clears them; or p another status, d any due date."), app.frame)
        app.press(.character("x"))
        XCTAssertEqual(ids(app).count, 106)
    }

    func testChangedSinceTheLastReviewAndWithoutOne() {
        var app = open()
        XCTAssertTrue(app.frame.contains("Changed r: no review yet"), app.frame)
        app.press(.character("r"))
        XCTAssertEqual(app.message, "No review yet: almanac review start \"2027 Q1\" records one.")
        XCTAssertFalse(app.myWork.filters.changedOnly)

        var now = Self.progress
        let review = Review(name: "2026 Q2", takenAt: Fixtures.now, progress: now)
        now.apply(StepChange(step: "economic-productivity-and-growth.2.1", [.owner("Sam")], at: Fixtures.now.addingTimeInterval(60)))
        now.apply(StepChange(step: "value.1.1", [.due("2026-07-01")], at: Fixtures.now.addingTimeInterval(60)))
        app = open(progress: now)
        app.lastReview = review
        app.press(.character("r"))
        XCTAssertEqual(ids(app), ["value.1.1", "economic-productivity-and-growth.2.1"])
        XCTAssertTrue(app.frame.contains("Changed r: since '2026 Q2'"), app.frame)
    }

    func testSpaceAndSChangeTheSelectedStepThroughTheChecklistsChangeAndTheRowStays() {
        var app = open()
        XCTAssertEqual(app.myWork.current?.step.id, "connectivity.1.2")
        // The checklist, on the same step, gives the same effect and the same progress.
        var checklist = Fixtures.app(width: 120, height: 40, progress: Self.progress)
        checklist.press(.tab, .end, .enter, .down)
        XCTAssertEqual(checklist.currentStep?.id, "connectivity.1.2")
        let fromChecklist = checklist.press(.character(" "))
        let fromWork = app.press(.character(" "))
        XCTAssertEqual(fromWork, [record("connectivity.1.2", .status(.done))])
        XCTAssertEqual(fromWork, fromChecklist)
        XCTAssertEqual(app.progress, checklist.progress)
        XCTAssertEqual(app.saveState, .saving)

        // Done no longer matches "not done", but the row stays under the cursor, saying so.
        XCTAssertEqual(app.myWork.current?.step.id, "connectivity.1.2")
        XCTAssertTrue(app.frame.contains("105 of 108 steps"), app.frame)
        XCTAssertTrue(app.frame.contains("1 changed here stays until a filter changes"), app.frame)
        XCTAssertTrue(app.frame.contains("[✓] 1.1.2"), app.frame)
        app.press(.character("s"))
        XCTAssertEqual(app.progress.status(of: "connectivity.1.2"), .inProgress, "from done, s goes back to in progress")
        app.press(.character("s"))
        XCTAssertEqual(app.progress.status(of: "connectivity.1.2"), .notApplicable)
        XCTAssertEqual(app.myWork.current?.step.id, "connectivity.1.2")
        // A filter change lets it go.
        app.press(.character("d"), .character("d"))
        XCTAssertFalse(ids(app).contains("connectivity.1.2"))
        XCTAssertEqual(app.myWork.selected, 0, "a new filter shows the list from the top")
    }

    func testReadOnlyRefusesTicksAndEditsAndSaysWhy() {
        var app = open(readOnly: true)
        XCTAssertTrue(app.frame.contains("The progress file is damaged."), "the banner")
        XCTAssertEqual(app.press(.character(" ")), [])
        XCTAssertEqual(app.message, StepMark.readOnly)
        XCTAssertEqual(app.press(.character("s")), [])
        XCTAssertEqual(app.progress, Self.progress)
        app.press(.character("e"))
        XCTAssertEqual(app.mode, .myWork, "the editor does not open")
        XCTAssertEqual(app.message, "Notes cannot be changed: progress is read-only")
        XCTAssertEqual(app.outcomeIndex, 0, "the main screen's place is put back")
        XCTAssertEqual(app.press(.character("u")), [])
        XCTAssertEqual(app.message, StepMark.readOnly)
    }

    func testTheEditorOpensOnTheSelectedStepAndComesBackHere() {
        var app = Fixtures.app(width: 120, height: 40, progress: Self.progress)
        app.press(.down, .down, .tab)   // the main screen: 3 Democracy, its parts
        let (outcome, focus) = (app.outcomeIndex, app.focus)
        app.press(.character("w"), .down)
        XCTAssertEqual(app.myWork.current?.step.id, "data.2.1")
        app.press(.character("e"))
        XCTAssertEqual(app.mode, .editor)
        XCTAssertEqual(app.editor?.stepID, "data.2.1")
        XCTAssertTrue(app.frame.contains("Editing data.2.1"), app.frame)
        app.press(.tab)
        app.type(" Jones")
        let effects = app.press(.control("o"))
        XCTAssertEqual(effects, [record("data.2.1", .owner("sam Jones"))])
        XCTAssertEqual(app.mode, .myWork, "back to My work after saving")
        XCTAssertEqual(app.myWork.current?.step.id, "data.2.1")
        app.press(.enter)
        XCTAssertEqual(app.mode, .editor, "Enter edits too")
        app.press(.escape)
        XCTAssertEqual(app.mode, .myWork, "and after cancelling")
        app.press(.escape)
        XCTAssertEqual(app.mode, .main, "Esc goes back to where you were")
        XCTAssertEqual(app.outcomeIndex, outcome)
        XCTAssertEqual(app.focus, focus)
    }

    func testProgressFromElsewhereKeepsTheSelectionOnItsStep() {
        var app = open()
        app.press(.down, .down, .down)
        XCTAssertEqual(app.myWork.current?.step.id, "value.1.1")
        // Another process ticks a step above it: the rows move, the selection follows its step.
        var elsewhere = app.progress
        elsewhere.apply(StepChange(step: "connectivity.1.2", [.status(.done)], at: Fixtures.now.addingTimeInterval(5)))
        elsewhere.apply(StepChange(step: "connectivity.3.3", [.due("2026-05-20")], at: Fixtures.now.addingTimeInterval(5)))
        _ = app.handle(.progress(ProgressUpdate(cause: .changedElsewhere, progress: elsewhere)))
        XCTAssertEqual(app.myWork.current?.step.id, "value.1.1")
        XCTAssertEqual(Array(ids(app).prefix(4)), ["data.2.1", "connectivity.3.3", "leadership.2.2", "value.1.1"],
                       "a new date sorts in, a ticked step goes")
        XCTAssertTrue(app.frame.contains("2026-05-20 overdue"), app.frame)
        // The selected step itself ticked elsewhere: it stays under the cursor until a filter changes.
        elsewhere.apply(StepChange(step: "value.1.1", [.status(.done)], at: Fixtures.now.addingTimeInterval(9)))
        _ = app.handle(.progress(ProgressUpdate(cause: .changedElsewhere, progress: elsewhere)))
        XCTAssertEqual(app.myWork.current?.step.id, "value.1.1")
        XCTAssertEqual(app.myWork.current.map { app.progress.status(of: $0.step.id) }, .done)
        app.press(.down)
        app.press(.character("x"))
        XCTAssertFalse(ids(app).contains("value.1.1"))
    }

    func testUndoAndRedoAskTheSessionAndSelectTheStepTheyChanged() {
        var app = open()
        XCTAssertEqual(app.press(.character("u")), [.progress(.undo)])
        XCTAssertEqual(app.press(.control("r")), [.progress(.redo)])
        var undone = app.progress
        undone.apply(StepChange(step: "services.1.1", [.status(.notStarted)], at: Fixtures.now.addingTimeInterval(5)))
        undone.apply(StepChange(step: "connectivity.1.1", [.status(.inProgress)], at: Fixtures.now.addingTimeInterval(5)))
        app.press(.end)
        let main = (app.outcomeIndex, app.stepIndex)
        _ = app.handle(.progress(ProgressUpdate(cause: .undone, progress: undone, message: "Undid", step: "connectivity.1.1")))
        XCTAssertEqual(app.myWork.current?.step.id, "connectivity.1.1")
        XCTAssertEqual(app.outcomeIndex, main.0)
        XCTAssertEqual(app.stepIndex, main.1, "the checklist's selection is left where it was")
    }

    func testClicksSelectAndTickAndTheWheelMoves() {
        var app = open()
        let list = app.layout.workList
        _ = app.handle(.mouse(.left, x: list.x + 10, y: list.y + 2))
        XCTAssertEqual(app.myWork.current?.step.id, "leadership.2.2")
        XCTAssertEqual(app.progress.status(of: "leadership.2.2"), .notStarted, "a click on the text only selects")
        let effects = app.handle(.mouse(.left, x: list.x + 3, y: list.y + 1))
        XCTAssertEqual(effects, [record("data.2.1", .status(.done))], "a click on the check box ticks")
        _ = app.handle(.mouse(.wheelDown, x: list.x + 10, y: list.y + 1))
        XCTAssertEqual(app.myWork.selected, 4)
        app.press(.pageDown, .end)
        XCTAssertEqual(app.myWork.selected, app.myWork.rows.count - 1)
        app.press(.home, .character("j"), .character("k"), .character("j"))
        XCTAssertEqual(app.myWork.selected, 1)
    }

    func testColumnsDropOutcomeThenOwnerAsTheScreenNarrows() {
        let wide = MyWorkView.Columns(width: 158)
        XCTAssertTrue(wide.outcome > 0 && wide.owner > 0)
        let eighty = MyWorkView.Columns(width: 78)
        XCTAssertEqual(eighty.outcome, 0)
        XCTAssertGreaterThan(eighty.owner, 0)
        let sixty = MyWorkView.Columns(width: 58)
        XCTAssertEqual(sixty.outcome + sixty.owner, 0)
        XCTAssertGreaterThan(sixty.title, 20)
        for w in [58, 78, 118, 158] {
            let c = MyWorkView.Columns(width: w)
            XCTAssertEqual(2 + MyWorkView.Columns.box + MyWorkView.Columns.number + c.title + c.owner + MyWorkView.Columns.due + c.outcome, w,
                           "the columns fill the list's \(w) columns")
        }
        let row = open(width: 80, height: 24).frame.split(separator: "\n").first { $0.contains("1.1.2 ") }.map(String.init) ?? ""
        XCTAssertTrue(row.contains("Priya Shah"), "the owner stays at 80 columns: \(row)")
        XCTAssertFalse(row.contains("Connectivity"), "the outcome goes: \(row)")
        let wideRow = open(width: 160, height: 48).frame.split(separator: "\n").first { $0.contains("1.1.2 ") }.map(String.init) ?? ""
        XCTAssertTrue(wideRow.contains("Priya Shah") && wideRow.contains("1 Connectivity"), wideRow)
    }

    /// Owner and outcome columns take what their longest entry needs; the step's text the rest.
    func testShortOwnersAndOutcomesLeaveTheRoomToTheSteps() {
        let full = MyWorkView.Columns(width: 158)
        let short = MyWorkView.Columns(width: 158, owners: 3, outcomes: 10)
        XCTAssertEqual(short.owner, 1 + "Owner".count, "no narrower than its heading")
        XCTAssertEqual(short.outcome, 11)
        XCTAssertEqual(short.title, full.title + (full.owner - short.owner) + (full.outcome - short.outcome))
        let long = MyWorkView.Columns(width: 158, owners: 80, outcomes: 80)
        XCTAssertEqual(long, full, "long names are cut at the usual widths")
        // Nobody owns anything yet: the 160-column list shows more of each step.
        let wide = open(width: 160, height: 48, progress: AlmanacModel.Progress()).frame
        let row = wide.split(separator: "\n").first { $0.contains("1.1.1 ") }.map(String.init) ?? ""
        XCTAssertTrue(row.contains("Ensure that council staff are aware of the benefits of better connectivity"), row)
    }

    func testPeoplesTextIsShownDisplaySafe() {
        var p = Self.progress
        p.steps["connectivity.1.2"]?.owner = "Eve\u{1B}[31m"
        let app = open(progress: p)
        XCTAssertTrue(app.frame.contains("Eve^[[31m"), app.frame)
        XCTAssertFalse(app.frame.contains("\u{1B}"))
    }

    func testTheKeyIsInTheHelpAndCanBeRemapped() {
        var app = Fixtures.app(width: 120, height: 40)
        app.press(.character("?"))
        let help = app.frame
        XCTAssertTrue(help.contains("w            My work: every step, soonest due first"), help)
        let (keys, problems) = KeyRemapping.apply(["my-work": ["F4"], "filter-owner": ["O"]])
        XCTAssertEqual(problems, [])
        app = Fixtures.app(width: 120, height: 40, progress: Self.progress)
        app.keys = keys
        app.press(.character("w"))
        XCTAssertEqual(app.mode, .main, "w no longer opens it")
        app.press(.function(4), .character("O"))
        XCTAssertEqual(app.mode, .myWork)
        XCTAssertEqual(app.myWork.filters.owner, .named("Alex"))
        XCTAssertTrue(app.frame.split(separator: "\n").last!.contains("O owner"), app.frame)
        XCTAssertEqual(KeyRemapping.apply(["tick": ["x"]]).problems, [], "My work's x does not stop the README's tick = x")
    }

    func testReopeningLetsGoOfKeptRowsAndKeepsTheFilters() {
        var app = open()
        app.press(.character(" "))
        XCTAssertTrue(ids(app).contains("connectivity.1.2"))
        app.press(.character("o"), .character("x"), .character("d"), .escape, .character("w"))
        XCTAssertTrue(app.myWork.filters.overdueOnly, "filters stay while the guide is open")
        XCTAssertEqual(ids(app), ["data.2.1"])
    }
}
