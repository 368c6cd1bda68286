import XCTest
import AlmanacModel
import AlmanacStorage
@testable import AlmanacUI

/// The facilitator's own notes: a Markdown file, one heading per slide, shown in the presenter
/// view, edited from it, read again when the file changes.
final class FacilitatorNotesTests: XCTestCase {
    let almanac = RealContent.almanac
    let file = """
    # Workshop, 3 March

    Bring the printed checklists.

    ## data/title
    Ask who has a data strategy.
    Then wait.

    ## not a slide heading
    kept as it is

    ### closing
    Thank the room.
    """

    func testEachSlideIdHeadingHoldsThatSlidesNotes() {
        let notes = FacilitatorNotes(file)
        XCTAssertEqual(notes.notes(for: "data/title"), "Ask who has a data strategy.\nThen wait.")
        XCTAssertEqual(notes.notes(for: "closing"), "Thank the room.")
        XCTAssertNil(notes.notes(for: "data/statement"))
        XCTAssertEqual(notes.bySlide.count, 2, "a heading that is not a slide id holds no notes")
        XCTAssertEqual(FacilitatorNotes("## opening\none\n## opening\ntwo\n").notes(for: "opening"), "one\n\ntwo", "named twice: both")
    }

    func testSettingOneSlidesNotesKeepsEverythingElseAsWritten() {
        let notes = FacilitatorNotes(file)
        let changed = notes.setting("data/title", to: "New words.")
        XCTAssertTrue(changed.hasPrefix("# Workshop, 3 March\n\nBring the printed checklists.\n\n## data/title\n\nNew words.\n\n## not a slide heading\nkept as it is\n"), changed)
        XCTAssertEqual(FacilitatorNotes(changed).notes(for: "closing"), "Thank the room.")
        let added = notes.setting("value/case-2", to: "Barnsley's story")
        XCTAssertTrue(added.hasSuffix("## value/case-2\n\nBarnsley's story\n"), added)
        XCTAssertEqual(FacilitatorNotes(added).notes(for: "data/title"), "Ask who has a data strategy.\nThen wait.")
        let first = FacilitatorNotes("").setting("opening", to: "Hello")
        XCTAssertEqual(FacilitatorNotes(first).notes(for: "opening"), "Hello")
        XCTAssertTrue(first.hasPrefix("# Facilitator's notes"), "a new file says what it is")
    }

    func presenter(notes: @escaping @Sendable () -> (notes: FacilitatorNotes, problem: String?)) -> PresentApp {
        let env = PresentEnvironment(now: { PresentFixtures.start }, writer: "presenter", utcOffset: { _ in 0 }, readNotes: notes)
        var app = PresentApp(almanac: almanac, progress: .init(), scope: "data", mode: .presenter, environment: env)
        _ = app.handle(.resize(width: 120, height: 36))
        _ = app.handle(.key(.character(" ")))   // onto data/title
        XCTAssertEqual(app.slide.id(in: almanac), "data/title")
        return app
    }

    func testThePresenterViewShowsYourNotesFirstAndFollowsTheFile() {
        let box = NotesBox(FacilitatorNotes(file))
        var app = presenter { (box.notes, nil) }
        var text = app.render(width: 120, height: 36).text
        XCTAssertTrue(text.contains("Your notes (e edits)") && text.contains("Ask who has a data strategy."), text)
        XCTAssertTrue(text.contains("From the almanac"))
        box.notes = FacilitatorNotes("## data/title\nChanged in an editor <\u{1B}[2J>\n")
        _ = app.handle(.tick)
        text = app.render(width: 120, height: 36).text
        XCTAssertTrue(text.contains("Changed in an editor"), "read again on the next tick: \(text)")
        XCTAssertFalse(text.contains("\u{1B}"), "people's text is shown, never obeyed")
    }

    func testEditingFromThePresenterViewSavesIntoTheFile() {
        let box = NotesBox(FacilitatorNotes(file))
        var app = presenter { (box.notes, nil) }
        _ = app.handle(.key(.character("e")))
        let screen = app.render(width: 120, height: 36)
        XCTAssertTrue(screen.text.contains("YOUR NOTES: Ctrl-O saves, Esc cancels"), screen.text)
        XCTAssertFalse(screen.cursorHidden, "the caret shows while typing")
        XCTAssertTrue(app.wantsAltKeys)
        _ = app.handle(.key(.end))
        _ = app.handle(.key(.enter))
        for c in "Show the map." { _ = app.handle(.key(.character(c))) }
        _ = app.handle(.key(.character(" ")))
        XCTAssertEqual(app.slide.id(in: almanac), "data/title", "typing a space does not move the slide")
        let effects = app.handle(.key(.control("o")))
        XCTAssertEqual(effects.first, .saveNotes(slide: "data/title", text: "Ask who has a data strategy.\nThen wait.\nShow the map. "))
        XCTAssertNil(app.notesEditor)
        XCTAssertTrue(app.render(width: 120, height: 36).text.contains("Show the map."), "shown at once")
        _ = app.handle(.key(.character("e")))
        for c in "lost" { _ = app.handle(.key(.character(c))) }
        XCTAssertTrue(app.handle(.key(.escape)).isEmpty, "Esc saves nothing")
        XCTAssertEqual(app.message, "Notes not changed.")
    }

    func testTheProjectorSaysWhereNotesAreEdited() {
        var app = PresentFixtures.app(scope: "data")
        _ = app.handle(.key(.character("e")))
        XCTAssertNil(app.notesEditor)
        XCTAssertEqual(app.message, "Your notes are edited in the presenter view: almanac present --presenter.")
    }

    func testTheFileIsReadAgainOnlyWhenItChangesAndWritesKeepTheRest() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let notesFile = FacilitatorNotesFile(besideProgress: dir.appendingPathComponent("progress.json").path)
        XCTAssertTrue(notesFile.path.hasSuffix("/progress.notes.md"))
        XCTAssertEqual(notesFile.read().notes, FacilitatorNotes(), "no file, no notes")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try file.write(toFile: notesFile.path, atomically: true, encoding: .utf8)
        XCTAssertEqual(notesFile.read().notes.notes(for: "closing"), "Thank the room.")
        try notesFile.set("data/title", to: "Shorter.")
        let back = try String(contentsOfFile: notesFile.path, encoding: .utf8)
        XCTAssertTrue(back.contains("Bring the printed checklists.") && back.contains("kept as it is") && back.contains("Shorter."), back)
        XCTAssertEqual(notesFile.read().notes.notes(for: "data/title"), "Shorter.")
    }
}

final class NotesBox: @unchecked Sendable {
    private let lock = NSLock()
    private var _notes: FacilitatorNotes
    init(_ notes: FacilitatorNotes) { _notes = notes }
    var notes: FacilitatorNotes {
        get { lock.withLock { _notes } }
        set { lock.withLock { _notes = newValue } }
    }
}
