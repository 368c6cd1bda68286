import AlmanacModel
import XCTest
@testable import AlmanacUI

/// The reading document: every part but the checklist, one after another, that the content
/// pane scrolls through as `less` scrolls a chapter.
final class ReadingDocumentTests: XCTestCase {
    let connectivity = Fixtures.almanac.outcomes[0]
    let key = RenderedDocument.Key(outcome: 0, checklist: false, width: 70, unicode: true)

    func whole() -> RenderedDocument {
        RenderedDocument(key: key, parts: DocumentBuilder.parts(connectivity, checklist: false, front: Fixtures.almanac.front))
    }

    func testHoldsEveryPartButTheChecklistInReadingOrder() {
        let doc = whole()
        XCTAssertEqual(doc.parts, Part.all(of: connectivity).filter { $0 != .practice })
        XCTAssertTrue(doc.complete)
        XCTAssertEqual(doc.partLineStarts, doc.partLineStarts.sorted())
        XCTAssertEqual(Set(doc.partLineStarts).count, doc.parts.count, "every part starts on its own line")
        // Each part after the first opens with a rule; case studies (no heading of their own) name themselves.
        for start in doc.partLineStarts.dropFirst() {
            XCTAssertTrue(doc.lines[start].line.plain.hasPrefix("──"), doc.lines[start].line.plain)
        }
        let cases = doc.lineStart(of: .caseStudies)!
        XCTAssertTrue(doc.lines[cases].line.plain.contains("Case studies"))
        XCTAssertEqual(doc.part(atLine: cases), .caseStudies)
        XCTAssertEqual(doc.part(atLine: cases - 1), .tools)
        XCTAssertEqual(doc.part(atLine: 0), .overview)
    }

    func testItemsOfAPartAreFoundByTheirIndexInThePart() {
        let doc = whole()
        let items = DocumentBuilder.items(connectivity, .section(1), front: nil)
        let i = doc.itemIndex(2, of: .section(1))!
        XCTAssertEqual(doc.items[i], items[2])
        XCTAssertNil(doc.itemIndex(items.count, of: .section(1)), "past the part's end")
        XCTAssertNil(doc.itemIndex(0, of: .practice))
    }

    func testAFirstScreenWrapsOnlyAPrefixOfTheWhole() {
        let full = whole()
        let partial = RenderedDocument(key: key, parts: DocumentBuilder.parts(connectivity, checklist: false, front: nil),
                                       filling: (.overview, 20))
        XCTAssertFalse(partial.complete)
        XCTAssertLessThan(partial.lines.count, full.lines.count / 2)
        XCTAssertGreaterThanOrEqual(partial.lines.count, 20)
        XCTAssertEqual(partial.lines, Array(full.lines.prefix(partial.lines.count)), "the same lines as the whole")
        XCTAssertTrue(partial.covers(.overview, rows: 20))
        XCTAssertFalse(partial.covers(.tools, rows: 1))
    }

    func testScrollingThePaneMovesThePartsSelection() {
        var app = Fixtures.app(width: 100, height: 30)
        _ = app.handle(.key(.tab)); _ = app.handle(.key(.tab))
        XCTAssertEqual(app.focus, .content)
        XCTAssertEqual(app.currentPart, .overview)
        let second = app.document!.lineStart(of: .section(0))!
        for _ in 0..<second { _ = app.handle(.key(.down)) }
        XCTAssertEqual(app.contentScroll, second)
        XCTAssertEqual(app.currentPart, .section(0), "the part at the top of the pane")
        _ = app.handle(.key(.up))
        XCTAssertEqual(app.currentPart, .overview)
    }

    func testChoosingAPartScrollsTheReadingDocumentToIt() {
        var app = Fixtures.app(width: 100, height: 30)
        _ = app.handle(.key(.tab))
        _ = app.handle(.key(.down))
        XCTAssertEqual(app.currentPart, .section(0))
        _ = app.handle(.key(.tab))
        XCTAssertEqual(app.contentScroll, app.document!.lineStart(of: .section(0)))
        XCTAssertTrue(app.document!.complete, "reading needs the whole document")
    }

    func testIdleTimeFinishesTheDocumentAndPreparesTheNeighboursWithoutChangingTheScreen() {
        var app = Fixtures.app(width: 100, height: 30)
        XCTAssertFalse(app.document!.complete, "the first screen wraps only what it shows")
        let before = app.render(width: 100, height: 30)
        var steps = 0
        while app.idle() {
            steps += 1
            XCTAssertEqual(app.render(width: 100, height: 30), before, "idle work after step \(steps) changed the screen")
            if steps > 50 { return XCTFail("idle work never ends") }
        }
        XCTAssertTrue(app.document!.complete)
        XCTAssertNotNil(app.outcomes[1], "the next outcome is ready for Down")
        XCTAssertNil(app.outcomes[5], "but not every outcome: memory stays small")
        XCTAssertFalse(app.idle(), "nothing left to do")
        // Moving on gives the idle time more to do.
        app.press(.down)
        XCTAssertTrue(app.idle())
    }

    func testEndPressedRepeatedlyWhileTooSmallDoesNotOverflow() {
        // Found by the storm: below the minimum size nothing clamps between keys.
        var app = Fixtures.app(width: 100, height: 30)
        app.press(.tab, .tab)
        _ = app.handle(.resize(width: 29, height: 22))
        for _ in 0..<5 { app.press(.end, .down, .end, .home, .end) }
        _ = app.handle(.resize(width: 100, height: 30))
        // Keys do nothing while the window is too small (nothing they would move is shown).
        XCTAssertNotNil(app.document)
        XCTAssertEqual(app.contentScroll, 0)
    }
}
