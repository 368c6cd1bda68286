import XCTest
import SnapshotTesting
import AlmanacModel
@testable import AlmanacUI

/// The slides as the room sees them, at a laptop's 80x24 and a large 160x48.
final class PresentSlideSnapshotTests: XCTestCase {
    func render(_ id: String, scope: String? = "connectivity", width: Int, height: Int,
                progress: AlmanacModel.Progress = AlmanacModel.Progress(), ascii: Bool = false) -> String {
        var app = PresentFixtures.app(scope: scope, progress: progress, width: width, height: height, ascii: ascii)
        _ = PresentFixtures.advance(&app, to: id)
        return app.render(width: width, height: height).text
    }

    func testTitleSlideInBlockLetters() {
        assertSnapshot(of: render("connectivity/title", width: 80, height: 24), as: .lines, named: "80x24")
        assertSnapshot(of: render("connectivity/title", width: 160, height: 48), as: .lines, named: "160x48")
    }

    func testLongTitleWrapsItsBlockLetters() {
        let id = "economic-productivity-and-growth/title"
        assertSnapshot(of: render(id, scope: "economic-productivity-and-growth", width: 80, height: 24), as: .lines, named: "80x24")
        assertSnapshot(of: render(id, scope: "economic-productivity-and-growth", width: 160, height: 48), as: .lines, named: "160x48")
    }

    func testTitleSlideInAscii() {
        assertSnapshot(of: render("connectivity/title", width: 80, height: 24, ascii: true), as: .lines)
    }

    func testStatementSlide() {
        assertSnapshot(of: render("connectivity/statement", width: 80, height: 24), as: .lines, named: "80x24")
        assertSnapshot(of: render("connectivity/statement", width: 160, height: 48), as: .lines, named: "160x48")
        assertSnapshot(of: render("connectivity/statement", width: 240, height: 67), as: .lines, named: "240x67")
    }

    func testGuidanceSlide() {
        assertSnapshot(of: render("connectivity/guidance", width: 80, height: 24), as: .lines, named: "80x24")
        assertSnapshot(of: render("connectivity/guidance", width: 160, height: 48), as: .lines, named: "160x48")
    }

    func testCaseStudySlide() {
        assertSnapshot(of: render("connectivity/case-3", width: 80, height: 24), as: .lines, named: "80x24")
        assertSnapshot(of: render("connectivity/case-3", width: 160, height: 48), as: .lines, named: "160x48")
    }

    func testPracticeSlideShowsLiveCheckBoxes() {
        let progress = PresentFixtures.progress(done: ["connectivity.2.1", "connectivity.2.3"])
        assertSnapshot(of: render("connectivity/theme-2", width: 80, height: 24, progress: progress), as: .lines, named: "80x24")
        assertSnapshot(of: render("connectivity/theme-2", width: 160, height: 48, progress: progress), as: .lines, named: "160x48")
    }

    func testOverviewSlide() {
        let progress = PresentFixtures.progress(done: ["connectivity.1.1", "connectivity.1.2", "data.1.1"] +
            RealContent.almanac.outcomes[11].steps.map(\.id))
        assertSnapshot(of: render("overview", scope: nil, width: 80, height: 24, progress: progress), as: .lines, named: "80x24")
        assertSnapshot(of: render("overview", scope: nil, width: 160, height: 48, progress: progress), as: .lines, named: "160x48")
    }

    func testLargeProjectorUsesTheSpace() {
        let progress = PresentFixtures.progress(done: ["connectivity.2.1", "data.1.1", "data.1.2"])
        for id in ["connectivity/title", "connectivity/theme-2"] {
            let text = render(id, width: 240, height: 67, progress: progress)
            assertSnapshot(of: text, as: .lines, named: id.replacingOccurrences(of: "/", with: "-"))
            let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
            let used = rows.enumerated().filter { $0.offset < 66 && !$0.element.isEmpty }.map(\.offset)
            XCTAssertLessThan(used.first!, 33, "\(id) starts in the top half")
            XCTAssertGreaterThan(used.last!, 33, "\(id) reaches the bottom half")
            XCTAssertGreaterThan(rows.map { $0.count }.max()!, 120, "\(id) spreads across the width")
        }
        assertSnapshot(of: render("overview", scope: nil, width: 240, height: 67, progress: progress), as: .lines, named: "overview")
    }

    func testTickModeMarksTheChosenStep() {
        var app = PresentFixtures.app(scope: "connectivity")
        _ = PresentFixtures.advance(&app, to: "connectivity/theme-1")
        _ = app.handle(.key(.tab))
        _ = app.handle(.key(.down))
        _ = app.handle(.key(.character(" ")))
        let screen = app.render(width: 80, height: 24)
        assertSnapshot(of: screen.text, as: .lines)
        let row = screen.cursor.y
        XCTAssertTrue(screen.line(row).contains("[x] 2."), "the cursor rests on the chosen step")
        XCTAssertTrue(screen[screen.cursor.x, row].style.reverse)
    }

    func testHelpIsDrawnFromTheKeyTable() {
        var app = PresentFixtures.app(scope: "connectivity")
        _ = app.handle(.key(.character("?")))
        assertSnapshot(of: app.render(width: 80, height: 24).text, as: .lines)
    }
}
