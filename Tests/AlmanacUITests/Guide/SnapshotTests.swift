import AlmanacModel
import XCTest
@testable import AlmanacUI

/// Every screen as text, and its styles, at 80x24, 120x40 and 60x16. The recorded files under
/// `__Snapshots__/SnapshotTests/` are the product: look at them after re-recording
/// (`SNAPSHOT_TESTING_RECORD=all swift test --filter SnapshotTests`).
final class SnapshotTests: XCTestCase {
    static let sizes = [(80, 24), (120, 40), (60, 16)]

    /// Some progress, so bars, ticks, statuses and an overdue date show.
    static let progress: AlmanacModel.Progress = {
        let t = Fixtures.now
        return AlmanacModel.Progress(steps: [
            "connectivity.1.1": StepProgress(status: .done, changed: t),
            "connectivity.1.2": StepProgress(status: .inProgress, owner: "Priya Shah", due: "2026-04-30", changed: t),
            "connectivity.2.1": StepProgress(status: .notApplicable, note: "Covered by the county", changed: t),
            "connectivity.3.3": StepProgress(status: .done, changed: t),
            "data.1.1": StepProgress(status: .done, changed: t),
        ])
    }()

    func check(_ name: String, file: StaticString = #filePath, testName: String = #function, line: UInt = #line,
               _ setUp: (inout GuideApp) -> Void) {
        for (w, h) in Self.sizes {
            var app = Fixtures.app(width: w, height: h, progress: Self.progress)
            setUp(&app)
            assertFrame(app.render(width: w, height: h), named: "\(w)x\(h)", file: file, testName: name, line: line)
        }
    }

    func testOverview() {
        check("overview") { _ in }
    }

    func testGuidanceSectionWithTables() {
        // Connectivity's first guidance section holds the speed and traffic-light tables.
        check("section-table") { app in
            app.press(.tab, .down, .tab)
            let doc = app.document!
            let table = doc.items.firstIndex { if case .table = $0 { return true } else { return false } }!
            for _ in 0..<(doc.itemStarts[table] - 1 - app.contentScroll) { app.press(.down) }
        }
    }

    func testTrafficLightTable() {
        check("traffic-lights") { app in
            app.press(.tab, .down, .tab)
            let doc = app.document!
            let tables = doc.items.indices.filter { if case .table = doc.items[$0] { return true } else { return false } }
            for _ in 0..<(doc.itemStarts[tables[1]] - 1 - app.contentScroll) { app.press(.down) }
        }
    }

    func testChecklist() {
        check("checklist") { app in
            app.press(.tab, .end, .enter, .down)
        }
    }

    func testDetailEditor() {
        check("editor") { app in
            app.press(.tab, .end, .enter, .down, .enter, .tab)
            app.type("Sam – 日本")
            app.press(.tab, .end, .backspace)
            app.type("5")
        }
    }

    func testDetailEditorRefusesABadDate() {
        check("editor-bad-date") { app in
            app.press(.tab, .end, .enter, .enter, .tab, .tab)
            app.type("31/12/2026")
            app.press(.enter)
        }
    }

    func testCaseStudies() {
        check("case-studies") { app in
            app.type("c")
            app.press(.down, .down, .down, .down, .down)
        }
    }

    func testCaseStudiesPart() {
        check("case-studies-part") { app in
            app.press(.character("4"), .tab)
            app.press(.end, .up, .enter)
        }
    }

    func testSearchResults() {
        check("search") { app in
            app.type("/digital champion")
            app.press(.down)
        }
    }

    func testSearchHitHighlighted() {
        check("search-hit") { app in
            app.type("/Project Gigabit")
            app.press(.enter)
        }
    }

    func testHelp() {
        check("help") { app in app.type("?") }
    }

    func testTooSmall() {
        for (w, h) in [(59, 24), (80, 15), (30, 8)] {
            let app = Fixtures.app(width: w, height: h)
            assertFrame(app.render(width: w, height: h), named: "\(w)x\(h)", testName: "too-small")
        }
    }

    func testReadOnlyBannerAndASCII() {
        for (w, h) in Self.sizes {
            var app = Fixtures.app(width: w, height: h, progress: Self.progress, unicode: false, readOnly: true,
                                   banner: "Read-only: progress.json is damaged (line 3); fix or move it to save again.")
            app.press(.tab, .end, .enter, .character(" "))
            assertFrame(app.render(width: w, height: h), named: "\(w)x\(h)", testName: "read-only-ascii")
        }
    }
}
