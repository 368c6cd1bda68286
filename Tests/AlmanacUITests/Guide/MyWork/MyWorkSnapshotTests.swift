import AlmanacModel
import XCTest
@testable import AlmanacUI

/// My work as text and styles at 80x24 and 160x48 (and the smallest size the guide draws),
/// read-only in ASCII, and with nothing to show. Re-record by deleting the files under
/// `__Snapshots__/MyWorkSnapshotTests/` and running the tests twice.
final class MyWorkSnapshotTests: XCTestCase {
    static let sizes = [(80, 24), (160, 48), (60, 16)]

    func check(_ name: String, unicode: Bool = true, readOnly: Bool = false, file: StaticString = #filePath, line: UInt = #line,
               _ setUp: (inout GuideApp) -> Void = { _ in }) {
        for (w, h) in Self.sizes {
            var app = Fixtures.app(width: w, height: h, progress: MyWorkTests.progress, unicode: unicode, readOnly: readOnly,
                                   banner: readOnly ? "Read-only: progress.json is damaged (line 3); fix or move it to save again." : nil)
            app.press(.character("w"))
            setUp(&app)
            assertFrame(app.render(width: w, height: h), named: "\(w)x\(h)", file: file, testName: name, line: line)
        }
    }

    func testMyWork() {
        check("my-work") { app in app.press(.down, .down, .down, .down) }
    }

    func testFilteredWithAStepKept() {
        check("my-work-filtered") { app in app.press(.character("o"), .character("o"), .character(" ")) }
    }

    func testNothingMatches() {
        check("my-work-empty") { app in app.press(.character("d"), .character("o")) }
    }

    func testReadOnlyInASCII() {
        check("my-work-read-only-ascii", unicode: false, readOnly: true) { app in app.press(.character(" ")) }
    }

    func testHelpListsMyWorksKeys() {
        check("my-work-help") { app in app.press(.character("?"), .pageDown) }
    }
}
