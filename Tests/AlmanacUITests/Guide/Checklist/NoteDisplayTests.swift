import AlmanacModel
import Foundation
import XCTest
@testable import AlmanacUI

/// A note's line breaks are visible on one-line rows, and a reopened note shows its start.
final class NoteDisplayTests: XCTestCase {
    func progress(_ note: String) -> AlmanacModel.Progress {
        var p = AlmanacModel.Progress()
        p.apply(StepChange(step: "connectivity.1.1", [.note(note)], at: Date(timeIntervalSince1970: 1_800_000_000)))
        return p
    }

    func testAMergedTwoLineNoteShowsItsLineBreak() {
        var app = Fixtures.app(width: 120, height: 30, progress: progress("first part\nsecond part"))
        app.press(.tab, .end, .enter)
        XCTAssertTrue(app.frame.contains("note: first part ⏎ second part"), app.frame)
        var ascii = Fixtures.app(width: 120, height: 30, progress: progress("first part\nsecond part"), unicode: false)
        ascii.press(.tab, .end, .enter)
        XCTAssertTrue(ascii.frame.contains("note: first part / second part"), ascii.frame)
    }

    func testTheChecklistRowGivesTheNoteThePanesWholeWidth() {
        let note = "Ask the DPO which registers we keep, then check each one against the regulations before the committee meets in March"
        var wide = Fixtures.app(width: 160, height: 40, progress: progress(note))
        wide.press(.tab, .end, .enter)
        let row = wide.frame.split(separator: "\n").first { $0.contains("note: ") } ?? ""
        XCTAssertTrue(row.contains("connectivity.1.1 · note: Ask the DPO which registers we keep, then check each one against"),
                      "at 160 columns the note runs past the reading measure: \(row)")
        var narrow = Fixtures.app(width: 80, height: 24, progress: progress(note))
        narrow.press(.tab, .end, .enter)
        XCTAssertTrue(narrow.frame.contains("connectivity.1.1 · note: Ask the DPO"), "the id comes before the note: \(narrow.frame)")
        XCTAssertTrue(narrow.frame.contains("…"), "a note that does not fit ends with …")
    }

    func testAReopenedLongNoteShowsItsBeginningAndItsLineBreak() {
        let long = "Beginning of the note\nthen " + String(repeating: "more words ", count: 100) + "THE END"
        var app = Fixtures.app(width: 100, height: 30, progress: progress(long))
        app.press(.tab, .end, .enter, .enter)
        XCTAssertTrue(app.frame.contains("Note:     Beginning of the note"), app.frame)
        XCTAssertTrue(app.frame.contains("then more words more words"), "the next line on its own row: \(app.frame)")
        XCTAssertFalse(app.frame.contains("THE END"))
        app.press(.end)
        XCTAssertTrue(app.frame.contains("THE END"), "End shows the tail")
    }

    func testEnterAddsALineAndCtrlOSavesTheWholeNote() throws {
        let file = LiveFile()
        let session = file.session()
        var app = Fixtures.app(width: 100, height: 30, progress: session.progress)
        app.press(.tab, .end, .enter)
        app.press(.enter, through: session)
        app.type("first line")
        app.press(.enter)
        app.type("second line")
        XCTAssertEqual(app.mode, .editor, "Enter in the note does not save")
        XCTAssertTrue(app.frame.contains("first line") && app.frame.contains("second line"))
        app.press(.up)
        XCTAssertEqual(app.editor?.field, .note, "Up moves to the note's first row, not the field above")
        app.press(.end, .character("!"))
        XCTAssertTrue(app.frame.contains("Ctrl-O save"), "how to save is shown")
        app.press(.control("o"), through: session)
        XCTAssertEqual(app.mode, .main)
        XCTAssertEqual(try file.store.load().step("connectivity.1.1").note, "first line\nsecond line!")
    }
}
