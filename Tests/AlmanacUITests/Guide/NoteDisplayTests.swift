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
