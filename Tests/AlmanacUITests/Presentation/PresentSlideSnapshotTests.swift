import XCTest
import AlmanacModel
@testable import AlmanacUI

/// The slides as the room sees them, at a laptop's 80x24 and a large 160x48.
final class PresentSlideSnapshotTests: XCTestCase {
    func render(_ id: String, scope: String? = "connectivity", width: Int, height: Int,
                progress: AlmanacModel.Progress = AlmanacModel.Progress(), ascii: Bool = false) -> Screen {
        var app = PresentFixtures.app(scope: scope, progress: progress, width: width, height: height, ascii: ascii)
        _ = PresentFixtures.advance(&app, to: id)
        return app.render(width: width, height: height)
    }

    func testTitleSlideInBlockLetters() {
        assertFrame(render("connectivity/title", width: 80, height: 24), named: "80x24")
        assertFrame(render("connectivity/title", width: 160, height: 48), named: "160x48")
    }

    func testLongTitleWrapsItsBlockLetters() {
        let id = "economic-productivity-and-growth/title"
        assertFrame(render(id, scope: "economic-productivity-and-growth", width: 80, height: 24), named: "80x24")
        assertFrame(render(id, scope: "economic-productivity-and-growth", width: 160, height: 48), named: "160x48")
    }

    func testTitleSlideInAscii() {
        assertFrame(render("connectivity/title", width: 80, height: 24, ascii: true))
    }

    func testStatementSlide() {
        assertFrame(render("connectivity/statement", width: 80, height: 24), named: "80x24")
        assertFrame(render("connectivity/statement", width: 160, height: 48), named: "160x48")
        assertFrame(render("connectivity/statement", width: 240, height: 67), named: "240x67")
    }

    func testGuidanceSlide() {
        assertFrame(render("connectivity/guidance", width: 80, height: 24), named: "80x24")
        assertFrame(render("connectivity/guidance", width: 160, height: 48), named: "160x48")
    }

    func testCaseStudySlide() {
        assertFrame(render("connectivity/case-3", width: 80, height: 24), named: "80x24")
        assertFrame(render("connectivity/case-3", width: 160, height: 48), named: "160x48")
    }

    func testPracticeSlideShowsLiveCheckBoxes() {
        let progress = PresentFixtures.progress(done: ["connectivity.2.1", "connectivity.2.3"])
        assertFrame(render("connectivity/theme-2", width: 80, height: 24, progress: progress), named: "80x24")
        assertFrame(render("connectivity/theme-2", width: 160, height: 48, progress: progress), named: "160x48")
    }

    func testOverviewSlide() {
        let progress = PresentFixtures.progress(done: ["connectivity.1.1", "connectivity.1.2", "data.1.1"] +
            RealContent.almanac.outcomes[11].steps.map(\.id))
        assertFrame(render("overview", scope: nil, width: 80, height: 24, progress: progress), named: "80x24")
        assertFrame(render("overview", scope: nil, width: 160, height: 48, progress: progress), named: "160x48")
    }

    func testLargeProjectorUsesTheSpace() {
        let progress = PresentFixtures.progress(done: ["connectivity.2.1", "data.1.1", "data.1.2"])
        for id in ["connectivity/title", "connectivity/theme-2"] {
            let screen = render(id, width: 240, height: 67, progress: progress)
            assertFrame(screen, named: id.replacingOccurrences(of: "/", with: "-"))
            let rows = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
            let used = rows.enumerated().filter { $0.offset < 66 && !$0.element.isEmpty }.map(\.offset)
            XCTAssertLessThan(used.first!, 33, "\(id) starts in the top half")
            XCTAssertGreaterThan(used.last!, 33, "\(id) reaches the bottom half")
            XCTAssertGreaterThan(rows.map { $0.count }.max()!, 120, "\(id) spreads across the width")
        }
        assertFrame(render("overview", scope: nil, width: 240, height: 67, progress: progress), named: "overview")
    }

    func testTickModeMarksTheChosenStep() {
        var app = PresentFixtures.app(scope: "connectivity")
        _ = PresentFixtures.advance(&app, to: "connectivity/theme-1")
        _ = app.handle(.key(.tab))
        _ = app.handle(.key(.down))
        _ = app.handle(.key(.character(" ")))
        let screen = app.render(width: 80, height: 24)
        assertFrame(screen)
        let row = screen.cursor.y
        XCTAssertTrue(screen.line(row).contains("[x] 2."), "the cursor rests on the chosen step")
        XCTAssertTrue(screen[screen.cursor.x, row].style.reverse)
    }

    func testHelpIsDrawnFromTheKeyTable() {
        var app = PresentFixtures.app(scope: "connectivity")
        _ = app.handle(.key(.character("?")))
        assertFrame(app.render(width: 80, height: 24))
    }
}
